#include "WrappedLabel.h"

#include <QEvent>

#include <algorithm>

namespace LeadStage {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::Shown WrappedLabel::shown() const
{
    return {text(), textFormat(), alignment(), margin(), indent(), contentsMargins(), wordWrap(), minimumSize()};
}

int WrappedLabel::heightForWidth(int width) const
{
    if (width <= 0)
        return QLabel::heightForWidth(width);
    if (Shown now = shown(); !(now == m_shown)) {
        m_shown = std::move(now);
        m_heights.fill({});
    }
    const auto kept =
        std::find_if(m_heights.begin(), m_heights.end(), [width](const QPoint &entry) { return entry.x() == width; });
    if (kept != m_heights.end())
        return kept->y();
    const int height = QLabel::heightForWidth(width);
    std::rotate(m_heights.begin(), m_heights.end() - 1, m_heights.end());
    m_heights.front() = QPoint(width, height);
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // A font or a style lays the same text out otherwise.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::LanguageChange)
        m_heights.fill({});
    QLabel::changeEvent(event);
}

} // namespace LeadStage
