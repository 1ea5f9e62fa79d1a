#include "DraftSpinBox.h"

#include "ModelDraft.h"

namespace LeadStage {

DraftSpinBox::DraftSpinBox(ModelDraft *draft, int minimum, int maximum, QWidget *parent)
    : QSpinBox(parent)
    , m_draft(draft)
{
    setRange(minimum, maximum);
    setKeyboardTracking(true);
    setAlignment(Qt::AlignRight);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_showing)
            Q_EMIT edited(value);
    });
}

void DraftSpinBox::display(int value)
{
    if (value == this->value())
        return;
    m_showing = true;
    setValue(value);
    m_showing = false;
}

void DraftSpinBox::focusInEvent(QFocusEvent *event)
{
    m_session = m_draft->beginEditSession();
    QSpinBox::focusInEvent(event);
}

void DraftSpinBox::focusOutEvent(QFocusEvent *event)
{
    QSpinBox::focusOutEvent(event);
    m_draft->endEditSession(m_session);
}

} // namespace LeadStage
