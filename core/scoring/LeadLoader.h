#pragma once

#include "LeadBlocks.h"
#include "LeadColumns.h"
#include "common/Result.h"
#include "store/Statement.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace LeadStage {

class Database;

// The leads of a scoring load (EventColumnsLoader): from their packed copy (LeadBlocks)
// when it is there and trusted, else from the rows, in two halves at once when a second
// connection is given, each lead's outcomes merged in by id.
class LeadLoader
{
public:
    explicit LeadLoader(Database &database);

    // The cells read from the rows (the packed copy holds them all).
    void keepFields(const LeadFieldChoice &choice) { m_leadFields = choice; }
    // Rows read are packed as they are read (then every cell is read): Readers::packed.
    void packWhatIsRead(bool pack) { m_packBlocks = pack; }
    // The later half of the rows is read on this connection (nullptr: one reader).
    void readLaterHalfOn(Database *connection) { m_laterConnection = connection; }

    // A full load's readers: `first` on the loader's connection, `later` (when the rows are
    // read in two) on the later half's, and `packed` the blocks of the leads read, when
    // they are packed.
    struct Readers
    {
        std::function<Status(LeadColumns &, std::vector<std::int64_t> &)> first, later;
        std::function<std::vector<LeadBlocks::Block>()> packed;
    };
    Result<Readers> readers(bool mayReadBlocks);
    // Whether a reader found the packed copy damaged (it then failed: read the rows).
    bool foundDamagedBlocks() const { return m_leadBlocksDamaged; }
    void forgetDamage() { m_leadBlocksDamaged = false; }
    // About how many leads a full load from the rows reads (from the span of their ids).
    std::size_t expectedLeads() const { return m_expectedLeads; }

    // A query of the cells `kept` and the outcomes joined, ending in `tail` ("WHERE …").
    Result<std::string> query(const LeadFieldChoice &kept, std::string_view tail);
    // Appends the rows of a query; with `withOutcomes`, its outcome cells come from the
    // outcomes read apart (readOutcomes), merged by lead id.
    Status readRows(Statement &query, LeadColumns &leads, std::vector<std::int64_t> &ids, bool withOutcomes,
                    LeadBlocks::Packer *packer = nullptr) const;

private:
    // An outcome row read apart from the leads, merged by lead id.
    struct StoredOutcome
    {
        std::int64_t leadId;
        std::optional<std::int64_t> sqlAt, opportunityAt, customerAt;
    };
    // The statements of a full load from the rows (prepareRows).
    struct Rows
    {
        Statement first;
        std::optional<Statement> later; // the later half, on the later half's connection
        std::optional<LeadBlocks::Packer> firstPacker, laterPacker;
    };

    Result<Rows> prepareRows();
    Status readOutcomes();
    Status readBlocks(const std::vector<LeadBlocks::Range> &stored, LeadColumns &leads, std::vector<std::int64_t> &ids);
    Result<std::optional<std::int64_t>> middleLeadId();

    Database &m_database;
    Database *m_laterConnection = nullptr;
    LeadFieldChoice m_leadFields = LeadFieldChoice::all();
    bool m_packBlocks = false;
    bool m_leadBlocksDamaged = false;
    std::size_t m_expectedLeads = 0;
    std::vector<StoredOutcome> m_outcomes; // by lead id
};

} // namespace LeadStage
