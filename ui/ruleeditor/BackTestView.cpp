#include "BackTestView.h"

#include "BandTableModel.h"
#include "DecileTableModel.h"
#include "EvaluateFormat.h"
#include "EvaluateSettings.h"
#include "EvaluationSummaryModel.h"
#include "GainsChart.h"
#include "RocChart.h"
#include "StageMatrixModel.h"
#include "common/DisplayFormat.h"
#include "common/Heading.h"
#include "common/TimeFormat.h"
#include "tuning/WhatIfSession.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

QTableView *figureTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(false);
    // As wide as its columns, not the page: a stretched last column reads as one more figure;
    // never narrower, so no figure is cut off (the tab scrolls instead).
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    view->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    return view;
}

// Every row on screen without a scroll bar of its own: the tab scrolls as a whole.
void fitHeight(QTableView *view)
{
    view->resizeRowsToContents();
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    for (int row = 0; row < view->model()->rowCount(); ++row)
        height += view->rowHeight(row);
    if (view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
        height += view->horizontalScrollBar()->sizeHint().height();
    view->setFixedHeight(height);
}

QString outcomeWords(const BackTestRequest &request)
{
    if (request.recordedStage)
        return BackTestView::tr("%1 recorded by the CRM").arg(stageTitle(*request.recordedStage));
    switch (request.outcome) {
    case OutcomeStage::Sql:
        return BackTestView::tr("SQL");
    case OutcomeStage::Opportunity:
        return BackTestView::tr("Opportunity");
    case OutcomeStage::Customer:
        return BackTestView::tr("Customer");
    }
    return {};
}

} // namespace

BackTestView::BackTestView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_population(new QLabel(this))
    , m_summary(new EvaluationSummaryModel(this))
    , m_deciles(new DecileTableModel(this))
    , m_bands(new BandTableModel(tr("Band"), this))
    , m_stages(new BandTableModel(tr("Stage"), this))
    , m_summaryView(nullptr)
    , m_decileView(nullptr)
    , m_bandView(nullptr)
    , m_stageView(nullptr)
    , m_roc(nullptr)
    , m_gains(nullptr)
    , m_detail(new QComboBox(this))
    , m_matrix(new StageMatrixModel(this))
    , m_matrixView(nullptr)
    , m_matrixTitle(new QLabel(this))
    , m_matrixNote(new QLabel(this))
{
    setObjectName(u"backTestView"_qs);
    layOut();
    showMessage(QString());
}

BackTestView::~BackTestView() = default;

