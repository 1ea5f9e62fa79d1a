#include "CompactComboBox.h"

#include <QEvent>
#include <QStyleOptionComboBox>

#include <algorithm>

namespace LeadStage {

namespace {
// Room for the widest letters of a choice counted in 'x' widths.
constexpr int spareCharacters = 3;
} // namespace

CompactComboBox::CompactComboBox(QWidget *parent)
    : QComboBox(parent)
{}

void CompactComboBox::fitToLongestChoice(int mostCharacters)
{
    qsizetype longest = 0;
    for (int item = 0; item < count(); ++item)
        longest = std::max(longest, itemText(item).size());
    m_characters = charactersFor(longest, mostCharacters);
    m_hint = QSize();
    updateGeometry();
}

int CompactComboBox::charactersFor(qsizetype longest, int mostCharacters)
{
    return int(std::min<qsizetype>(longest + spareCharacters, std::max(1, mostCharacters)));
}

QSize CompactComboBox::sizeHint() const
{
    if (!m_hint.isValid()) {
        QStyleOptionComboBox option;
        initStyleOption(&option);
        const QFontMetrics metrics = fontMetrics();
        const QSize text(metrics.horizontalAdvance(QLatin1Char('x')) * m_characters, metrics.height());
        m_hint = style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this);
    }
    return m_hint;
}

QSize CompactComboBox::minimumSizeHint() const
{
    return sizeHint();
}

void CompactComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_hint = QSize();
    QComboBox::changeEvent(event);
}

} // namespace LeadStage
