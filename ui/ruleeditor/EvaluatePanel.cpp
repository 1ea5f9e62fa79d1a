#include "EvaluatePanel.h"

#include "BackTestView.h"
#include "EvaluateRequestForm.h"
#include "ModelDraft.h"
#include "WhatIfEngine.h"
#include "common/BackgroundJobs.h"
#include "shell/WindowWording.h"
#include "store/Workspace.h"
#include "tuning/OutcomeTimes.h"
#include "tuning/WhatIfSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

// Typing a horizon or stepping a spin box: one back-test once the analyst pauses.
constexpr int debounceMs = 250;

} // namespace

EvaluatePanel::EvaluatePanel(ModelDraft *draft, WhatIfEngine *whatIf, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_whatIf(whatIf)
    , m_job(new EvaluateJob(this))
    , m_soon(new QTimer(this))
    , m_ticker(new QTimer(this))
    , m_form(new EvaluateRequestForm(this))
    , m_state(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_results(new QTabWidget(this))
    , m_backTest(new BackTestView(this))
    , m_recordedRead(new QFutureWatcher<RecordedRead>(this))
{
    setObjectName(u"evaluatePanel"_qs);
    layOut();
    connectSignals();
    connect(m_recordedRead, &QFutureWatcher<RecordedRead>::finished, this, [this] {
        const RecordedRead read = m_recordedRead->result();
        m_readingStage = -1;
        if (!read.error.what.isEmpty()) {
            m_backTest->showMessage(tr("Could not read the CRM's recorded stages: %1. %2")
                                        .arg(read.error.what, withoutCommandLine(read.error.hint))
                                        .trimmed());
            updateBusy();
            Q_EMIT updated();
            return;
        }
        if (read.session == m_recordedFor.lock())
            m_recorded[read.stage] = read.times;
        recompute(); // reads again when the leads changed meanwhile
    });
    setWorkspacePath(QString());
}

EvaluatePanel::~EvaluatePanel()
{
    m_recordedRead->waitForFinished();
}

void EvaluatePanel::layOut()
{
    m_form->setFixedWidth(240);
    m_state->setObjectName(u"evaluateState"_qs);
    m_state->setWordWrap(true);
    m_busy->setObjectName(u"evaluateBusy"_qs);
    m_busy->setRange(0, 1000);
    m_busy->setMaximumSize(140, 14);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Back-testing: scoring each lead with its events up to the moment…"));
    m_busy->hide();
    m_results->setObjectName(u"evaluateResults"_qs);
    m_results->setDocumentMode(true);
    m_results->addTab(m_backTest, tr("Back-test"));
    m_results->setTabToolTip(0, tr("How well each checked model ranks the leads that reached the outcome"));

    auto *status = new QHBoxLayout;
    status->addWidget(m_state, 1);
    status->addWidget(m_busy, 0, Qt::AlignTop);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(status);
    right->addWidget(m_results, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(right, 1);
}

void EvaluatePanel::connectSignals()
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(debounceMs);
    m_ticker->setInterval(100);
    connect(m_soon, &QTimer::timeout, this, &EvaluatePanel::recompute);
    connect(m_ticker, &QTimer::timeout, this, &EvaluatePanel::updateBusy);
    connect(m_form, &EvaluateRequestForm::changed, this, &EvaluatePanel::schedule);
    connect(m_draft, &ModelDraft::draftChanged, this, [this] {
        updateDraftLabel();
        if (m_form->checkedKeys().contains(EvaluateRequestForm::draftKey))
            schedule();
    });
    connect(m_draft, &ModelDraft::activeChanged, this, [this] {
        updateDraftLabel();
        reload();
    });
    connect(m_whatIf, &WhatIfEngine::loaded, this, &EvaluatePanel::schedule);
    connect(m_whatIf, &WhatIfEngine::busyChanged, this, [this] {
        if (m_whatIf->isLoading())
            m_job->cancel(); // the leads it reads are being replaced; loaded() asks again
        updateBusy();
    });
    connect(m_whatIf, &WhatIfEngine::loadFailed, this, [this](const Error &error) {
        showState(QString());
        m_backTest->showMessage(tr("Could not read the workspace's leads and events: %1. %2")
                                    .arg(error.what, withoutCommandLine(error.hint))
                                    .trimmed());
        Q_EMIT updated();
    });
    connect(m_job, &EvaluateJob::modelsRead, this, &EvaluatePanel::modelsRead);
    connect(m_job, &EvaluateJob::finished, this, &EvaluatePanel::showAnswer);
    connect(m_job, &EvaluateJob::busyChanged, this, &EvaluatePanel::updateBusy);
    connect(m_backTest, &BackTestView::leadsRequested, this, &EvaluatePanel::leadsRequested);
}

void EvaluatePanel::setWorkspacePath(const QString &path)
{
    m_path = path;
    m_models.reset();
    m_job->cancel();
    m_soon->stop();
    if (m_path.isEmpty()) {
        showState(QString());
        m_backTest->showMessage(tr("Open a workspace to back-test its scoring model against its outcomes."));
        updateBusy();
        return;
    }
    m_backTest->showMessage(tr("Reading the workspace…"));
    reload();
}

void EvaluatePanel::reload()
{
    if (m_path.isEmpty())
        return;
    m_job->readModels(m_path);
}

int EvaluatePanel::addResultTab(QWidget *tab, const QString &title)
{
    return m_results->addTab(tab, title);
}

bool EvaluatePanel::isBusy() const
{
    return m_soon->isActive() || m_job->isRunning() || m_job->isReadingModels() || m_whatIf->isLoading()
           || m_readingStage >= 0;
}

bool EvaluatePanel::withRecorded(BackTestRequest &request, const std::shared_ptr<const WhatIfSession> &session)
{
    if (!request.recordedStage)
        return true;
    if (m_recordedFor.lock() != session) { // other leads: positions differ
        m_recorded.clear();
        m_recordedFor = session;
    }
    const int stage = int(*request.recordedStage);
    if (const auto found = m_recorded.find(stage); found != m_recorded.end()) {
        request.recorded = found->second;
        return true;
    }
    if (m_readingStage != stage) {
        m_readingStage = stage;
        m_recordedRead->setFuture(BackgroundJobs::run([path = m_path, session, stage] {
            RecordedRead read;
            read.stage = stage;
            read.session = session;
            auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
            if (!workspace) {
                read.error = workspace.error();
                return read;
            }
            auto times = OutcomeTimes::ofRecorded((*workspace)->database(), session->input().leads, Stage(stage));
            if (times)
                read.times = std::make_shared<const OutcomeTimes>(std::move(*times));
            else
                read.error = times.error();
            return read;
        }));
    }
    return false;
}

QString EvaluatePanel::stateText() const
{
    return m_state->isHidden() ? QString() : m_state->text();
}

std::shared_ptr<const EvaluateJob::Answer> EvaluatePanel::shown() const
{
    return m_backTest->shown();
}

void EvaluatePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        schedule();
}

void EvaluatePanel::schedule()
{
    if (!m_sinceChange.isValid() || !m_soon->isActive())
        m_sinceChange.start();
    m_soon->start();
    updateBusy();
}

void EvaluatePanel::modelsRead(const EvaluateJob::Models &models)
{
    if (models.path != m_path)
        return; // read for a workspace closed since
    if (!models.error.what.isEmpty()) {
        m_backTest->showMessage(tr("Could not read the saved models: %1. %2")
                                    .arg(models.error.what, withoutCommandLine(models.error.hint)));
        Q_EMIT updated();
        return;
    }
    m_models = models;
    m_form->setModels(models.saved, models.dataEnd);
    updateDraftLabel();
    schedule();
}

void EvaluatePanel::updateDraftLabel()
{
    const ModelVersion &active = m_draft->activeVersion();
    const QString activeName = active.id == 0 ? active.name : tr("%1 v%2").arg(active.name).arg(active.version);
    m_form->setDraftLabel(m_draft->isDirty() ? tr("Draft (unsaved changes)")
                                             : tr("Draft (same as %1)").arg(activeName));
}

std::vector<ModelEvaluation::Candidate> EvaluatePanel::candidates() const
{
    std::vector<ModelEvaluation::Candidate> chosen;
    for (const QString &key : m_form->checkedKeys()) {
        if (key == EvaluateRequestForm::draftKey) {
            chosen.push_back({m_form->labelOf(key), m_draft->model()});
            continue;
        }
        for (const EvaluateJob::SavedModel &saved : m_models->saved)
            if (EvaluateRequestForm::keyOf(saved) == key)
                chosen.push_back({m_form->labelOf(key), saved.model});
    }
    return chosen;
}

void EvaluatePanel::recompute()
{
    if (m_path.isEmpty())
        return;
    if (!isVisible()) {
        m_stale = true; // back-tested when the analyst looks
        updateBusy();
        return;
    }
    m_stale = false;
    if (!m_models || m_whatIf->isLoading() || !m_draft->hasModel()) {
        updateBusy(); // modelsRead(), loaded() or the draft's arrival asks again
        return;
    }
    const std::shared_ptr<const WhatIfSession> session = m_whatIf->session();
    if (!session)
        return; // the load failed: its message stays
    std::vector<ModelEvaluation::Candidate> chosen = candidates();
    if (chosen.empty()) {
        m_job->cancel();
        m_backTest->showMessage(tr("Check a model on the left to back-test it against the workspace's outcomes."));
        showState(QString());
        Q_EMIT updated();
        return;
    }
    BackTestRequest request = m_form->request();
    if (!withRecorded(request, session)) {
        m_job->cancel();
        updateBusy(); // the read's end asks again
        return;
    }
    m_job->run(session, std::move(chosen), request, m_models->dataEnd);
    Q_EMIT backTestStarted(session, request);
    m_ticker->start();
    updateBusy();
}

void EvaluatePanel::showAnswer(const std::shared_ptr<const EvaluateJob::Answer> &answer)
{
    updateBusy();
    if (m_soon->isActive())
        return; // a newer change is on its way
    if (!answer->error.what.isEmpty()) {
        m_backTest->showMessage(
            tr("Could not back-test: %1. %2").arg(answer->error.what, withoutCommandLine(answer->error.hint)));
        Q_EMIT updated();
        return;
    }
    m_lastRefreshMs = m_sinceChange.isValid() ? m_sinceChange.elapsed() : -1;
    m_backTest->showAnswer(answer);
    Q_EMIT updated();
}

void EvaluatePanel::showState(const QString &text)
{
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
}

void EvaluatePanel::updateBusy()
{
    const bool busy = isBusy() && !m_path.isEmpty();
    m_busy->setVisible(busy);
    if (!busy) {
        m_ticker->stop();
        showState(QString());
        return;
    }
    if (m_whatIf->isLoading()) {
        showState(tr("Reading the workspace's leads and events…"));
        m_busy->setRange(0, 0);
        return;
    }
    if (m_job->isRunning()) {
        m_busy->setRange(0, 1000);
        m_busy->setValue(int(m_job->progress().fraction() * 1000));
        showState(tr("Back-testing %n model(s): scoring each lead with its events up to the moment…", nullptr,
                     int(m_form->checkedKeys().size())));
        return;
    }
    m_busy->setRange(0, 0);
    showState(tr("Back-testing…"));
}

} // namespace LeadStage
