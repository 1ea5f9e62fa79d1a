#pragma once

#include "common/Error.h"

#include <QWidget>

class QAbstractItemDelegate;

namespace LeadStage {

class DraftSpinBox;
class DraftTablePanel;
class ModelDraft;

// The nurture page: tracks in priority order, the steps of the sequence, and after
// how many quiet days a lead counts as stagnant.
class NurturePanel : public QWidget
{
    Q_OBJECT

public:
    NurturePanel(ModelDraft *draft, QAbstractItemDelegate *trackDelegate, QAbstractItemDelegate *stepDelegate,
                 QWidget *parent = nullptr);

    DraftTablePanel *tracks() const { return m_tracks; }
    DraftTablePanel *steps() const { return m_steps; }

Q_SIGNALS:
    void refused(const LeadStage::Error &error);

private:
    ModelDraft *m_draft;
    DraftTablePanel *m_tracks, *m_steps;
    DraftSpinBox *m_stagnant;
};

} // namespace LeadStage
