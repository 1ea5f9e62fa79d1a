#include "NurturePanel.h"

#include "DraftSpinBox.h"
#include "DraftTablePanel.h"
#include "ModelDraft.h"
#include "NurtureStepTableModel.h"
#include "NurtureTrackTableModel.h"
#include "tuning/ModelValidator.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

NurturePanel::NurturePanel(ModelDraft *draft, QAbstractItemDelegate *trackDelegate, QAbstractItemDelegate *stepDelegate,
                           QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_stagnant(new DraftSpinBox(draft, 1, ModelValidator::maxStagnantDays, this))
{
    setObjectName(u"nurturePanel"_qs);
    DraftTablePanel::Actions tracks;
    tracks.add = [draft](int at) {
        return draft->addNurtureTrack(
            at, NurtureTrack{draft->unusedTrackId(u"track"_qs), tr("New track"), {u"IQL"_qs}, {}, {}});
    };
    tracks.remove = [draft](int row) { return draft->removeNurtureTrack(row); };
    tracks.move = [draft](int from, int to) { return draft->moveNurtureTrack(from, to); };
    m_tracks = new DraftTablePanel(tr("Track"), new NurtureTrackTableModel(draft, this), trackDelegate, tracks, this);
    m_tracks->setObjectName(u"nurtureTracks"_qs);
    m_tracks->view()->setColumnWidth(NurtureTrackTableModel::LabelColumn, 180);
    m_tracks->view()->setColumnWidth(NurtureTrackTableModel::StagesColumn, 200);
    m_tracks->view()->setColumnWidth(NurtureTrackTableModel::GradesColumn, 140);

    DraftTablePanel::Actions steps;
    steps.add = [draft](int at) {
        const auto &list = draft->model().nurture.steps;
        // A week after the step before it: the new step must start later to be valid.
        const int week = at > 0 && at <= int(list.size()) ? list[std::size_t(at - 1)].fromWeek + 1 : 1;
        return draft->addNurtureStep(at, NurtureStep{week, tr("New step")});
    };
    steps.remove = [draft](int row) { return draft->removeNurtureStep(row); };
    m_steps = new DraftTablePanel(tr("Step"), new NurtureStepTableModel(draft, this), stepDelegate, steps, this);
    m_steps->setObjectName(u"nurtureSteps"_qs);
    m_steps->view()->setColumnWidth(NurtureStepTableModel::WeekColumn, 90);

    m_stagnant->setObjectName(u"stagnantDays"_qs);
    m_stagnant->setSuffix(tr(" days"));
    m_stagnant->setToolTip(tr("A lead with no event for this many days before the analysis date is stagnant "
                              "(a lead with no events counts from its creation)"));
    auto *health = new QFormLayout;
    health->addRow(tr("Stagnant &after"), m_stagnant);
    auto *healthBox = new QGroupBox(tr("Health"), this);
    healthBox->setLayout(health);

    auto *tracksBox = new QGroupBox(tr("Tracks (the first that holds wins)"), this);
    (new QVBoxLayout(tracksBox))->addWidget(m_tracks);
    auto *stepsBox = new QGroupBox(tr("Steps (weeks since IQL)"), this);
    (new QVBoxLayout(stepsBox))->addWidget(m_steps);
    auto *side = new QVBoxLayout;
    side->addWidget(stepsBox, 1);
    side->addWidget(healthBox);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(tracksBox, 3);
    layout->addLayout(side, 2);

    for (DraftTablePanel *panel : {m_tracks, m_steps})
        connect(panel, &DraftTablePanel::refused, this, &NurturePanel::refused);
    connect(m_stagnant, &DraftSpinBox::edited, this, [this](int days) {
        if (Status status = m_draft->setStagnantDays(days); !status) {
            m_stagnant->display(m_draft->model().stagnantDays);
            Q_EMIT refused(status.error());
        }
    });
    connect(draft, &ModelDraft::draftChanged, this, [this] { m_stagnant->display(m_draft->model().stagnantDays); });
    m_stagnant->display(draft->model().stagnantDays);
}

} // namespace LeadStage
