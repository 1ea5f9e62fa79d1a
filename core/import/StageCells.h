#pragma once

#include "ImportContext.h"
#include "common/Result.h"

#include <array>
#include <cstdint>
#include <optional>

namespace LeadStage {

class CsvRecord;

// A yes/no cell as exports write it: 1/0, true/false, yes/no, won/lost, in any case,
// trimmed. Anything else is an Error whose `what` is the reason (the caller names the
// field). In a column of lost deals "lost" means yes: `lostIsYes` turns won/lost round.
Result<bool> parseFlag(QStringView text, bool lostIsYes = false);

// What one row of a lead or outcome file says beside dated outcomes (DESIGN §4):
// outcomes reached without a date (yes in `customer_flag` …) and the CRM's recorded
// stages, dated or yes/no.
struct StageCells
{
    // The outcomes a flag column can say: bit i of `undatedOutcomes`.
    enum Outcome : std::uint8_t { Sql = 1, Opportunity = 2, Customer = 4, Lost = 8 };
    static constexpr int recordedCount = 4; // MQL, SQL, Opportunity, Customer

    std::uint8_t undatedOutcomes = 0;
    std::array<std::optional<std::int64_t>, recordedCount> recordedAt{};
    std::uint8_t recordedUndated = 0; // bit i: yes in the flag column and no date in the row

    bool empty() const;
    // "MQL", "SQL", "Opportunity", "Customer": recorded_stages.stage of slot i.
    static QString recordedStageName(int slot);
};

// Reads and stores the stage fields (stageFields()) of one file. Flags say only yes:
// a "no" (or an empty cell) leaves what is stored, as an empty date cell does; a date
// of the same stage wins over its flag, and a stored date over a later undated yes.
class StageColumns
{
public:
    explicit StageColumns(ImportContext &context)
        : m_context(context)
    {}

    // Whether the file maps any stage field: when not, nothing is read or written.
    bool mapped() const;
    // The row's cells; an Error naming the column and the field when a cell is not a
    // yes/no value or not a date.
    Result<StageCells> read(const CsvRecord &record) const;

    Status prepare();
    // Stores the cells of a lead (already stored); true when something changed.
    Result<bool> store(std::int64_t lead, const StageCells &cells);

private:
    ImportContext &m_context;
    Statement m_undated;
    Statement m_recorded;
    Statement m_keepOutcome, m_keepRecorded; // for the import's undo
};

} // namespace LeadStage
