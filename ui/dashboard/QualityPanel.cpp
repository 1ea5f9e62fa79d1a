#include "QualityPanel.h"

#include "DashboardEngine.h"
#include "QualityTableModel.h"
#include "TableExport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

QualityPanel::QualityPanel(QWidget *parent)
    : QFrame(parent)
    , m_dimension(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_model(new QualityTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(tr("Source quality"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);
    auto *note = new QLabel(tr("* provisional: some IQLs' 180 days have not passed yet"), this);
    note->setForegroundRole(QPalette::PlaceholderText);

    for (const Dimension dimension : FunnelMetrics::qualityDimensions) {
        const QString name = dimension == Dimension::Source     ? tr("per source")
                             : dimension == Dimension::Campaign ? tr("per campaign")
                                                                : tr("per industry");
        m_dimension->addItem(name, int(dimension));
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QualityTableModel::sortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QualityTableModel::Iqls, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(QualityTableModel::Value, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the panel's menu covers the table
    m_view->setMinimumHeight(260);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(note);
    header->addWidget(m_dimension);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] {
        showTable();
        Q_EMIT dimensionChanged(dimension());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            Q_EMIT cellActivated(m_model->cellAt(source), m_model->drillTitle(source));
    });
}

void QualityPanel::showResult(const DashboardResult &result)
{
    m_tables = result.report.quality;
    showTable();
}

void QualityPanel::setDimension(Dimension dimension)
{
    const int index = m_dimension->findData(int(dimension));
    if (index >= 0)
        m_dimension->setCurrentIndex(index);
}

Dimension QualityPanel::dimension() const
{
    return Dimension(m_dimension->currentData().toInt());
}

void QualityPanel::showTable()
{
    for (const QualityTable &table : m_tables)
        if (table.dimension == dimension())
            m_model->setTable(table);
}

bool QualityPanel::exportCsv(const QString &path) const
{
    return TableExport::writeCsv(*m_proxy, path);
}

void QualityPanel::copyTsv() const
{
    QApplication::clipboard()->setText(TableExport::toTsv(*m_proxy));
}

void QualityPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as CSV…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export table"), u"source-quality.csv"_qs, tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path))
            QMessageBox::warning(this, tr("Export table"),
                                 tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    });
    menu.addAction(tr("Copy table"), this, [this] { copyTsv(); });
    menu.exec(event->globalPos());
}

} // namespace LeadStage
