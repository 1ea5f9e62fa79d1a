#pragma once

#include "common/Error.h"
#include "scoring/ModelVersion.h"
#include "scoring/ScoringModel.h"
#include "tuning/ActivityEventCounts.h"
#include "tuning/EngagementHistogram.h"
#include "tuning/LeadFieldPresence.h"

#include <QFutureWatcher>
#include <QObject>

#include <vector>

namespace LeadStage {

// What the editor reads from the workspace besides the draft: the active model, the
// score histogram for the threshold ruler, the activity keys with their event
// counts for the activity picker, and which fields the leads have values in.
struct EditorFacts
{
    QString workspacePath;
    ModelVersion version; // id 0: the built-in default, not saved yet
    ScoringModel active;
    EngagementHistogram histogram;
    std::vector<ActivityEventCount> activities;
    LeadFieldPresence fields; // which lead fields and attrs keys have values
    Error error;              // empty `what`: read fine
};

// Reads EditorFacts off the GUI thread with its own read-only connection; a newer
// request makes the answer of an older one stale, and it is dropped.
class EditorFactsLoader : public QObject
{
    Q_OBJECT

public:
    explicit EditorFactsLoader(QObject *parent = nullptr);
    ~EditorFactsLoader() override;

    void load(const QString &workspacePath);
    // Until loaded() is emitted: the future ends a moment before its answer arrives.
    bool isBusy() const { return m_busy; }

    static EditorFacts read(const QString &workspacePath);

Q_SIGNALS:
    void loaded(const LeadStage::EditorFacts &facts);

private:
    QFutureWatcher<EditorFacts> m_watcher;
    QString m_pending; // asked for while a read was running
    bool m_busy = false;
};

} // namespace LeadStage
