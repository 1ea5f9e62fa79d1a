#pragma once

#include "GainsTable.h"
#include "RocAuc.h"
#include "ScoreBands.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "scoring/LeadScore.h"
#include "scoring/ScoringModel.h"

#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace LeadStage {

struct ScoringInput;

// The outcome a back-test predicts: reaching this stage or a later one (a customer whose
// CRM has no SQL date reached SQL when it became a customer).
enum class OutcomeStage : std::uint8_t { Sql, Opportunity, Customer };
QString outcomeStageName(OutcomeStage stage);
std::optional<OutcomeStage> outcomeStageFromName(QStringView name);

// When each lead is scored (DESIGN §9): every lead at one date T, or each lead at the
// moment it reached IQL or MQL; or, for outcomes flagged without a date, every lead at
// the analysis date (the snapshot: optimistic, as it cannot rule out leakage).
enum class BackTestMoment : std::uint8_t { AsOf, AtIql, AtMql, Snapshot };

struct OutcomeTimes;

struct BackTestRequest
{
    OutcomeStage outcome = OutcomeStage::Customer;
    BackTestMoment moment = BackTestMoment::AsOf;
    std::int64_t asOf = 0; // for AsOf
    int horizonDays = 180;
    // recorded:STAGE: the outcome is the CRM's recorded stage (recorded_stages) being this
    // stage or a later one, instead of `outcome`; `recorded` holds it per lead
    // (OutcomeTimes::ofRecorded), loaded by whoever opened the workspace.
    std::optional<Stage> recordedStage;
    std::shared_ptr<const OutcomeTimes> recorded;

    friend bool operator==(const BackTestRequest &, const BackTestRequest &) = default;
};
// "customer", "recorded:sql": the outcome as the command line names it.
QString outcomeName(const BackTestRequest &request);

// One lead of the back-test: scored with events at or before `scoredAt` only.
struct BackTestCase
{
    std::uint32_t lead = 0; // position in the ScoringInput
    std::int64_t scoredAt = 0;
    std::int64_t engagement = 0;
    Stage stage = Stage::Lead; // reached at scoredAt
    bool mql = false;          // MQL at scoredAt (by score or a trigger)
    bool positive = false;
    std::int64_t outcomeAt = 0;     // noTime when never reached
    std::int64_t eventualMqlAt = 0; // positives only: MQL in a replay to the data's end (or noTime)
};

// Who was scored and who was left out, and why: every lead of the workspace is in
// exactly one of the counts.
struct BackTestPopulation
{
    BackTestRequest request;
    std::int64_t dataEnd = 0; // the analysis date: outcomes after it are not known yet
    std::vector<BackTestCase> cases;
    std::int64_t leads = 0;
    std::int64_t createdAfter = 0;      // as of T: created after T
    std::int64_t outcomeBefore = 0;     // had the outcome by the moment already
    std::int64_t neverReachedStage = 0; // at stage entry: never reached IQL (or MQL)
    std::int64_t windowOpen = 0;        // at stage entry: moment + H after dataEnd
    // As of T and at stage entry: the outcome is flagged with no date, so it cannot be
    // placed before or after the moment (neither positive nor negative: left out).
    std::int64_t undatedOutcome = 0;
    // Snapshot: of the scored leads, the positives by an undated flag alone.
    std::int64_t undatedPositives = 0;
    // As of T: T + H is after dataEnd, so some outcomes may still come.
    bool provisional() const;
    // Snapshot: scored with every event up to the analysis date, after the outcome too.
    bool optimistic() const { return request.moment == BackTestMoment::Snapshot; }
};

// The figures of DESIGN §9 over one back-test population.
struct BackTestFigures
{
    AucEstimate auc;
    GainsTable gains;
    ScoreBands bands;
    std::vector<RocPoint> roc;
    // Outcome rate per stage reached at the moment (Lead, IQL, MQL, PQL).
    std::array<std::int64_t, 4> leadsPerStage{};
    std::array<std::int64_t, 4> positivesPerStage{};
    // At the model's MQL threshold (the stage: a trigger MQL counts whatever its score).
    std::int64_t selected = 0;
    std::int64_t selectedPositives = 0;
    double precision = 0; // NaN without a selected lead
    double recall = 0;    // NaN without a positive
    // Leads that became MQL in the last `mqlMonths` 30-day months up to the analysis date,
    // per month (ModelEvaluation fills it in from a ThresholdReach; NaN until then).
    double mqlsPerMonth = std::numeric_limits<double>::quiet_NaN();
    int mqlMonths = 0;
    // Of the positives, how many were MQL before (or when) the outcome came (a snapshot's
    // undated positives never count: nothing places their MQL before the outcome).
    std::int64_t positivesMqlFirst = 0;

    static BackTestFigures of(const BackTestPopulation &population);
    static std::vector<ScoredCase> scoredCases(const BackTestPopulation &population);
};

// Builds the population of a back-test without leaking the future into the past: each
// lead is replayed with its events up to its moment only; the label comes from the
// outcomes alone.
class BackTest
{
public:
    static Result<BackTestPopulation> build(const ScoringModel &model, const ScoringInput &input,
                                            const BackTestRequest &request, std::int64_t dataEnd,
                                            Progress *progress = nullptr, unsigned threads = 0);
    // The lead's outcome time: the earliest of the stage and every later one; noTime if none
    // (undatedTime when the earliest is a flag without a date).
    static std::int64_t outcomeAt(const ScoringInput &input, std::size_t lead, OutcomeStage stage);
};

} // namespace LeadStage
