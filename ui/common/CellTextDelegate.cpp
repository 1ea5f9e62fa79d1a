#include "CellTextDelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <utility>

namespace LeadStage {

namespace {
// Enough for every cell of a few screens of a table; past it the texts are laid out again.
constexpr qsizetype mostKeptTexts = 8192;

QStaticText layOut(const QString &text, const QFont &font, Qt::LayoutDirection direction)
{
    QStaticText laid(text);
    laid.setTextFormat(Qt::PlainText);
    // The view's direction, as the style's layout takes it: it orders a text that mixes
    // directions ("شركة ABC", "Acme Inc." in a right-to-left window).
    QTextOption option;
    option.setTextDirection(direction);
    laid.setTextOption(option);
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

CellTextDelegate::Laid *CellTextDelegate::laidOut(const QString &text, const QFont &font, Qt::LayoutDirection direction,
                                                  const QWidget *widget) const
{
    if (font != m_font || direction != m_direction) {
        if (!widget || font != widget->font() || direction != widget->layoutDirection())
            return nullptr;
        // The view's font or direction changed (a theme, a zoom, a language): laid out for the old.
        m_font = font;
        m_direction = direction;
        m_texts.clear();
    }
    if (auto kept = m_texts.find(text); kept != m_texts.end())
        return &*kept;
    if (m_texts.size() >= mostKeptTexts)
        m_texts.clear();
    return &*m_texts.insert(text, Laid{layOut(text, font, direction)});
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
    Laid unkept;
    Laid *kept = laidOut(cell.text, cell.font, cell.direction, widget);
    if (!kept)
        unkept.text = layOut(cell.text, cell.font, cell.direction);
    Laid &laid = kept ? *kept : unkept;
    const QSizeF size = laid.text.size();
    if (size.width() > textRect.width()) {
        QStyledItemDelegate::paint(painter, option, index); // elided (or wrapped) as the style does it
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
    painter->setFont(cell.font);                        // the font it was laid out in: another would lay it out again
    painter->setClipRect(cell.rect, Qt::IntersectClip); // as the style clips: a glyph may lean past the margin
    // Placed as the style places its one-line layout: the line as wide as the text's room,
    // its height truncated, aligned on whole pixels; the text within the line on fractions
    // of a pixel.
    const QRect line = QStyle::alignedRect(cell.direction, cell.displayAlignment,
                                           QSize(textRect.width(), int(size.height())), textRect);
    const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    qreal x = line.left();
    if (alignment & (Qt::AlignRight | Qt::AlignHCenter)) {
        // Aligned by the text's advance, as a text line aligns, which can differ from its
        // width (an Arabic text's last glyph: 58.5 against 59.5 pixels).
        if (laid.advance < 0)
            laid.advance = QFontMetricsF(cell.font).horizontalAdvance(text);
        const qreal room = line.width() - laid.advance;
        x += (alignment & Qt::AlignRight) ? room : room / 2;
    }
    painter->drawStaticText(QPointF(x, line.top()), laid.text);
    painter->restore();
}

} // namespace LeadStage
