#include "DecayPanel.h"

#include "DecayChart.h"
#include "DraftSpinBox.h"
#include "ModelDraft.h"
#include "RuleEditorSettings.h"
#include "tuning/DecayCurve.h"
#include "tuning/ModelValidator.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace LeadStage {

DecayPanel::DecayPanel(ModelDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_grace(new DraftSpinBox(draft, 0, ModelValidator::maxGraceMonths, this))
    , m_points(new DraftSpinBox(draft, 0, ModelValidator::maxDecayPoints, this))
    , m_start(new QSpinBox(this))
    , m_chart(new DecayChart(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"decayPanel"_qs);
    m_grace->setObjectName(u"decayGrace"_qs);
    m_points->setObjectName(u"decayPoints"_qs);
    m_start->setObjectName(u"decayStartScore"_qs);
    m_summary->setObjectName(u"decaySummary"_qs);
    m_grace->setSuffix(tr(" months"));
    m_grace->setToolTip(tr("Months (30 days each) without activity before the score starts to fall"));
    m_points->setSuffix(tr(" points"));
    m_points->setSpecialValueText(tr("no decay"));
    m_points->setToolTip(tr("Points lost for each further full month of inactivity, never below zero"));
    m_start->setRange(0, 10 * ModelValidator::maxPoints);
    m_start->setValue(RuleEditorSettings::decayStartScore().get());
    m_start->setSuffix(tr(" points"));
    m_start->setToolTip(tr("The engagement of the idle lead the chart follows (not part of the model)"));
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Grace"), m_grace);
    form->addRow(tr("&Decay per month"), m_points);
    auto *box = new QGroupBox(tr("Decay"), this);
    box->setLayout(form);
    auto *preview = new QFormLayout;
    preview->addRow(tr("&Start score"), m_start);
    auto *previewBox = new QGroupBox(tr("Chart"), this);
    previewBox->setLayout(preview);
    auto *side = new QVBoxLayout;
    side->addWidget(box);
    side->addWidget(previewBox);
    side->addWidget(m_summary);
    side->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addLayout(side);

    const auto edit = [this](DecayRule decay) {
        if (Status status = m_draft->setDecay(decay); !status) {
            showDraft();
            Q_EMIT refused(status.error());
        }
    };
    connect(m_grace, &DraftSpinBox::edited, this, [this, edit](int months) {
        DecayRule decay = m_draft->model().decay;
        decay.graceMonths = months;
        edit(decay);
    });
    connect(m_points, &DraftSpinBox::edited, this, [this, edit](int points) {
        DecayRule decay = m_draft->model().decay;
        decay.pointsPerMonth = points;
        edit(decay);
    });
    connect(m_start, &QSpinBox::valueChanged, this, [this](int score) {
        RuleEditorSettings::decayStartScore().set(score);
        showDraft();
    });
    connect(draft, &ModelDraft::draftChanged, this, &DecayPanel::showDraft);
    showDraft();
}

void DecayPanel::showDraft()
{
    const ScoringModel &model = m_draft->model();
    m_grace->display(model.decay.graceMonths);
    m_points->display(model.decay.pointsPerMonth);
    const int start = m_start->value();
    m_chart->showCurve(DecayCurve::idleLead(model.decay, start), model.thresholds.iql);
    const int below = DecayCurve::dayBelow(model.decay, start, model.thresholds.iql);
    const QString text = below < 0 ? tr("An idle lead at %1 points stays at or above the IQL threshold (%2) all year.")
                         : below == 0 ? tr("%1 points is below the IQL threshold (%2) already.")
                                      : tr("An idle lead at %1 points falls below the IQL threshold (%2) on day %3.")
                                            .arg(start)
                                            .arg(model.thresholds.iql)
                                            .arg(below);
    m_summary->setText(below <= 0 ? text.arg(start).arg(model.thresholds.iql) : text);
}

QString DecayPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace LeadStage
