#include "WhatIfPanel.h"
#include "common/DisplayFormat.h"
#include "common/Heading.h"

#include "ModelDraft.h"
#include "WhatIfTableModel.h"
#include "dashboard/DashboardSettings.h"
#include "metrics/DashboardFormat.h"
#include "shell/WindowWording.h"
#include "tuning/WhatIfSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadStage {

namespace {

QTableView *figureTable(WhatIfTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFocusPolicy(Qt::NoFocus);
    view->setWordWrap(true);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setSectionResizeMode(WhatIfTableModel::LabelColumn, QHeaderView::Stretch);
    for (int column = WhatIfTableModel::ActiveColumn; column < WhatIfTableModel::ColumnCount; ++column)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

WhatIfPanel::WhatIfPanel(ModelDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_engine(new WhatIfEngine(this))
    , m_reloadSoon(new QTimer(this))
    , m_compareSoon(new QTimer(this))
    , m_loadTicker(new QTimer(this))
    , m_state(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_changed(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_retry(new QPushButton(tr("Read Again"), this))
    , m_openChanged(new QPushButton(tr("Changed Leads…"), this))
    , m_numbers(new QWidget)
    , m_stageModel(new WhatIfTableModel(tr("Stage"), this))
    , m_metricModel(new WhatIfTableModel(tr("IQL metric"), this))
    , m_stageView(figureTable(m_stageModel, m_numbers))
    , m_metricView(figureTable(m_metricModel, m_numbers))
    , m_moves(new QListWidget(m_numbers))
{
    setObjectName(u"whatIfPanel"_qs);
    setMinimumWidth(340);
    layOut();
    connectSignals();
    setWorkspacePath(QString());
}

WhatIfPanel::~WhatIfPanel() = default;

void WhatIfPanel::layOut()
{
    auto *title = heading(tr("What-if: draft beside active"), this);
    title->setToolTip(tr("What the draft would do to the dashboard's numbers, before it is saved. "
                         "Recomputed after every edit; nothing is written."));
    // FunnelMetrics and the replay report no useful progress for 0.2 s of work: "working".
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(80, 12);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Computing the draft's numbers…"));
    m_busy->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_busy);

    m_state->setObjectName(u"whatIfState"_qs);
    m_state->setWordWrap(true);
    m_retry->setObjectName(u"whatIfReadAgain"_qs);
    m_retry->setToolTip(tr("Read the workspace again for the what-if"));
    m_retry->hide();
    m_scope->setObjectName(u"whatIfScope"_qs);
    m_scope->setWordWrap(true);
    m_scope->setForegroundRole(QPalette::PlaceholderText);
    m_changed->setObjectName(u"whatIfChanged"_qs);
    m_changed->setWordWrap(true);
    m_moves->setObjectName(u"whatIfMoves"_qs);
    m_moves->setToolTip(tr("Click a line to open its leads in the lead explorer"));
    m_openChanged->setObjectName(u"whatIfChangedLeads"_qs);
    m_openChanged->setToolTip(tr("Open every lead whose stage the draft changes in the lead explorer"));
    m_stageView->setObjectName(u"whatIfStages"_qs);
    m_metricView->setObjectName(u"whatIfMetrics"_qs);

    auto *numbers = new QVBoxLayout(m_numbers);
    numbers->setContentsMargins(0, 0, 0, 0);
    numbers->addWidget(m_scope);
    numbers->addWidget(heading(tr("Stage counts"), m_numbers));
    numbers->addWidget(m_stageView);
    numbers->addWidget(heading(tr("IQL metrics, as on the dashboard's tiles"), m_numbers));
    numbers->addWidget(m_metricView);
    numbers->addWidget(heading(tr("Leads that change stage"), m_numbers));
    numbers->addWidget(m_changed);
    numbers->addWidget(m_moves);
    auto *openRow = new QHBoxLayout;
    openRow->addStretch();
    openRow->addWidget(m_openChanged);
    numbers->addLayout(openRow);
    numbers->addStretch();
    m_numbers->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_numbers);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(scroll, 1);
}

void WhatIfPanel::connectSignals()
{
    // Several changes in one turn of the event loop (a macro step, a save that
    // activates) are one comparison or one load.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    m_compareSoon->setSingleShot(true);
    m_compareSoon->setInterval(0);
    m_loadTicker->setInterval(100);
    connect(m_reloadSoon, &QTimer::timeout, this, [this] {
        if (m_path.isEmpty())
            return;
        m_shown.reset();
        m_engine->load(m_path, DashboardSettings::loadFilter(m_path), DashboardSettings::loadBucket(m_path));
        showLoadProgress();
        m_loadTicker->start();
    });
    connect(m_compareSoon, &QTimer::timeout, this, &WhatIfPanel::requestComparison);
    connect(m_loadTicker, &QTimer::timeout, this, &WhatIfPanel::showLoadProgress);
    connect(m_draft, &ModelDraft::draftChanged, this, &WhatIfPanel::draftChanged);
    connect(m_draft, &ModelDraft::activeChanged, this, &WhatIfPanel::reload);
    connect(m_engine, &WhatIfEngine::busyChanged, this, &WhatIfPanel::updateBusy);
    connect(m_engine, &WhatIfEngine::loaded, this, [this] {
        m_loadTicker->stop();
        requestComparison();
    });
    connect(m_engine, &WhatIfEngine::loadFailed, this, &WhatIfPanel::showLoadFailure);
    connect(m_engine, &WhatIfEngine::compared, this, &WhatIfPanel::showAnswer);
    connect(m_retry, &QPushButton::clicked, this, &WhatIfPanel::reload);
    connect(m_openChanged, &QPushButton::clicked, this, &WhatIfPanel::openChangedLeads);
    connect(m_moves, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { openMove(m_moves->row(item)); });
    connect(m_moves, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openMove(m_moves->row(item)); });
}

void WhatIfPanel::setWorkspacePath(const QString &path)
{
    m_path = path;
    if (m_path.isEmpty()) {
        m_reloadSoon->stop();
        m_loadTicker->stop();
        m_engine->clear();
        m_shown.reset();
        showState(tr("Open a workspace to see what a draft would change on its dashboard."), false);
        return;
    }
    reload();
}

void WhatIfPanel::reload()
{
    if (!m_path.isEmpty())
        m_reloadSoon->start();
}

bool WhatIfPanel::isComparing() const
{
    return m_engine->isComparing() || m_compareSoon->isActive() || m_reloadSoon->isActive()
           || (m_engine->isLoading() && m_draft->isDirty());
}

bool WhatIfPanel::showsNumbers() const
{
    return !m_numbers->isHidden();
}

QString WhatIfPanel::stateText() const
{
    return m_state->isHidden() ? QString() : m_state->text();
}

void WhatIfPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The dashboard's filter may have changed while the editor was hidden.
    if (m_draft->isDirty() && m_engine->session())
        m_compareSoon->start();
}

void WhatIfPanel::draftChanged()
{
    m_sinceEdit.start();
    m_compareSoon->start();
    updateBusy();
}

void WhatIfPanel::requestComparison()
{
    if (m_path.isEmpty())
        return;
    if (!m_draft->isDirty()) {
        m_engine->cancelComparison();
        m_shown.reset();
        showState(tr("The draft equals the active model (%1): nothing would change. Edit a rule, a threshold or the "
                     "decay to see here what it does to the dashboard's numbers.")
                      .arg(m_draft->activeVersion().name),
                  false);
        Q_EMIT updated();
        return;
    }
    if (m_engine->isLoading() || m_reloadSoon->isActive()) {
        showLoadProgress(); // compared once the session is read
        return;
    }
    if (!m_engine->session())
        return; // the load failed; its message and "Read Again" stay
    m_engine->compare(m_draft->model(), DashboardSettings::loadFilter(m_path), DashboardSettings::loadBucket(m_path));
    if (!m_shown)
        showState(tr("Comparing the draft with the active model…"), false);
    updateBusy();
}

void WhatIfPanel::showAnswer(const std::shared_ptr<const WhatIfEngine::Answer> &answer)
{
    updateBusy();
    if (m_compareSoon->isActive() || !m_draft->isDirty())
        return; // a newer edit is on its way
    if (!answer->error.what.isEmpty()) {
        showState(
            tr("Could not compare the draft: %1. %2").arg(answer->error.what, withoutCommandLine(answer->error.hint)),
            false);
        return;
    }
    m_shown = answer;
    m_lastRefreshMs = m_sinceEdit.isValid() ? m_sinceEdit.elapsed() : -1;
    const WhatIfFigures &figures = answer->figures;
    if (figures.sameNumbers()) {
        showState(tr("The draft differs from the active model, but not in its numbers: every stage count and IQL "
                     "metric stays the same and no lead changes stage (%1).")
                      .arg(figures.scope),
                  false);
        Q_EMIT updated();
        return;
    }
    m_scope->setText(tr("For the dashboard's filter: %1").arg(figures.scope));
    m_scope->setToolTip(tr("The what-if uses the filter and bucket last chosen on the dashboard, so its numbers are "
                           "the ones the dashboard will show once the draft is saved."));
    m_stageModel->setFigures(figures.stages);
    m_metricModel->setFigures(figures.metrics);
    m_changed->setText(
        tr("Stage changes: %1 of %2.")
            .arg(DashboardFormat::count(figures.changedLeads), DisplayFormat::leads(figures.countedLeads)));
    m_moves->clear();
    for (const WhatIfMove &move : figures.moves) {
        auto *item = new QListWidgetItem(
            tr("%1 → %2: %3").arg(stageTitle(move.from), stageTitle(move.to), DisplayFormat::leads(move.leads)),
            m_moves);
        item->setToolTip(tr("%1: %2 under the active model and %3 under the draft. Click to open them in "
                            "the lead explorer.")
                             .arg(DisplayFormat::leads(move.leads), stageTitle(move.from), stageTitle(move.to)));
    }
    m_moves->setVisible(!figures.moves.empty());
    // Up to six lines without a scroll bar; more scroll inside the list.
    const int lines = std::clamp(int(figures.moves.size()), 1, 6);
    m_moves->setFixedHeight(lines * std::max(1, m_moves->sizeHintForRow(0)) + 2 * m_moves->frameWidth() + 2);
    m_openChanged->setEnabled(figures.changedLeads > 0);
    showState(QString(), true);
    fitTable(m_stageView);
    fitTable(m_metricView);
    Q_EMIT updated();
}

void WhatIfPanel::showState(const QString &text, bool numbers)
{
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
    m_retry->hide();
    m_numbers->setVisible(numbers);
}

void WhatIfPanel::showLoadProgress()
{
    if (!m_engine->isLoading() && !m_reloadSoon->isActive()) {
        m_loadTicker->stop();
        return;
    }
    const std::int64_t done = m_engine->loadProgress().done.load(std::memory_order_relaxed);
    const std::int64_t total = m_engine->loadProgress().total.load(std::memory_order_relaxed);
    QString text = tr("Reading the workspace…");
    if (total > 0)
        text = tr("Reading the workspace… scoring its leads under the active model: %1 of %2")
                   .arg(DashboardFormat::count(int(done)), DashboardFormat::count(int(total)));
    else if (done > 0)
        text = tr("Reading the workspace… %1 rows read").arg(DashboardFormat::count(int(done)));
    showState(text, false);
    updateBusy();
}

void WhatIfPanel::showLoadFailure(const Error &error)
{
    m_loadTicker->stop();
    QString text = tr("Could not read the workspace for the what-if: %1").arg(error.what);
    if (!error.where.isEmpty())
        text += u" ("_qs + error.where + u')';
    text += u". "_qs
            + (error.hint.isEmpty() ? tr("Check that the file is still there, then read it again.")
                                    : withoutCommandLine(error.hint));
    showState(text, false);
    m_retry->show();
    updateBusy();
}

void WhatIfPanel::updateBusy()
{
    m_busy->setVisible(m_engine->isLoading() || (m_draft->isDirty() && isComparing()));
}

void WhatIfPanel::fitTable(QTableView *view)
{
    // Every row on screen without a scroll bar of its own: the panel scrolls as a whole.
    view->resizeRowsToContents();
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        height += view->rowHeight(row);
    view->setFixedHeight(height);
}

void WhatIfPanel::openChangedLeads()
{
    if (!m_shown || m_shown->figures.changedLeads == 0)
        return;
    const std::vector<std::int64_t> ids = m_shown->comparison.changes.changedLeads();
    Q_EMIT leadsRequested(
        tr("Leads the draft moves to another stage (%1)").arg(DashboardFormat::count(int(ids.size()))), ids);
}

void WhatIfPanel::openMove(int row)
{
    if (!m_shown || row < 0 || row >= int(m_shown->figures.moves.size()))
        return;
    const WhatIfMove &move = m_shown->figures.moves[std::size_t(row)];
    Q_EMIT leadsRequested(tr("%1 under the active model, %2 under the draft (%3)")
                              .arg(stageTitle(move.from), stageTitle(move.to), DashboardFormat::count(move.leads)),
                          m_shown->comparison.changes.leadsMoving(move.from, move.to));
}

} // namespace LeadStage
