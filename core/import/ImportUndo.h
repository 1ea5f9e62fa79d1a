#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace LeadStage {

class Workspace;

// What undoing one import changes (its dry run): what it added goes, what it
// updated gets its previous values back.
struct ImportUndoPlan
{
    std::int64_t importId = 0;
    QString kind; // "leads", "events", "outcomes"
    QString file;
    std::int64_t leadsRemoved = 0;  // the leads it created
    std::int64_t eventsRemoved = 0; // the events it stored
    std::int64_t outcomesRemoved = 0;
    std::int64_t outcomesRestored = 0;
    std::int64_t leadsRestored = 0;           // leads it updated, given their previous values
    std::int64_t fieldsRestored = 0;          // of those leads, the fields that differ now
    std::int64_t recordedStagesRemoved = 0;   // the CRM's recorded stages it added
    std::int64_t recordedStagesRestored = 0;  // the ones it redated, given their previous date
    std::int64_t activityTypesRemoved = 0;    // the activity types it created (--create-activities)
    std::vector<std::int64_t> leadsToRescore; // the surviving leads whose data changes

    bool changesNothing() const;
    // "leads removed 3, events removed 5, outcomes removed 0, outcomes restored 0, leads restored 2 (4 fields),
    // recorded stages removed 0, recorded stages restored 0, activity types removed 0"
    QString text() const;
    QJsonObject toJson() const;
};

struct ImportUndoReport
{
    ImportUndoPlan plan;
    bool rescored = false;
    QString rescoreError; // the undo landed, but rescoring failed: `leadstage score` retries
    qint64 elapsedMs = 0;
};

// Undoes one import (one file of an import run, one `imports` row) from what schema
// version 9 records: the leads it created (leads.import_id), its events (events.import_id),
// the rows of leads, outcomes (with their undated flags) and recorded stages it changed as
// they were before (import_lead_changes, import_outcome_changes,
// import_recorded_stage_changes), and the activity types it created (activity_types.import_id).
// Refused, with the reason, for an import that recorded none of this (made before version
// 9), one undone already, and one a later import built on: events, outcomes, recorded
// stages or updates of leads it created, events of activity types it created, or updates
// of leads, outcomes or recorded stages it also changed (their restore would overwrite
// the later values). The undo is one
// transaction that also marks the import undone (its row stays, with undone_at) and the
// scores stale; the rescore that follows clears the mark.
class ImportUndo
{
public:
    ImportUndo(Workspace &workspace, std::int64_t importId);

    // The dry run: reads only. An Error says why the import cannot be undone.
    Result<ImportUndoPlan> plan();
    // Plans again inside the transaction, applies, commits, rescores. A cancel before
    // the commit leaves the workspace as it was.
    Result<ImportUndoReport> run(Progress *progress = nullptr);

private:
    Status checkUndoable(ImportUndoPlan &plan);
    Status checkLaterImports();
    Status checkRestoredKeys();
    Status count(ImportUndoPlan &plan);
    Status apply(Progress *progress);
    void rescore(ImportUndoReport &report, bool wasStale, Progress *progress);

    Workspace &m_workspace;
    std::int64_t m_importId;
};

} // namespace LeadStage
