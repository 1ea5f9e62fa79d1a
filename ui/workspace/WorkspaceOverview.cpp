#include "WorkspaceOverview.h"

#include "ImportHistoryPanel.h"
#include "ImportUndoJob.h"
#include "ModelVersionsPanel.h"

#include "common/DisplayFormat.h"
#include "common/TimeFormat.h"
#include "common/WorkspaceLabel.h"
#include "store/WorkspaceSummary.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

QString tableLabel(const QString &table)
{
    if (table == u"leads")
        return WorkspaceOverview::tr("Leads");
    if (table == u"events")
        return WorkspaceOverview::tr("Engagement events");
    if (table == u"outcomes")
        return WorkspaceOverview::tr("Sales outcomes");
    if (table == u"activity_types")
        return WorkspaceOverview::tr("Activity types");
    if (table == u"models")
        return WorkspaceOverview::tr("Scoring model versions");
    if (table == u"lead_state")
        return WorkspaceOverview::tr("Scored leads");
    if (table == u"imports")
        return WorkspaceOverview::tr("Imports");
    if (table == u"import_errors")
        return WorkspaceOverview::tr("Rejected import rows");
    return table;
}

} // namespace

WorkspaceOverview::WorkspaceOverview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_path(new QLabel(this))
    , m_span(new QLabel(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_history(new ImportHistoryPanel(this))
    , m_versions(new ModelVersionsPanel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setStyleSheet(u"color: palette(mid);"_qs);
    m_table->setHorizontalHeaderLabels({tr("Holds"), tr("Rows")});
    m_table->verticalHeader()->hide();
    // Both columns as wide as what they hold, and the table as wide as its columns: a
    // label such as "Rejected import rows" is never cut.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_path);
    layout->addSpacing(12);
    layout->addWidget(m_span);
    // The counts beside the model versions: both short lists, side by side.
    auto *lists = new QHBoxLayout;
    lists->setSpacing(24);
    lists->addWidget(m_table, 0, Qt::AlignTop);
    lists->addWidget(m_versions, 1);
    layout->addLayout(lists); // as tall as the counts need, every row in view
    layout->addSpacing(16);
    layout->addWidget(m_history, 1);
    connect(m_history, &ImportHistoryPanel::importUndone, this, &WorkspaceOverview::importUndone);
    m_versions->setBusyCheck([this] { return m_history->job()->isRunning(); });
}

void WorkspaceOverview::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    m_versions->setWorkspace(workspace);
    m_history->setWorkspace(std::move(workspace));
}

void WorkspaceOverview::show(const QString &name, const QString &path, const WorkspaceSummary &summary)
{
    m_title->setText(name);
    m_path->setText(WorkspaceLabel::location(path));
    if (summary.firstEventAt)
        m_span->setText(
            tr("Events from %1 to %2 (UTC)")
                .arg(DisplayFormat::dateOfUtc(*summary.firstEventAt), DisplayFormat::dateOfUtc(*summary.lastEventAt)));
    else
        m_span->setText(tr("This workspace has no engagement events yet."));
    m_table->setRowCount(int(summary.rowsPerTable.size()));
    int row = 0;
    for (const auto &[table, count] : summary.rowsPerTable) {
        m_table->setItem(row, 0, new QTableWidgetItem(tableLabel(table)));
        auto *number = new QTableWidgetItem(DisplayFormat::count(count));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setToolTip(tr("%1 rows in table %2").arg(count).arg(table));
        m_table->setItem(row, 1, number);
        ++row;
    }
    m_history->reload();
    m_versions->reload();
}

} // namespace LeadStage
