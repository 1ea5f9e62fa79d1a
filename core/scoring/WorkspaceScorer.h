#pragma once

#include "LeadScore.h"
#include "ModelVersion.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace LeadStage {

class Database;
class EventColumnsLoader;
class LeadColumns;
struct ScoredAhead;
struct ScoringInput;
class Workspace;
struct ScoringModel;

// Rescores a workspace and writes lead_state: load → score → write in one
// transaction, so a cancel or an error leaves lead_state as it was.
class WorkspaceScorer
{
public:
    struct Options
    {
        std::optional<std::int64_t> asOf; // default: the workspace's analysis date (AnalysisDate)
        // What becomes of the workspace's analysis date, in the same transaction as the
        // scores: kept as it is, `asOf` remembered as the chosen date, or forgotten
        // (back to the latest moment of the data, which is then scored).
        enum class DateChoice { Keep, Remember, Forget } dateChoice = DateChoice::Keep;
        std::optional<std::int64_t> modelId; // default: the active model (the default model when none)
        // Rescore only these leads (e.g. those an import touched). Falls back to a
        // full rescore when lead_state was written under another model or date.
        std::optional<std::vector<std::int64_t>> onlyLeads;
        // Leads read one by one cost several times what the streamed table costs per
        // lead, so from this many, if they are also a quarter of the workspace, every
        // lead is rescored instead: faster, and under the same model and date the
        // untouched leads score exactly as stored.
        std::size_t wholeWorkspaceFrom = 10000;
        // Every stored lead and event, already in memory exactly as a full load would
        // read them (EventColumnsLoader::loadFrom: a first import's own rows): a full
        // rescore of these instead of reading the store. `onlyLeads` is then ignored.
        std::function<Result<ScoringInput>(EventColumnsLoader &)> loadEverything;
        // The same, scored already (ScoredAhead): in place of loadEverything. Its scores
        // are used when they were scored with this rescore's model and date, else the
        // input is scored again.
        std::function<Result<ScoredAhead>()> scoredAhead;
        // A full rescore clears the stale-scores mark (ScoreStatus) with its rows; a
        // partial one only when it covers every change made since the scores were last
        // fresh (an import's own rescore, when the mark was not set before that import).
        bool partialClearsStaleMark = false;
    };

    struct Report
    {
        ModelVersion model;
        std::int64_t asOf = 0;
        bool partial = false;
        std::size_t leads = 0;
        std::size_t events = 0;
        std::array<std::size_t, 7> perStage{}; // indexed by Stage, over the leads scored
        std::array<std::size_t, 4> perGrade{}; // indexed by Grade
        qint64 loadMs = 0;
        qint64 scoreMs = 0;
        qint64 writeMs = 0;
        // lead_state rows written: a full rescore writes only the rows it changes when
        // those are few.
        std::size_t rowsWritten = 0;
        // The events' packed copy (EventBlocks) was written by this full load from the
        // rows; `packedEventsRepaired`: because the one stored did not decode. The same
        // for the leads' (LeadBlocks).
        bool packedEventsWritten = false;
        bool packedEventsRepaired = false;
        bool packedLeadsWritten = false;
        bool packedLeadsRepaired = false;
        // A full rescore found its rows' digests equal to the stored ones (LeadStateDigests):
        // nothing written, lead_state not read back; else whether it wrote new digests.
        bool unchangedByDigests = false;
        bool leadStateDigestsWritten = false;
        // The scores of `Options::scoredAhead` were written as they were.
        bool usedScoresAhead = false;
    };

    explicit WorkspaceScorer(Workspace &workspace);

    // Without `options.modelId`, the active model; a workspace without one gets the
    // default model saved and activated in the same transaction as its scores.
    Result<Report> run(const Options &options, Progress *progress = nullptr);
    // run() inside the caller's open Transaction, which it then commits or rolls back
    // (ModelActivation writes lead_state and the active model in one). For a full
    // rescore, make a ForeignKeyChecksOff before the transaction begins. Needs
    // `options.modelId`. The caller's transaction must not have written leads, events
    // or lead_state: a full rescore reads them on connections of its own.
    Result<Report> runWithin(const Options &options, Progress *progress = nullptr);

private:
    Result<std::int64_t> dateOfFullLoad(std::optional<std::int64_t> fixedDate, const ScoringInput &input);
    Result<ScoringInput> loadTouched(EventColumnsLoader &loader, const Options &options,
                                     std::optional<std::int64_t> fixedDate, Report &report, Progress *progress);
    Result<ModelVersion> chooseModel(const Options &options);
    Result<std::optional<std::int64_t>> chooseDate(const Options &options);
    Result<bool> canRescorePartially(std::int64_t modelId, std::int64_t asOf);
    Result<std::vector<std::int64_t>> unscoredLeads();
    Result<std::int64_t> storedLeadCount();
    // `readers`: the connections that compare the scores with lead_state (ChangedScores).
    Status write(const std::vector<LeadScore> &scores, const ScoringInput &input, Report &report,
                 const ScoringModel &model, const std::vector<Database *> &readers, Progress *progress);

    Workspace &m_workspace;
};

} // namespace LeadStage
