#include "CapacityPanel.h"
#include "common/PlotPalette.h"

#include "ModelDraft.h"
#include "common/BackgroundJobs.h"
#include "common/DisplayFormat.h"
#include "common/QCustomPlotInclude.h"
#include "common/StageColors.h"
#include "shell/WindowWording.h"
#include "tuning/ModelEvaluation.h"
#include "tuning/ThresholdReach.h"
#include "tuning/WhatIfSession.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace LeadStage {

namespace {

QString percent(double share)
{
    return std::isfinite(share) ? DisplayFormat::percent(share) : u"–"_qs;
}

QString count(std::int64_t value)
{
    return DisplayFormat::count(value);
}

QString perMonth(double value)
{
    return DisplayFormat::decimal(value, 1);
}

const QColor precisionColor(0x0e, 0x74, 0x90);
const QColor recallColor(0xb4, 0x53, 0x09);
const QColor proposedColor(0x15, 0x80, 0x3d);
const QColor capacityColor(0xb9, 0x1c, 0x1c);

} // namespace

CapacityPanel::CapacityPanel(ModelDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_capacityOn(new QCheckBox(tr("Sales can work"), this))
    , m_capacity(new QSpinBox(this))
    , m_catchOn(new QCheckBox(tr("Catch at least"), this))
    , m_catch(new QSpinBox(this))
    , m_months(new QSpinBox(this))
    , m_plot(new QCustomPlot(this))
    , m_mqls(m_plot->addGraph(m_plot->xAxis, m_plot->yAxis))
    , m_precision(m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2))
    , m_recall(m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2))
    , m_currentLine(new QCPItemStraightLine(m_plot))
    , m_proposedLine(new QCPItemStraightLine(m_plot))
    , m_capacityLine(new QCPItemStraightLine(m_plot))
    , m_status(new QLabel(this))
    , m_current(new QLabel(this))
    , m_proposed(new QLabel(this))
    , m_apply(new QPushButton(tr("Use proposed threshold"), this))
{
    setObjectName(u"capacityPanel"_qs);
    BackgroundJobs::keepThreads(m_pool, 2); // a cancelled question may overlap the next until its next chunk
    m_capacityOn->setObjectName(u"capacityOn"_qs);
    m_capacity->setObjectName(u"capacity"_qs);
    m_catchOn->setObjectName(u"catchOn"_qs);
    m_catch->setObjectName(u"catchShare"_qs);
    m_months->setObjectName(u"capacityMonths"_qs);
    m_plot->setObjectName(u"capacityPlot"_qs);
    m_status->setObjectName(u"capacityStatus"_qs);
    m_current->setObjectName(u"capacityCurrent"_qs);
    m_proposed->setObjectName(u"capacityProposed"_qs);
    m_apply->setObjectName(u"useProposedThreshold"_qs);

    m_capacityOn->setChecked(true);
    m_capacity->setRange(1, 10'000'000);
    m_capacity->setValue(200);
    m_capacity->setSuffix(tr(" MQLs a month"));
    m_catch->setRange(1, 100);
    m_catch->setValue(80);
    m_catch->setSuffix(tr(" % of eventual outcomes"));
    m_catch->setEnabled(false);
    m_months->setRange(1, 120);
    m_months->setValue(ThresholdReach::defaultMonths);
    m_months->setPrefix(tr("over the last "));
    m_months->setSuffix(tr(" months"));
    m_months->setToolTip(tr("MQLs are counted over these 30-day months up to the analysis date"));

    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        axis->grid()->setPen(QPen(QColor(0xe2, 0xe8, 0xf0)));
        axis->setBasePen(QPen(QColor(0x94, 0xa3, 0xb8)));
        axis->setTickPen(QPen(QColor(0x94, 0xa3, 0xb8)));
        axis->setSubTickPen(Qt::NoPen);
    }
    PlotPalette::follow(m_plot);
    m_plot->setMinimumHeight(200);
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->grid()->setVisible(false);
    m_plot->yAxis2->setRange(0, 100);
    m_plot->xAxis->setLabel(tr("MQL threshold (points)"));
    m_plot->yAxis->setLabel(tr("MQLs a month"));
    m_plot->yAxis2->setLabel(tr("precision, recall (%)"));
    m_mqls->setName(tr("MQLs a month"));
    m_mqls->setPen(QPen(StageColors::of(Stage::MQL), 2));
    m_mqls->setLineStyle(QCPGraph::lsStepLeft); // a row holds up to the next row's threshold
    m_precision->setName(tr("precision"));
    m_precision->setPen(QPen(precisionColor, 1.5));
    m_precision->setLineStyle(QCPGraph::lsStepLeft);
    m_recall->setName(tr("recall"));
    m_recall->setPen(QPen(recallColor, 1.5));
    m_recall->setLineStyle(QCPGraph::lsStepLeft);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_currentLine->setPen(QPen(StageColors::of(Stage::MQL), 1.5, Qt::DashLine));
    m_proposedLine->setPen(QPen(proposedColor, 2.5));
    m_capacityLine->setPen(QPen(capacityColor, 1.2, Qt::DashLine));
    for (QCPItemStraightLine *line : {m_currentLine, m_proposedLine, m_capacityLine})
        line->setVisible(false);
    m_plot->setMouseTracking(true);

    for (QLabel *label : {m_status, m_current, m_proposed}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_apply->setEnabled(false);

    auto *inputs = new QGridLayout;
    inputs->addWidget(m_capacityOn, 0, 0);
    inputs->addWidget(m_capacity, 0, 1);
    inputs->addWidget(m_catchOn, 1, 0);
    inputs->addWidget(m_catch, 1, 1);
    inputs->addWidget(m_months, 2, 1); // under the others: the section stays as narrow as the window allows
    inputs->setColumnStretch(2, 1);
    auto *apply = new QHBoxLayout;
    apply->addWidget(m_proposed, 1);
    apply->addWidget(m_apply, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_current);
    layout->addLayout(apply);
    layout->addWidget(m_status);

    m_delay.setObjectName(u"capacityDelay"_qs); // a slow timeout says whose it is (bench/SlowEvents.h)
    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(&m_delay, &QTimer::timeout, this, &CapacityPanel::compute);
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &CapacityPanel::finished);
    connect(m_capacityOn, &QCheckBox::toggled, m_capacity, &QWidget::setEnabled);
    connect(m_catchOn, &QCheckBox::toggled, m_catch, &QWidget::setEnabled);
    for (QCheckBox *box : {m_capacityOn, m_catchOn})
        connect(box, &QCheckBox::toggled, this, &CapacityPanel::propose);
    for (QSpinBox *box : {m_capacity, m_catch})
        connect(box, &QSpinBox::valueChanged, this, &CapacityPanel::propose);
    connect(m_months, &QSpinBox::valueChanged, this, &CapacityPanel::schedule);
    connect(m_draft, &ModelDraft::draftChanged, this, &CapacityPanel::schedule);
    connect(m_apply, &QPushButton::clicked, this, &CapacityPanel::apply);
    connect(m_plot, &QCustomPlot::mouseMove, this, &CapacityPanel::hover);
    showCurve();
}