void BackTestView::layOut()
{
    m_message->setObjectName(u"backTestMessage"_qs);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setMargin(12);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *results = new QWidget;
    m_summaryView = figureTable(m_summary, results);
    m_summaryView->setObjectName(u"evaluateSummary"_qs);
    m_summaryView->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryView->setFocusPolicy(Qt::NoFocus);
    m_population->setObjectName(u"evaluatePopulation"_qs);
    m_population->setParent(results);
    m_population->setWordWrap(true);
    m_roc = new RocChart(results);
    m_gains = new GainsChart(results);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_roc, 1);
    charts->addWidget(m_gains, 1);

    m_detail->setObjectName(u"evaluateDetailModel"_qs);
    m_detail->setParent(results);
    m_detail->setToolTip(tr("The model whose gains, bands and stages the tables show"));
    m_decileView = figureTable(m_deciles, results);
    m_decileView->setObjectName(u"evaluateDeciles"_qs);
    m_bandView = figureTable(m_bands, results);
    m_bandView->setObjectName(u"evaluateBands"_qs);
    m_stageView = figureTable(m_stages, results);
    m_stageView->setObjectName(u"evaluateStages"_qs);
    addOpenAction(m_decileView, &BackTestView::openDecile);
    addOpenAction(m_bandView, &BackTestView::openBand);
    addOpenAction(m_stageView, &BackTestView::openStage);

    auto *detailRow = new QHBoxLayout;
    detailRow->addWidget(heading(tr("Tables for"), results));
    detailRow->addWidget(m_detail);
    detailRow->addStretch();
    auto *bandColumn = new QVBoxLayout;
    bandColumn->addWidget(heading(tr("Outcome rate by score band"), results));
    bandColumn->addWidget(m_bandView, 0, Qt::AlignLeft);
    bandColumn->addStretch();
    auto *stageColumn = new QVBoxLayout;
    stageColumn->addWidget(heading(tr("Outcome rate by stage at the moment"), results));
    stageColumn->addWidget(m_stageView, 0, Qt::AlignLeft);
    stageColumn->addStretch();
    auto *rates = new QHBoxLayout;
    rates->addLayout(bandColumn);
    rates->addSpacing(16);
    rates->addLayout(stageColumn);
    rates->addStretch(1);
    m_matrixView = figureTable(m_matrix, results);
    m_matrixView->setObjectName(u"evaluateStageMatrix"_qs);
    m_matrixView->verticalHeader()->show();
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    connect(m_matrixView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openStageChange(index.row(), index.column()); });
    m_matrixTitle->setParent(results);
    QFont bold = m_matrixTitle->font();
    bold.setBold(true);
    m_matrixTitle->setFont(bold);
    m_matrixTitle->setWordWrap(true);
    m_matrixNote->setParent(results);
    m_matrixNote->setObjectName(u"evaluateStageMatrixNote"_qs);
    m_matrixNote->setWordWrap(true);
    m_matrixNote->setForegroundRole(QPalette::PlaceholderText);

    auto *tables = new QVBoxLayout;
    tables->addWidget(heading(tr("Gains by score decile, highest scores first"), results));
    tables->addWidget(m_decileView, 0, Qt::AlignLeft);
    tables->addLayout(rates);
    tables->addWidget(m_matrixTitle);
    tables->addWidget(m_matrixView, 0, Qt::AlignLeft);
    tables->addWidget(m_matrixNote);

    auto *column = new QVBoxLayout(results);
    column->addWidget(m_summaryView, 0, Qt::AlignLeft);
    column->addWidget(m_population);
    column->addLayout(charts, 1);
    column->addLayout(detailRow);
    column->addLayout(tables);
    m_roc->setMinimumHeight(300);
    m_gains->setMinimumHeight(300);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(results);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(m_message);
    m_pages->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_detail, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && m_answer)
            EvaluateSettings::detailModel().set(index);
        showDetail(index);
    });
}

void BackTestView::addOpenAction(QTableView *view, void (BackTestView::*open)(int))
{
    connect(view, &QTableView::doubleClicked, this,
            [this, open](const QModelIndex &index) { (this->*open)(index.row()); });
    auto *action = new QAction(tr("Open These Leads in the Explorer"), view);
    action->setObjectName(u"openLeadsAction"_qs);
    connect(action, &QAction::triggered, this, [this, view, open] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            (this->*open)(current.row());
    });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void BackTestView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

bool BackTestView::showsResults() const
{
    return m_pages->currentWidget() != m_message;
}

QString BackTestView::messageText() const
{
    return showsResults() ? QString() : m_message->text();
}

QString BackTestView::populationText() const
{
    return m_population->text();
}

QString BackTestView::momentText() const
{
    if (!m_answer)
        return {};
    // Not a switch: a moment this view does not name yet reads as the date's.
    const BackTestRequest &request = m_answer->request;
    if (request.moment == BackTestMoment::AtIql)
        return tr("at IQL entry");
    if (request.moment == BackTestMoment::AtMql)
        return tr("at MQL entry");
    if (request.moment == BackTestMoment::Snapshot)
        return tr("at the analysis date (snapshot)");
    return tr("as of %1").arg(DisplayFormat::dateOfUtc(request.asOf));
}

