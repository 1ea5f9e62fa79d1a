#include "PaysEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>

namespace LeadStage {

PaysEditor::PaysEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_count(new QSpinBox(this))
{
    setObjectName(u"paysEditor"_qs);
    setAutoFillBackground(true);
    m_mode->addItem(tr("each"), int(PayMode::Each));
    m_mode->addItem(tr("once"), int(PayMode::Once));
    m_mode->addItem(tr("at count"), int(PayMode::AtCount));
    m_mode->setToolTip(tr("each: every match pays; once: the first match; at count: once, at the N-th match"));
    m_count->setRange(2, 1000);
    m_count->setToolTip(tr("The match that pays (at least 2; at count 1 is “once”)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_mode, 3);
    layout->addWidget(m_count, 2);
    setFocusProxy(m_mode);
    connect(m_mode, &QComboBox::activated, this, [this] {
        m_count->setVisible(mode() == PayMode::AtCount);
        Q_EMIT changed();
    });
    connect(m_count, &QSpinBox::valueChanged, this, &PaysEditor::changed);
}

void PaysEditor::setPays(PayMode mode, int count)
{
    const QSignalBlocker blockMode(m_mode), blockCount(m_count);
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_count->setValue(std::max(2, count));
    m_count->setVisible(mode == PayMode::AtCount);
}

PayMode PaysEditor::mode() const
{
    return PayMode(m_mode->currentData().toInt());
}

int PaysEditor::count() const
{
    return mode() == PayMode::AtCount ? m_count->value() : 1;
}

} // namespace LeadStage
