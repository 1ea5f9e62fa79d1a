#pragma once

#include <QSpinBox>

namespace LeadStage {

class ModelDraft;

// A spin box for one of the draft's numbers: while it has the focus it holds an
// editing session, so typing "120" or holding an arrow is one undo step. It commits
// as the value changes (keyboard tracking), which keeps the what-if live.
class DraftSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    DraftSpinBox(ModelDraft *draft, int minimum, int maximum, QWidget *parent = nullptr);

    // Shows `value` without reporting it as an edit.
    void display(int value);

Q_SIGNALS:
    void edited(int value);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    ModelDraft *m_draft;
    int m_session = 0;
    bool m_showing = false;
};

} // namespace LeadStage
