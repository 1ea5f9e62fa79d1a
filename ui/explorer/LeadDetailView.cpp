#include "LeadDetailView.h"

#include "EventTableModel.h"
#include "LedgerTableModel.h"
#include "ScoreTimelinePlot.h"
#include "common/ElidedLabel.h"
#include "common/StageColors.h"
#include "common/TableActions.h"
#include "common/TimeFormat.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

QTableView *compactTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *sectionLabel(const QString &text)
{
    auto *label = new QLabel(u"<b>%1</b>"_qs.arg(text.toHtmlEscaped()));
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

} // namespace

LeadDetailView::LeadDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new ElidedLabel(this))
    , m_subtitle(new QLabel(this))
    , m_fields(new QFormLayout)
    , m_timeline(new ScoreTimelinePlot(this))
    , m_tabs(new QTabWidget(this))
    , m_ledgerModel(new LedgerTableModel(this))
    , m_eventModel(new EventTableModel(this))
    , m_ledgerView(compactTable(m_ledgerModel, this))
    , m_eventView(compactTable(m_eventModel, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"leadTitle"_qs);
    m_subtitle->setTextFormat(Qt::RichText);
    // A long model name wraps instead of widening the window.
    m_subtitle->setWordWrap(true);

    auto *fieldsHost = new QWidget;
    m_fields->setLabelAlignment(Qt::AlignRight);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A long column name of the imported file puts its value on the next line, not off-screen.
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fieldsHost->setLayout(m_fields);
    auto *fieldsScroll = new QScrollArea(this);
    fieldsScroll->setWidget(fieldsHost);
    fieldsScroll->setWidgetResizable(true);
    fieldsScroll->setFrameShape(QFrame::NoFrame);
    fieldsScroll->setMinimumWidth(250);

    TableActions::add(m_ledgerView, u"score-ledger.csv"_qs);
    TableActions::add(m_eventView, u"lead-events.csv"_qs);
    m_tabs->addTab(m_ledgerView, tr("Why this score"));
    m_tabs->addTab(m_eventView, tr("Events"));

    auto *chartAndTabs = new QSplitter(Qt::Vertical, this);
    chartAndTabs->addWidget(m_timeline);
    chartAndTabs->addWidget(m_tabs);
    chartAndTabs->setStretchFactor(0, 1);
    chartAndTabs->setStretchFactor(1, 1);
    chartAndTabs->setSizes({240, 260});

    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(fieldsScroll);
    body->addWidget(chartAndTabs);
    body->setStretchFactor(0, 0);
    body->setStretchFactor(1, 1);
    body->setSizes({300, 900});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(body, 1);
    clear(tr("Select a lead to see why it has its score."));
}

void LeadDetailView::clear(const QString &message)
{
    m_detail.reset();
    m_title->setFullText(message);
    m_subtitle->clear();
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_timeline->setDetail(nullptr);
    // Nothing to draw: no empty axes, and the page's first show (1 M leads behind it) does
    // not pay for the plot's paint buffers until a lead is chosen.
    m_timeline->hide();
    m_ledgerModel->setLedger(std::nullopt);
    m_eventModel->setEvents({});
}

void LeadDetailView::setDetail(const std::shared_ptr<const LeadDetail> &detail)
{
    m_detail = detail;
    m_title->setFullText(detail->title.isEmpty() ? tr("Lead #%1").arg(detail->id) : detail->title);
    const std::optional<Stage> stage = stageFromName(detail->stage);
    if (detail->scored && stage) {
        const QString badge = u"<span style=\"background:%1;color:white;\">&nbsp;%2&nbsp;</span>"_qs.arg(
            StageColors::of(*stage).name(), detail->stage.toHtmlEscaped());
        m_subtitle->setText(
            tr("%1 &nbsp; grade %2 &nbsp; engagement %3 &nbsp; <span style=\"color:#555\">model %4</span>")
                .arg(badge, detail->grade.toHtmlEscaped())
                .arg(detail->storedEngagement)
                .arg(detail->modelName.toHtmlEscaped()));
    } else {
        // No grade nor engagement to show: saying "grade" with nothing after it looks broken.
        m_subtitle->setText(tr("not scored yet &nbsp; <span style=\"color:#555\">model %1</span>")
                                .arg(detail->modelName.toHtmlEscaped()));
    }
    fillFields(*detail);
    m_timeline->setDetail(detail);
    m_timeline->show();
    m_ledgerModel->setLedger(detail->ledger);
    m_eventModel->setEvents(detail->events);
    m_ledgerView->resizeColumnsToContents();
    m_eventView->resizeColumnsToContents();
    m_ledgerView->scrollToBottom();
}

QString LeadDetailView::title() const
{
    return m_title->fullText();
}

void LeadDetailView::fillFields(const LeadDetail &detail)
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    const auto addRow = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_fields->addRow(label, field);
    };
    for (const auto &[label, value] : detail.fields)
        addRow(label, value);
    m_fields->addRow(sectionLabel(tr("Stage moments")));
    for (const StageMoment &moment : detail.moments)
        addRow(stageTitle(moment.stage), moment.at ? isoUtc(*moment.at) : u"—"_qs);
    if (detail.lostAt)
        addRow(tr("Lost"), isoUtc(*detail.lostAt));
    if (!detail.attrs.empty()) {
        m_fields->addRow(sectionLabel(tr("Other columns")));
        for (const auto &[key, value] : detail.attrs)
            addRow(key, value);
    }
}

} // namespace LeadStage