CapacityPanel::~CapacityPanel()
{
    if (m_cancel)
        m_cancel->cancel();
    m_pool.waitForDone();
}

void CapacityPanel::setSession(std::shared_ptr<const WhatIfSession> session)
{
    if (session == m_session)
        return; // every back-test tells its session: only a new one asks again
    m_session = std::move(session);
    schedule();
}

void CapacityPanel::setBackTest(const BackTestRequest &request)
{
    BackTestRequest wanted = request;
    if (wanted.moment == BackTestMoment::AtMql)
        wanted = {request.outcome,     BackTestMoment::AsOf,  0,
                  request.horizonDays, request.recordedStage, request.recorded};
    if (wanted == m_request)
        return;
    m_request = wanted;
    schedule();
}

CapacityConstraints CapacityPanel::constraints() const
{
    CapacityConstraints constraints;
    if (m_capacityOn->isChecked())
        constraints.mqlsPerMonth = m_capacity->value();
    if (m_catchOn->isChecked())
        constraints.catchShare = m_catch->value() / 100.0;
    return constraints;
}

void CapacityPanel::schedule()
{
    // The answer on show is for an older question from now on.
    ++m_generation;
    if (m_cancel)
        m_cancel->cancel();
    m_computing = m_session != nullptr;
    if (m_computing)
        m_status->setText(tr("Computing the capacity curve…"));
    m_delay.start();
}

