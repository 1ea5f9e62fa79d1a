#pragma once

#include "common/Result.h"
#include "scoring/LeadScore.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

class Database;
class LeadColumns;
struct ScoringInput;
enum class OutcomeStage : std::uint8_t;

// When each lead reached the outcome a back-test predicts, as far as the workspace
// knows: the earliest dated time (noTime if none) and whether the outcome (or a later
// stage) is also flagged with no date — a yes/no "converted" column, or a stage the CRM
// recorded without its date (DESIGN §4). Such a lead cannot be placed before or after a
// moment: the dated back-tests leave it out and count it, the snapshot counts it positive.
struct OutcomeTimes
{
    std::vector<std::int64_t> datedAt; // per lead, in input order
    std::vector<std::uint8_t> undated; // per lead: 1 when flagged with no date
    std::int64_t undatedLeads() const; // flagged with no date and with no dated time either
    std::int64_t reachedLeads() const; // dated or flagged

    // From the outcomes table, as ScoringInput carries it (undatedTime for a flag).
    static OutcomeTimes ofStage(const ScoringInput &input, OutcomeStage stage);
    // From recorded_stages: the CRM recorded `from` or a later stage (MQL, SQL,
    // Opportunity or Customer); `at` NULL is a stage recorded without a date. A
    // workspace older than schema version 8 has none.
    static Result<OutcomeTimes> ofRecorded(Database &database, const LeadColumns &leads, Stage from);
};

// "recorded:customer" and back: the stages the CRM can record (recorded_stages.stage).
QString recordedOutcomeName(Stage stage);
std::optional<Stage> recordedStageFromName(QStringView name);

} // namespace LeadStage
