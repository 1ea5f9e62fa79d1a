#include "EditorFacts.h"

#include "common/BackgroundJobs.h"
#include "scoring/ModelInForce.h"
#include "store/Workspace.h"

#include <utility>

namespace LeadStage {

EditorFactsLoader::EditorFactsLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<EditorFacts>::finished, this, [this] {
        EditorFacts facts = m_watcher.future().takeResult();
        if (!m_pending.isEmpty()) {
            const QString path = std::exchange(m_pending, QString());
            load(path);
            return;
        }
        m_busy = false;
        Q_EMIT loaded(facts);
    });
}

EditorFactsLoader::~EditorFactsLoader()
{
    // Only while running: a future whose result was taken never reports finished again.
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void EditorFactsLoader::load(const QString &workspacePath)
{
    m_busy = true;
    if (m_watcher.isRunning()) {
        m_pending = workspacePath;
        return;
    }
    m_watcher.setFuture(BackgroundJobs::run(&EditorFactsLoader::read, workspacePath));
}

EditorFacts EditorFactsLoader::read(const QString &workspacePath)
{
    EditorFacts facts;
    facts.workspacePath = workspacePath;
    auto workspace = Workspace::open(workspacePath, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace) {
        facts.error = workspace.error();
        return facts;
    }
    Database &database = (*workspace)->database();
    auto inForce = ModelInForce::read(database);
    if (!inForce) {
        facts.error = inForce.error();
        return facts;
    }
    facts.active = inForce->model;
    if (inForce->version)
        facts.version = *inForce->version;
    else
        facts.version.name = facts.active.name;
    auto histogram = EngagementHistogram::read(database);
    if (!histogram) {
        facts.error = histogram.error();
        return facts;
    }
    facts.histogram = std::move(*histogram);
    auto activities = ActivityEventCounts::read(database);
    if (!activities) {
        facts.error = activities.error();
        return facts;
    }
    facts.activities = std::move(*activities);
    auto fields = LeadFieldPresence::read(database);
    if (!fields) {
        facts.error = fields.error();
        return facts;
    }
    facts.fields = std::move(*fields);
    return facts;
}

} // namespace LeadStage
