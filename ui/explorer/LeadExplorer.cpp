#include "LeadExplorer.h"

#include "ExplorerColumnChooser.h"
#include "ExplorerFilterBar.h"
#include "ExplorerService.h"
#include "LeadDetailView.h"
#include "LeadTableModel.h"
#include "ScoreTimelinePlot.h"
#include "common/BackgroundJobs.h"
#include "common/CellTextDelegate.h"
#include "common/DisplayFormat.h"
#include "explore/LeadCsvExport.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

namespace {
constexpr int timelineExportWidth = 1200;
constexpr int timelineExportHeight = 600;
} // namespace

LeadExplorer::LeadExplorer(QWidget *parent)
    : QWidget(parent)
    , m_service(new ExplorerService(this))
    , m_model(new LeadTableModel(m_service, this))
    , m_filters(new ExplorerFilterBar(this))
    , m_table(new QTableView(this))
    , m_detail(new LeadDetailView(this))
    , m_title(new QLabel(tr("All leads"), this))
    , m_status(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    // Nothing is sorted until the user asks: the table starts in id (or list) order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new CellTextDelegate(m_table));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const std::array<int, explorerColumnCount> widths = {150, 230, 170, 85,  55,  100, 50, 60,
                                                         70,  40,  120, 150, 110, 100, 95, 120};
    for (int column = 0; column < explorerColumnCount; ++column)
        m_table->setColumnWidth(column, widths[std::size_t(column)]);
    // Never narrower than the header's own text (translations, a 200 % scale).
    for (int column = 0; column < explorerColumnCount; ++column)
        m_table->setColumnWidth(column,
                                std::max(m_table->columnWidth(column),
                                         ExplorerColumnChooser::headerWidth(m_table->horizontalHeader(), column)));
    m_columns = new ExplorerColumnChooser(m_table->horizontalHeader(), m_model);

    auto *showAllButton = new QPushButton(tr("Show all"), this);
    auto *csvButton = new QPushButton(tr("Export CSV…"), this);
    auto *copyButton = new QPushButton(tr("Copy rows"), this);
    auto *chartButton = new QPushButton(tr("Export chart…"), this);
    copyButton->setToolTip(tr("Copy the selected rows as tab-separated text (Ctrl+C)"));
    connect(showAllButton, &QPushButton::clicked, this, &LeadExplorer::showAll);
    connect(csvButton, &QPushButton::clicked, this, &LeadExplorer::chooseCsvFile);
    connect(copyButton, &QPushButton::clicked, this, &LeadExplorer::copySelectedRows);
    connect(chartButton, &QPushButton::clicked, this, &LeadExplorer::chooseTimelineFile);
    auto *copyAction = new QAction(tr("Copy Selected Leads"), this); // named for Help → Keyboard Shortcuts
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &LeadExplorer::copySelectedRows);
    m_table->addAction(copyAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_filters, 1);
    top->addWidget(showAllButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(copyButton);
    bottom->addWidget(csvButton);
    bottom->addWidget(chartButton);

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(top);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(bottom);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableArea);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 420}); // at 1366×768 about a dozen rows stay visible above the detail
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_filters, &ExplorerFilterBar::changed, this, &LeadExplorer::applyFilters);
    // The first search on 1 M leads reads their texts (half a second): it starts with
    // the first key, not after the typing pause.
    connect(m_filters, &ExplorerFilterBar::searchEdited, m_service, &ExplorerService::prepareFilters);
    connect(m_service, &ExplorerService::opened, m_filters, &ExplorerFilterBar::setSources);
    connect(m_service, &ExplorerService::attributesListed, this, [this](const QStringList &attributes) {
        m_filters->setAttributes(attributes);
        setAttributeColumns(attributes);
    });
    connect(m_service, &ExplorerService::failed, this, &LeadExplorer::setStatus);
    connect(m_service, &ExplorerService::detailReady, this, [this](quint64, const auto &detail) {
        m_detail->setDetail(detail);
        Q_EMIT detailShown(detail->id);
    });
    connect(m_service, &ExplorerService::tsvReady, this, [this](const QString &text, int rows) {
        QApplication::clipboard()->setText(text);
        setStatus(tr("%n row(s) copied.", nullptr, rows));
        Q_EMIT rowsCopied(rows);
    });
    connect(m_model, &LeadTableModel::resolving, this, [this] { setStatus(tr("Working…")); });
    connect(m_model, &LeadTableModel::resolved, this, [this](int rows, qint64 elapsedMs) {
        setStatus(tr("%1 · %2 ms").arg(DisplayFormat::leads(rows)).arg(elapsedMs));
        m_detail->clear(tr("Select a lead to see why it has its score."));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadExplorer::showCurrentLead);
    // A model reset replaces the selection model's model but not the model itself: reconnects are not needed.
}

