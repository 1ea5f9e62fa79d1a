#pragma once

#include "ExplorerQuery.h"
#include "common/Result.h"
#include "store/Statement.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace LeadStage {

class Database;

// What the explorer's stage, grade and source filters and its free-text search
// read, held in memory so that a search is a pass over one buffer instead of a SQL
// scan of every lead (432 ms on 1 M leads, twice that with a stage filter; from
// memory 15–30 ms).
//
// Every lead's searched texts ("first last", e-mail, company) are kept ASCII-folded
// in one buffer, each ended by a NUL byte so that no match spans two of them, and its
// stage, grade and source as one-byte codes into a short list of the values seen.
// The answers are exactly SQL's: `LIKE '%text%'` folds ASCII letters only, as the
// buffer does, and compares characters, which on valid UTF-8 (all the import and the
// demo write) is the same as comparing bytes.
//
// About 70 bytes per lead on the demo: the texts and their NULs, a 4-byte offset,
// the 8-byte id and 3 code bytes.
class LeadFilterColumns
{
public:
    using Ids = std::vector<std::int64_t>;

    explicit LeadFilterColumns(Database &database);

    // Reads what is not read yet, in id order. When `superseded` says yes, it stops
    // and keeps what it read; the next call goes on from there.
    Status load(const std::function<bool()> &superseded);
    bool isLoaded() const { return m_phase == Phase::Done; }
    // Whether the query's stage, grade, source and search can be answered here (once
    // loaded): not when a filtered column has too many distinct values for a byte,
    // nor for a search SQLite would read differently (a NUL, a pattern too long).
    bool answers(const ExplorerQuery &query) const;
    // The leads, in id order, that pass the query's stage, grade, source and search.
    Ids matching(const ExplorerQuery &query) const;
    // The memory held, for the benchmark.
    std::size_t bytes() const;

private:
    // Distinct values of one column as one byte per lead; 0 is NULL (or no row).
    struct Codes
    {
        std::vector<std::uint8_t> perLead;
        std::vector<std::string> values; // values[code - 1]
        bool tooVaried = false;          // over 255 values: the filter stays in SQL
        // The code of `value`, a new one the first time it is seen.
        std::uint8_t encode(std::string_view value);
        // The code a filter value has; 0 when no lead has it.
        std::uint8_t codeOf(std::string_view value) const;
    };
    enum class Phase { Leads, States, Done };

    Status loadLeads(const std::function<bool()> &superseded);
    Status loadStates(const std::function<bool()> &superseded);
    // Indexes (into m_ids) of the leads whose texts hold `needle` (folded), in order.
    std::vector<std::uint32_t> found(std::string_view needle) const;

    Database &m_database;
    Phase m_phase = Phase::Leads;
    std::int64_t m_resumeAfter = std::numeric_limits<std::int64_t>::min(); // the last id read in the current phase
    std::size_t m_stateCursor = 0; // where the last lead_state row landed in m_ids
    Ids m_ids;
    std::string m_texts;
    std::vector<std::uint32_t> m_ends; // m_texts[m_ends[i-1], m_ends[i]) belongs to lead i
    Codes m_source;
    Codes m_stage;
    Codes m_grade;
    bool m_textsTooLarge = false; // over 4 GB of text: the search stays in SQL
};

} // namespace LeadStage
