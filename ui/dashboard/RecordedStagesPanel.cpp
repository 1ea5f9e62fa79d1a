#include "RecordedStagesPanel.h"

#include "DashboardEngine.h"
#include "RecordedStagesModel.h"
#include "metrics/DashboardFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

RecordedStagesPanel::RecordedStagesPanel(QWidget *parent)
    : QFrame(parent)
    , m_show(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new RecordedStagesModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *title = new QLabel(tr("Stages: recorded by the CRM and computed"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    title->setFont(font);
    m_show->setObjectName(u"recordedStagesShow"_qs);
    m_show->addItem(tr("CRM and model side by side"), int(Show::Comparison));
    m_show->addItem(tr("Computed stages (model)"), int(Show::Computed));
    m_show->addItem(tr("Recorded stages (CRM)"), int(Show::Recorded));
    m_summary->setObjectName(u"recordedStagesSummary"_qs);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setMinimumHeight(160);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this, &RecordedStagesPanel::showColumns);
    showColumns();
}

void RecordedStagesPanel::showResult(const DashboardResult &result)
{
    const RecordedComparison &comparison = result.recorded;
    m_model->setComparison(comparison);
    QStringList lines;
    if (comparison.withRecorded == 0)
        lines << tr("No lead has a stage recorded by the CRM. Import its lifecycle dates or yes/no columns "
                    "(HubSpot's \"Became a … Date\", Salesforce's converted date) to compare.");
    else
        lines << tr("Of %1 leads, %2 have a stage recorded by the CRM; the model places %3 differently.")
                     .arg(DashboardFormat::count(comparison.leads), DashboardFormat::count(comparison.withRecorded),
                          DashboardFormat::count(comparison.placedDifferently));
    const StageCounts &stages = result.report.stages;
    if (stages.undated > 0)
        lines << tr("%1 leads with undated outcomes: counted in the stage counts, left out of every figure that "
                    "needs an outcome's date.")
                     .arg(DashboardFormat::count(stages.undated));
    if (stages.undatedLeftOut > 0 || comparison.undatedLeftOut > 0)
        lines << tr("%1 leads with undated outcomes and %2 with undated recorded stages left out: the analysis date "
                    "is before the workspace's.")
                     .arg(DashboardFormat::count(stages.undatedLeftOut),
                          DashboardFormat::count(comparison.undatedLeftOut));
    m_summary->setText(lines.join(u'\n'));
}

void RecordedStagesPanel::setShow(Show show)
{
    m_show->setCurrentIndex(std::max(0, m_show->findData(int(show))));
}

RecordedStagesPanel::Show RecordedStagesPanel::show() const
{
    return Show(m_show->currentData().toInt());
}

QString RecordedStagesPanel::summary() const
{
    return m_summary->text();
}

void RecordedStagesPanel::showColumns()
{
    using C = RecordedStagesModel::Column;
    const Show shown = show();
    for (int column = C::Crm; column < C::ColumnCount; ++column) {
        const bool crm = column == C::Crm || column == C::CrmUndated;
        const bool visible = shown == Show::Comparison || (shown == Show::Computed && column == C::Model)
                             || (shown == Show::Recorded && crm);
        m_view->setColumnHidden(column, !visible);
    }
}

} // namespace LeadStage
