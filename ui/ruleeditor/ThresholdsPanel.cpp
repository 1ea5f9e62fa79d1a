#include "ThresholdsPanel.h"

#include "DraftSpinBox.h"
#include "ModelDraft.h"
#include "tuning/ModelValidator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace LeadStage {

ThresholdsPanel::ThresholdsPanel(ModelDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_ruler(new ThresholdRuler(this))
    , m_iql(new DraftSpinBox(draft, 0, 10 * ModelValidator::maxPoints, this))
    , m_mql(new DraftSpinBox(draft, 0, 10 * ModelValidator::maxPoints, this))
    , m_mqlIcp(new DraftSpinBox(draft, 0, 10 * ModelValidator::maxPoints, this))
    , m_pql(new DraftSpinBox(draft, 0, 10 * ModelValidator::maxPoints, this))
    , m_requiresIntent(new QCheckBox(tr("MQL needs intent"), this))
    , m_useIcp(new QCheckBox(tr("ICP fit (A, B): MQL at"), this))
{
    setObjectName(u"thresholdsPanel"_qs);
    m_iql->setObjectName(u"iqlThreshold"_qs);
    m_mql->setObjectName(u"mqlThreshold"_qs);
    m_mqlIcp->setObjectName(u"mqlIcpThreshold"_qs);
    m_pql->setObjectName(u"pqlThreshold"_qs);
    m_requiresIntent->setObjectName(u"mqlRequiresIntent"_qs);
    m_useIcp->setObjectName(u"useMqlIcp"_qs);
    m_iql->setToolTip(tr("A lead becomes an IQL the first time its engagement (info + intent − decay) reaches this"));
    m_mql->setToolTip(
        tr("A lead becomes an MQL when its engagement reaches this (with intent, when required) or a trigger fires"));
    m_mqlIcp->setToolTip(tr("The MQL threshold for leads of fit grade A or B; above IQL and below MQL"));
    m_pql->setToolTip(tr("A lead becomes a PQL when its product score reaches this"));
    m_useIcp->setToolTip(tr("A lower MQL threshold for leads of fit grade A or B"));
    m_requiresIntent->setToolTip(tr("Reaching the MQL score counts only after an intent rule paid or a trigger fired"));

    auto *form = new QFormLayout;
    form->addRow(tr("&IQL at engagement ≥"), m_iql);
    form->addRow(tr("&MQL at engagement ≥"), m_mql);
    form->addRow(QString(), m_requiresIntent);
    auto *icp = new QHBoxLayout;
    icp->addWidget(m_useIcp);
    icp->addWidget(m_mqlIcp);
    form->addRow(icp);
    form->addRow(tr("&PQL at product score ≥"), m_pql);
    auto *box = new QGroupBox(tr("Thresholds"), this);
    box->setLayout(form);
    auto *hint = new QLabel(tr("Drag a line on the histogram to move its threshold; the counts follow as you drag. "
                               "The bars are the workspace's current scores under the active model."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(u"color: #64748b"_qs);

    auto *side = new QVBoxLayout;
    side->addWidget(box);
    side->addWidget(hint);
    side->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_ruler, 1);
    layout->addLayout(side);

    const auto with = [this](auto change) {
        return [this, change](int value) {
            Thresholds thresholds = m_draft->model().thresholds;
            change(thresholds, value);
            edit(thresholds);
        };
    };
    connect(m_iql, &DraftSpinBox::edited, this, with([](Thresholds &t, int v) { t.iql = v; }));
    connect(m_mql, &DraftSpinBox::edited, this, with([](Thresholds &t, int v) { t.mql = v; }));
    connect(m_mqlIcp, &DraftSpinBox::edited, this, with([](Thresholds &t, int v) { t.mqlIcp = v; }));
    connect(m_pql, &DraftSpinBox::edited, this, with([](Thresholds &t, int v) { t.pql = v; }));
    connect(m_requiresIntent, &QCheckBox::toggled, this, [this](bool on) {
        Thresholds thresholds = m_draft->model().thresholds;
        thresholds.mqlRequiresIntent = on;
        edit(thresholds);
    });
    connect(m_useIcp, &QCheckBox::toggled, this, [this](bool on) {
        Thresholds thresholds = m_draft->model().thresholds;
        // Half-way between IQL and MQL is a fair first guess the analyst then tunes.
        thresholds.mqlIcp = on ? std::optional<int>((thresholds.iql + thresholds.mql) / 2) : std::nullopt;
        edit(thresholds);
    });
    connect(m_ruler, &ThresholdRuler::dragStarted, this, [this] { m_dragSession = m_draft->beginEditSession(); });
    connect(m_ruler, &ThresholdRuler::dragged, this, &ThresholdsPanel::drag);
    connect(m_ruler, &ThresholdRuler::dragFinished, this, [this] { m_draft->endEditSession(m_dragSession); });
    connect(draft, &ModelDraft::draftChanged, this, &ThresholdsPanel::showDraft);
    showDraft();
}

void ThresholdsPanel::setHistogram(const EngagementHistogram &histogram)
{
    m_ruler->setHistogram(histogram);
}

void ThresholdsPanel::edit(const Thresholds &thresholds)
{
    if (Status status = m_draft->setThresholds(thresholds); !status) {
        showDraft(); // the refused value goes back to what the draft holds
        Q_EMIT refused(status.error());
    }
}

void ThresholdsPanel::drag(ThresholdRuler::Handle handle, int score)
{
    Thresholds thresholds = m_draft->model().thresholds;
    switch (handle) {
    case ThresholdRuler::Iql:
        thresholds.iql = score;
        break;
    case ThresholdRuler::Mql:
        thresholds.mql = score;
        break;
    case ThresholdRuler::MqlIcp:
        thresholds.mqlIcp = score;
        break;
    default:
        thresholds.pql = score;
        break;
    }
    edit(thresholds);
}

void ThresholdsPanel::showDraft()
{
    const Thresholds &thresholds = m_draft->model().thresholds;
    m_iql->display(thresholds.iql);
    m_mql->display(thresholds.mql);
    m_pql->display(thresholds.pql);
    m_mqlIcp->display(thresholds.mqlIcp.value_or((thresholds.iql + thresholds.mql) / 2));
    m_mqlIcp->setEnabled(thresholds.mqlIcp.has_value());
    const QSignalBlocker blockIntent(m_requiresIntent), blockIcp(m_useIcp);
    m_requiresIntent->setChecked(thresholds.mqlRequiresIntent);
    m_useIcp->setChecked(thresholds.mqlIcp.has_value());
    m_ruler->setThresholds(thresholds);
}

} // namespace LeadStage