void CapacityPanel::compute()
{
    if (!m_session) {
        m_computing = false;
        m_curve.reset();
        showCurve();
        Q_EMIT computed();
        return;
    }
    auto cancel = std::make_shared<Progress>();
    m_cancel = cancel;
    const std::uint64_t generation = m_generation;
    m_computing = true;
    m_watcher.setFuture(
        BackgroundJobs::run(&m_pool, [session = m_session, model = m_draft->model(), request = m_request,
                                      months = m_months->value(), generation, cancel]() mutable {
            Answer answer;
            answer.generation = generation;
            const std::int64_t dataEnd = session->asOf();
            if (request.moment == BackTestMoment::AsOf && request.asOf == 0)
                request.asOf = ModelEvaluation::defaultAsOf(dataEnd, request.horizonDays);
            auto population = BackTest::build(model, session->input(), request, dataEnd, cancel.get());
            if (!population) {
                answer.error = population.error();
                return answer;
            }
            auto reach = ThresholdReach::collect(model, session->input(), *population, months, cancel.get());
            if (!reach) {
                answer.error = reach.error();
                return answer;
            }
            answer.curve = CapacityCurve::of(*reach, *population);
            return answer;
        }));
}

void CapacityPanel::finished()
{
    const Answer answer = m_watcher.result();
    if (answer.generation != m_generation)
        return; // a newer question is on its way
    m_computing = false;
    m_curve = answer.curve;
    m_status->setText(answer.error.what.isEmpty() ? QString() : forWindow(answer.error).toString());
    showCurve();
    Q_EMIT computed();
}

void CapacityPanel::propose()
{
    m_proposal = m_curve ? m_curve->propose(constraints()) : CapacityProposal{};
    showProposal();
}

void CapacityPanel::showCurve()
{
    QVector<double> thresholds, mqls, precision, recall;
    if (m_curve) {
        for (const CapacityRow &row : m_curve->rows()) {
            thresholds.append(row.threshold);
            mqls.append(row.mqlsPerMonth);
            precision.append(std::isfinite(row.precision) ? 100 * row.precision : 0);
            recall.append(std::isfinite(row.recall) ? 100 * row.recall : 0);
        }
    }
    m_mqls->setData(thresholds, mqls, true);
    m_precision->setData(thresholds, precision, true);
    m_recall->setData(thresholds, recall, true);
    if (!thresholds.isEmpty()) {
        // The rows run far past where anything happens: the chart stops a little after the
        // proposal and the current threshold, or where the curve flattens out.
        double top = 1;
        for (double value : mqls)
            top = std::max(top, value);
        m_plot->xAxis->setRange(thresholds.front() - 1, thresholds.back() + 1);
        m_plot->yAxis->setRange(0, top * 1.1);
    }
    const bool shown = m_curve.has_value();
    if (shown) {
        const CapacityRow current = m_curve->current();
        m_currentLine->point1->setCoords(current.threshold, 0);
        m_currentLine->point2->setCoords(current.threshold, 1);
        m_current->setText(tr("Now, at MQL ≥ %1: %2 MQLs a month over the last %n month(s), precision %3, recall %4 "
                              "(%5 of %6 outcomes; back-test of %7 leads).",
                              nullptr, m_curve->months())
                               .arg(current.threshold)
                               .arg(perMonth(current.mqlsPerMonth), percent(current.precision), percent(current.recall),
                                    count(current.selectedPositives), count(m_curve->positives()),
                                    count(m_curve->cases())));
    } else {
        m_current->setText(m_session ? QString() : tr("Open a workspace with outcomes to see the capacity curve."));
    }
    m_currentLine->setVisible(shown);
    Q_EMIT curveChanged(thresholds, mqls);
    propose(); // replots
}

