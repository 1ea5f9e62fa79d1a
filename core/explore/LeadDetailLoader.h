#pragma once

#include "LeadDetail.h"
#include "common/Result.h"

namespace LeadStage {

class Database;

// Reads a lead's detail: its fields and attrs, its stage moments and outcomes, its
// events, and its score ledger built by core/scoring under the model and analysis
// date that produced its lead_state row, so the ledger's totals are that row's.
class LeadDetailLoader
{
public:
    explicit LeadDetailLoader(Database &database);

    // An Error when the lead does not exist (any more).
    Result<LeadDetail> load(std::int64_t leadId);

private:
    Status readLead(LeadDetail &detail);
    Status readState(LeadDetail &detail, std::optional<std::int64_t> &modelId, std::optional<std::int64_t> &asOf);
    Status readOutcome(LeadDetail &detail);
    Status readUndatedAndRecorded(LeadDetail &detail);
    Status readEvents(LeadDetail &detail);
    Status buildLedger(LeadDetail &detail, std::optional<std::int64_t> modelId, std::optional<std::int64_t> asOf);

    Database &m_database;
};

} // namespace LeadStage