QString BackTestView::emptySentence(const EvaluateJob::Answer &answer) const
{
    const BackTestRequest &request = answer.request;
    if (answer.leadsWithAnyOutcome == 0)
        return tr("No lead in this workspace has an outcome yet: without SQL, opportunity or customer dates there is "
                  "nothing to check the score against. Import the CRM's outcomes (File → Import…, a file with the "
                  "leads' SQL, opportunity or customer dates), then come back here.");
    if (answer.leadsWithOutcome == 0)
        return tr("No lead in this workspace reached %1 (%2 reached SQL or a later stage). Choose an earlier "
                  "outcome, or import the %1 dates.")
            .arg(outcomeWords(request), EvaluateFormat::count(answer.leadsWithAnyOutcome));
    const EvaluatedModel &first = answer.models.front();
    const AucEstimate &auc = first.figures.auc;
    const QString scored = EvaluateFormat::count(std::int64_t(first.population.cases.size()));
    if (first.population.cases.empty())
        return tr("No lead was scored %1: %2 Choose another moment.")
            .arg(momentText(), populationSentence(first.population));
    if (auc.positives == 0)
        return tr("None of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to rank. Choose an "
                  "earlier date, a longer horizon or an earlier outcome.")
            .arg(scored, momentText(), outcomeWords(request))
            .arg(request.horizonDays);
    return tr("Every one of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to tell apart. "
              "Choose a shorter horizon or a later outcome.")
        .arg(scored, momentText(), outcomeWords(request))
        .arg(request.horizonDays);
}

QString BackTestView::populationSentence(const BackTestPopulation &p) const
{
    QStringList left;
    if (p.createdAfter)
        left << tr("%1 created after the date").arg(EvaluateFormat::count(p.createdAfter));
    if (p.outcomeBefore)
        left << tr("%1 reached the outcome before the moment").arg(EvaluateFormat::count(p.outcomeBefore));
    if (p.neverReachedStage)
        left << tr("%1 never reached the stage").arg(EvaluateFormat::count(p.neverReachedStage));
    if (p.windowOpen)
        left << tr("%1 too recent for the whole horizon").arg(EvaluateFormat::count(p.windowOpen));
    if (p.undatedOutcome)
        left << tr("%1 with an outcome without a date (the snapshot counts them)")
                    .arg(EvaluateFormat::count(p.undatedOutcome));
    QString text = tr("%1 in the workspace, %2 scored")
                       .arg(DisplayFormat::leads(p.leads), EvaluateFormat::count(std::int64_t(p.cases.size())));
    text += left.isEmpty() ? u"."_qs : tr("; left out: %1.").arg(left.join(u", "_qs));
    return text;
}

void BackTestView::showAnswer(const std::shared_ptr<const EvaluateJob::Answer> &answer)
{
    m_answer = answer;
    const std::vector<EvaluatedModel> &models = answer->models;
    if (models.empty()) {
        showMessage(tr("Check a model to back-test it."));
        return;
    }
    if (std::none_of(models.begin(), models.end(), [](const EvaluatedModel &m) { return m.figures.auc.hasAuc(); })) {
        m_summary->setModels(nullptr, {});
        showMessage(emptySentence(*answer));
        return;
    }
    std::vector<QColor> colours;
    for (std::size_t m = 0; m < models.size(); ++m)
        colours.push_back(CurveChart::modelColour(m));
    m_summary->setModels(&answer->models, colours);

    const BackTestRequest &request = answer->request;
    const BackTestPopulation &first = models.front().population;
    const bool snapshot = request.moment == BackTestMoment::Snapshot;
    QString text =
        snapshot ? tr("<b>%1</b> (or a later stage) at any time, each lead scored %2 with all its events. ")
                       .arg(outcomeWords(request).toHtmlEscaped(), momentText().toHtmlEscaped())
                 : tr("<b>%1</b> (or a later stage) within %2 days, each lead scored %3 with its events up to then. ")
                       .arg(outcomeWords(request).toHtmlEscaped())
                       .arg(request.horizonDays)
                       .arg(momentText().toHtmlEscaped());
    text += populationSentence(first).toHtmlEscaped();
    const bool atStageEntry = request.moment == BackTestMoment::AtIql || request.moment == BackTestMoment::AtMql;
    if (atStageEntry && models.size() > 1)
        text += u' ' + tr("At stage entry each model finds its own moments: these counts are the reference's.");
    if (first.optimistic())
        text += u"<br><span style='color:#b45309'>"_qs
                + tr("Optimistic: a snapshot scores every lead with events that may have come after its outcome, so "
                     "leakage cannot be ruled out and these figures are an upper bound.")
                      .toHtmlEscaped()
                + u"</span>"_qs;
    if (first.provisional())
        text += u"<br><span style='color:#b45309'>"_qs
                + tr("Provisional: the horizon runs past the analysis date %1, so outcomes still to come count as "
                     "negatives.")
                      .arg(DisplayFormat::dateOfUtc(first.dataEnd))
                      .toHtmlEscaped()
                + u"</span>"_qs;
    m_population->setText(text);
    m_roc->showModels(models);
    m_gains->showModels(models);

    const QSignalBlocker blocker(m_detail);
    const int wanted = m_detail->count() > 0 ? m_detail->currentIndex() : EvaluateSettings::detailModel().get();
    m_detail->clear();
    for (std::size_t m = 0; m < models.size(); ++m) {
        QPixmap swatch(12, 12);
        swatch.fill(colours[m]);
        m_detail->addItem(QIcon(swatch), models[m].describe);
    }
    m_detail->setCurrentIndex(std::clamp(wanted, 0, int(models.size()) - 1));
    m_pages->setCurrentIndex(1);
    showDetail(m_detail->currentIndex());
    fitHeight(m_summaryView);
}