LeadExplorer::~LeadExplorer() = default;

void LeadExplorer::setWorkspacePath(const QString &path)
{
    m_service->open(path);
    showAll();
}

void LeadExplorer::setAttributeColumns(const QStringList &attributes)
{
    if (attributes == m_model->attributes())
        return;
    // The rows on show keep their order: a sort by a column that is gone falls back to id order.
    const QString sorted = m_model->query().sortAttribute;
    m_model->setAttributes(attributes);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = explorerColumnCount; column < m_model->columnCount(); ++column)
        header->resizeSection(column, std::max(100, ExplorerColumnChooser::headerWidth(header, column)));
    if (!sorted.isEmpty() && !attributes.contains(sorted)) {
        header->setSortIndicator(-1, Qt::AscendingOrder);
        ExplorerQuery query = m_model->query();
        query.sortAttribute.clear();
        m_model->setQuery(query);
    }
}

void LeadExplorer::showAll()
{
    m_listTitle.clear();
    m_title->setText(tr("All leads"));
    m_filters->reset();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setQuery(ExplorerQuery{});
}

void LeadExplorer::showLeads(const QString &title, const std::vector<std::int64_t> &ids)
{
    m_listTitle = title;
    m_title->setText(title);
    m_filters->reset();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    ExplorerQuery query;
    query.ids = std::make_shared<const std::vector<std::int64_t>>(ids);
    m_model->setQuery(query);
}

void LeadExplorer::refresh()
{
    // Reopening drops the worker's cached orders, which describe the old data.
    m_service->open(m_service->path());
    m_model->setQuery(m_model->query());
}

void LeadExplorer::applyFilters()
{
    ExplorerQuery query = m_model->query();
    m_filters->applyTo(query);
    m_model->setQuery(query);
}

int LeadExplorer::rowCount() const
{
    return m_model->rowCount();
}

bool LeadExplorer::isBusy() const
{
    return m_model->isResolving() || m_model->isRevealing();
}

void LeadExplorer::showCurrentLead()
{
    const int row = m_table->currentIndex().row();
    if (const std::int64_t id = m_model->leadIdAt(row))
        m_service->loadDetail(id);
}

void LeadExplorer::setStatus(const QString &text)
{
    m_status->setText(text);
}

void LeadExplorer::exportCsv(const QString &file)
{
    auto *watcher = new QFutureWatcher<Result<std::int64_t>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file] {
        const Result<std::int64_t> result = watcher->result();
        watcher->deleteLater();
        if (result) {
            setStatus(tr("%1 rows written to %2").arg(*result).arg(QFileInfo(file).fileName()));
            Q_EMIT csvExported(file, *result, QString());
        } else {
            setStatus(result.error().toString());
            Q_EMIT csvExported(file, 0, result.error().toString());
        }
    });
    setStatus(tr("Exporting…"));
    watcher->setFuture(BackgroundJobs::run(exportLeadsCsv, m_service->path(), m_model->order(), file, nullptr));
}

void LeadExplorer::copySelectedRows()
{
    std::vector<std::int64_t> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(std::size_t(rows.size()));
    std::vector<int> sorted;
    for (const QModelIndex &index : rows)
        sorted.push_back(index.row());
    std::sort(sorted.begin(), sorted.end());
    for (int row : sorted)
        ids.push_back(m_model->leadIdAt(row));
    if (ids.empty())
        return;
    setStatus(tr("Copying…"));
    m_service->collectTsv(std::move(ids));
}

bool LeadExplorer::exportTimeline(const QString &file)
{
    if (!m_detail->detail())
        return false;
    ScoreTimelinePlot *plot = m_detail->timeline();
    if (file.endsWith(u".svg"_qs, Qt::CaseInsensitive))
        return plot->saveSvgFile(file, timelineExportWidth, timelineExportHeight);
    return plot->savePng(file, timelineExportWidth, timelineExportHeight);
}

void LeadExplorer::chooseCsvFile()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export leads"), u"leads.csv"_qs, tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsv(file);
}

void LeadExplorer::chooseTimelineFile()
{
    if (!m_detail->detail()) {
        setStatus(tr("Select a lead first: the chart shows the selected lead."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Export score timeline"), u"timeline.png"_qs,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!file.isEmpty() && !exportTimeline(file))
        setStatus(tr("Could not write %1").arg(file));
}

} // namespace LeadStage