void CapacityPanel::showProposal()
{
    using Verdict = CapacityProposal::Verdict;
    const CapacityConstraints asked = constraints();
    m_capacityLine->setVisible(m_curve && asked.mqlsPerMonth);
    if (asked.mqlsPerMonth) {
        m_capacityLine->point1->setCoords(0, *asked.mqlsPerMonth);
        m_capacityLine->point2->setCoords(1, *asked.mqlsPerMonth);
    }
    const std::optional<CapacityRow> &row = m_proposal.row;
    m_proposedLine->setVisible(row.has_value());
    if (row) {
        m_proposedLine->point1->setCoords(row->threshold, 0);
        m_proposedLine->point2->setCoords(row->threshold, 1);
    }
    QString text;
    if (!m_curve) {
        text.clear();
    } else if (!asked.mqlsPerMonth && !asked.catchShare) {
        text = tr("Give what sales can work a month, the share of outcomes to catch, or both.");
    } else {
        const QString figures =
            row ? tr("%1 MQLs a month, precision %2, recall %3")
                      .arg(perMonth(row->mqlsPerMonth), percent(row->precision), percent(row->recall))
                : QString();
        switch (m_proposal.verdict) {
        case Verdict::CapacityOnly:
            text = tr("Proposed: MQL ≥ %1, the lowest threshold from which MQLs stay within %2 a month: %3.")
                       .arg(row->threshold)
                       .arg(asked.mqlsPerMonth.value())
                       .arg(figures);
            break;
        case Verdict::Both:
            text = tr("Proposed: MQL ≥ %1 meets both: %2.").arg(row->threshold).arg(figures);
            break;
        case Verdict::CatchOnly:
            text = tr("Proposed: MQL ≥ %1, the highest threshold that still catches %2: %3.")
                       .arg(row->threshold)
                       .arg(percent(asked.catchShare.value()), figures);
            break;
        case Verdict::CapacityWins:
            text = tr("No threshold meets both. Sales' capacity wins: MQL ≥ %1 keeps within %2 a month but catches "
                      "only %3 of the outcomes (%4 asked): %5.")
                       .arg(row->threshold)
                       .arg(asked.mqlsPerMonth.value())
                       .arg(percent(row->recall), percent(asked.catchShare.value()), figures);
            break;
        case Verdict::NoThreshold:
            text = asked.mqlsPerMonth
                       ? tr("No threshold keeps MQLs within %1 a month: triggers and the ICP threshold make MQLs "
                            "whatever the threshold (%2 a month at the highest).")
                             .arg(asked.mqlsPerMonth.value())
                             .arg(perMonth(m_curve->rows().empty() ? 0 : m_curve->rows().back().mqlsPerMonth))
                       : tr("No threshold catches %1 of the outcomes: even the lowest catches %2.")
                             .arg(percent(asked.catchShare.value()),
                                  percent(m_curve->rows().empty() ? NAN : m_curve->rows().front().recall));
            break;
        }
    }
    m_proposed->setText(text);
    m_apply->setEnabled(row.has_value() && row->threshold != m_draft->model().thresholds.mql);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CapacityPanel::apply()
{
    if (!m_proposal.row)
        return;
    Thresholds thresholds = m_draft->model().thresholds;
    thresholds.mql = m_proposal.row->threshold;
    if (Status status = m_draft->setThresholds(thresholds); !status)
        m_status->setText(status.error().toString());
    showProposal(); // the button is for a threshold the draft does not have yet
}

QString CapacityPanel::toolTipAt(int threshold) const
{
    if (!m_curve || m_curve->rows().empty())
        return {};
    const CapacityRow row = m_curve->at(std::max(threshold, m_curve->rows().front().threshold));
    return tr("MQL ≥ %1\n%2 MQLs a month (%3 in %n month(s))\nprecision %4 (%5 of %6 MQLs reached the outcome)\n"
              "recall %7 (%5 of %8 outcomes)",
              nullptr, m_curve->months())
        .arg(row.threshold)
        .arg(perMonth(row.mqlsPerMonth), count(row.mqls), percent(row.precision), count(row.selectedPositives),
             count(row.selected), percent(row.recall), count(m_curve->positives()));
}

void CapacityPanel::hover(QMouseEvent *event)
{
    if (!m_curve)
        return;
    const int threshold = int(std::lround(m_plot->xAxis->pixelToCoord(event->position().x())));
    QToolTip::showText(event->globalPosition().toPoint(), toolTipAt(threshold), m_plot);
}

} // namespace LeadStage