const EvaluatedModel *BackTestView::detailModel() const
{
    const int index = m_detail->currentIndex();
    if (!m_answer || index < 0 || index >= int(m_answer->models.size()))
        return nullptr;
    return &m_answer->models[std::size_t(index)];
}

void BackTestView::showDetail(int)
{
    const EvaluatedModel *model = detailModel();
    if (!model)
        return;
    const BackTestFigures &f = model->figures;
    m_deciles->setTable(f.gains);
    std::vector<BandTableModel::Row> bands;
    for (const ScoreBands::Band &band : f.bands.bands())
        bands.push_back({band.label, band.leads, band.positives});
    m_bands->setRows(std::move(bands));
    std::vector<BandTableModel::Row> stages;
    for (std::size_t s = 0; s < f.leadsPerStage.size(); ++s)
        stages.push_back({stageTitle(Stage(s)), f.leadsPerStage[s], f.positivesPerStage[s]});
    m_stages->setRows(std::move(stages));
    for (QTableView *view : {m_decileView, m_bandView, m_stageView})
        fitHeight(view);
    showStageMatrix();
}

void BackTestView::showStageMatrix()
{
    const int index = m_detail->currentIndex();
    const EvaluatedModel *model = detailModel();
    m_matrixView->hide();
    m_matrixTitle->hide();
    m_matrixNote->clear();
    if (!model || m_answer->models.size() < 2)
        return;
    if (index == 0) {
        m_matrixNote->setText(tr("Choose another model under Tables for to see, lead by lead, the stage each model "
                                 "gives at the moment."));
        return;
    }
    if (!model->paired) {
        m_matrixNote->setText(tr("At stage entry each model scores its own leads at its own moments, so there is no "
                                 "lead-by-lead comparison of stages."));
        return;
    }
    const EvaluatedModel &reference = m_answer->models.front();
    const LeadColumns &leads = m_answer->session->input().leads;
    std::vector<std::int64_t> ids;
    std::vector<Stage> from, to;
    for (std::size_t i = 0; i < model->population.cases.size(); ++i) {
        ids.push_back(leads.id(model->population.cases[i].lead));
        from.push_back(std::min(reference.population.cases[i].stage, Stage::PQL));
        to.push_back(std::min(model->population.cases[i].stage, Stage::PQL));
    }
    const std::vector<std::uint8_t> counted(ids.size(), 1);
    m_matrix->setChanges(StageChanges::between(ids, from, to, counted));
    m_matrixTitle->setText(
        tr("Stage at the moment: %1 (rows) against %2 (columns)").arg(reference.describe, model->describe));
    m_matrixNote->setText(tr("%1 of %2 scored leads are in another stage. Double-click a cell off the diagonal to "
                             "open its leads.")
                              .arg(EvaluateFormat::count(m_matrix->changes().changed()),
                                   EvaluateFormat::count(m_matrix->changes().leads())));
    m_matrixTitle->show();
    m_matrixView->show();
    fitHeight(m_matrixView);
}

