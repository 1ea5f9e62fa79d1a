#include "CellTextDelegate.h"

#include <QApplication>
#include <QPainter>

namespace LeadStage {

namespace {
// Enough for every cell of a few screens of a table; past it the texts are laid out again.
constexpr qsizetype mostKeptTexts = 8192;

QStaticText layOut(const QString &text, const QFont &font)
{
    QStaticText laid(text);
    laid.setTextFormat(Qt::PlainText);
    laid.prepare(QTransform(), font);
    return laid;
}

bool isOneLine(const QString &text)
{
    return !text.contains(u'\n') && !text.contains(QChar::LineSeparator);
}
} // namespace

CellTextDelegate::CellTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

const QStaticText *CellTextDelegate::laidOut(const QString &text, const QFont &font, const QWidget *widget) const
{
    if (font != m_font) {
        if (!widget || font != widget->font())
            return nullptr;
        m_font = font; // the view's font changed (a theme, a zoom): laid out for the old one
        m_texts.clear();
    }
    if (auto kept = m_texts.constFind(text); kept != m_texts.constEnd())
        return &*kept;
    if (m_texts.size() >= mostKeptTexts)
        m_texts.clear();
    return &*m_texts.insert(text, layOut(text, font));
}

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    // A check box or an icon beside the text: the style places them, and the text after them.
    constexpr auto besideText = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration;
    if (cell.text.isEmpty() || (cell.features & besideText) || !isOneLine(cell.text)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The cell less the margin the style leaves on each side of a text. (Asking the style
    // for the text's rectangle lays the text out, which is the cost this class avoids.)
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    QStaticText unkept;
    const QStaticText *laid = laidOut(cell.text, cell.font, widget);
    if (!laid) {
        unkept = layOut(cell.text, cell.font);
        laid = &unkept;
    }
    const QSizeF size = laid->size();
    const bool tooWide = size.width() > textRect.width();
    if ((cell.features & QStyleOptionViewItem::WrapText) && tooWide) {
        QStyledItemDelegate::paint(painter, option, index); // wrapped over lines, as the style wraps
        return;
    }
    const QString text = std::exchange(cell.text, QString());
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled)  ? QPalette::Disabled
                                       : !(cell.state & QStyle::State_Active) ? QPalette::Inactive
                                                                              : QPalette::Normal;
    painter->save();
    painter->setPen(
        cell.palette.color(group, (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(cell.font);
    painter->setClipRect(cell.rect, Qt::IntersectClip); // as the style clips: a glyph may lean past the margin
    // Placed as the style places its one-line layout: the line as wide as the text's room,
    // its height truncated, aligned on whole pixels; the text within the line on fractions
    // of a pixel; an elided text from the line's start.
    const QRect line = QStyle::alignedRect(cell.direction, cell.displayAlignment,
                                           QSize(textRect.width(), int(size.height())), textRect);
    if (tooWide) {
        const QFontMetrics metrics(cell.font);
        painter->drawText(QPointF(line.left(), line.top() + QFontMetricsF(cell.font).ascent()),
                          metrics.elidedText(text, cell.textElideMode, textRect.width()));
    } else {
        const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
        const qreal room = line.width() - size.width();
        const qreal x = line.left()
                        + ((alignment & Qt::AlignRight)     ? room
                           : (alignment & Qt::AlignHCenter) ? room / 2
                                                            : 0.0);
        painter->drawStaticText(QPointF(x, line.top()), *laid);
    }
    painter->restore();
}

} // namespace LeadStage