QString BackTestView::stageMatrixNote() const
{
    return m_matrixNote->text();
}

void BackTestView::openStageChange(int row, int column)
{
    const EvaluatedModel *model = detailModel();
    if (!model || row == column || row < 0 || column < 0 || row >= StageMatrixModel::stages
        || column >= StageMatrixModel::stages)
        return;
    const std::vector<std::int64_t> ids = m_matrix->changes().leadsMoving(Stage(row), Stage(column));
    if (ids.empty())
        return;
    Q_EMIT leadsRequested(tr("%1 under %2 and %3 under %4, %5: %6")
                              .arg(m_matrix->headerData(row, Qt::Horizontal).toString(),
                                   m_answer->models.front().describe,
                                   m_matrix->headerData(column, Qt::Horizontal).toString(), model->describe,
                                   momentText(), DisplayFormat::leads(std::int64_t(ids.size()))),
                          ids);
}

std::vector<std::int64_t> BackTestView::leadsWhere(const std::function<bool(const BackTestCase &)> &keep) const
{
    std::vector<std::int64_t> ids;
    const EvaluatedModel *model = detailModel();
    if (!model)
        return ids;
    const LeadColumns &leads = m_answer->session->input().leads;
    for (const BackTestCase &c : model->population.cases)
        if (keep(c))
            ids.push_back(leads.id(c.lead));
    return ids;
}

std::vector<std::int64_t> BackTestView::leadsOfDecile(int row) const
{
    if (row < 0 || row >= m_deciles->rowCount())
        return {};
    // Tied scores never straddle two rows, so a row is its range of scores.
    const GainsTable::Row &r = m_deciles->table().rows()[std::size_t(row)];
    return leadsWhere([&r](const BackTestCase &c) {
        return double(c.engagement) <= r.highestScore && double(c.engagement) >= r.lowestScore;
    });
}

std::vector<std::int64_t> BackTestView::leadsOfBand(int row) const
{
    if (row < 0 || row >= m_bands->rowCount())
        return {};
    return leadsWhere(
        [row](const BackTestCase &c) { return ScoreBands::bandOf(double(c.engagement)) == std::size_t(row); });
}

std::vector<std::int64_t> BackTestView::leadsOfStage(int row) const
{
    if (row < 0 || row >= m_stages->rowCount())
        return {};
    return leadsWhere(
        [row](const BackTestCase &c) { return std::size_t(std::min(c.stage, Stage::PQL)) == std::size_t(row); });
}

void BackTestView::open(const QString &what, std::int64_t outcomes, const std::vector<std::int64_t> &ids)
{
    const EvaluatedModel *model = detailModel();
    if (!model || ids.empty())
        return;
    Q_EMIT leadsRequested(tr("%1 under %2, %3: %4, %5 reached %6 within %7 days")
                              .arg(what, model->describe, momentText(), DisplayFormat::leads(std::int64_t(ids.size())),
                                   EvaluateFormat::count(outcomes), outcomeWords(m_answer->request))
                              .arg(m_answer->request.horizonDays),
                          ids);
}

void BackTestView::openDecile(int row)
{
    if (row < 0 || row >= m_deciles->rowCount())
        return;
    const GainsTable::Row &r = m_deciles->table().rows()[std::size_t(row)];
    open(tr("Decile %1 (scores %2)")
             .arg(EvaluateFormat::deciles(r.firstDecile, r.lastDecile),
                  EvaluateFormat::scores(r.highestScore, r.lowestScore)),
         r.positives, leadsOfDecile(row));
}

void BackTestView::openBand(int row)
{
    if (row < 0 || row >= m_bands->rowCount())
        return;
    const BandTableModel::Row &r = m_bands->rows()[std::size_t(row)];
    open(tr("Scores %1").arg(r.label), r.outcomes, leadsOfBand(row));
}

void BackTestView::openStage(int row)
{
    if (row < 0 || row >= m_stages->rowCount())
        return;
    const BandTableModel::Row &r = m_stages->rows()[std::size_t(row)];
    open(tr("%1 at the moment").arg(r.label), r.outcomes, leadsOfStage(row));
}

} // namespace LeadStage
