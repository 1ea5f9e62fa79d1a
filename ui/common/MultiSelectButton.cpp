#include "MultiSelectButton.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyleOptionToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace LeadStage {

namespace {

// Past this many values the list offers a search box.
constexpr int searchFrom = 12;
// The widest a button grows, in average characters: "Campaign: Spring webinar…".
constexpr int widestButtonChars = 26;

} // namespace

MultiSelectButton::MultiSelectButton(const QString &name, QWidget *parent)
    : QToolButton(parent)
    , m_name(name)
{
    // A list inside the menu, not checkable actions: a menu closes on every click,
    // and ticking five campaigns should not take five trips.
    auto *menu = new QMenu(this);
    auto *content = new QWidget(menu);
    m_search = new QLineEdit(content);
    m_search->setPlaceholderText(tr("Find a value"));
    m_search->setClearButtonEnabled(true);
    m_search->hide();
    m_list = new QListWidget(content);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->viewport()->installEventFilter(this);
    auto *clear = new QPushButton(tr("Show all"), content);
    // The name as the button shows it: a lowered name reads wrong in German ("stufe").
    clear->setToolTip(tr("Untick every value: the %1 filter then lets every lead through").arg(name));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(clear, 0, Qt::AlignRight);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(content);
    menu->addAction(action);
    setMenu(menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateText();
        Q_EMIT selectionChanged();
    });
    connect(m_search, &QLineEdit::textChanged, this, &MultiSelectButton::showMatching);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (checked().isEmpty())
            return;
        setChecked({});
        Q_EMIT selectionChanged();
    });
    // Sized when it opens: the screen the button is on is known only then.
    connect(menu, &QMenu::aboutToShow, this, [this] {
        fitListToScreen();
        m_search->clear();
        if (m_search->isVisible())
            m_search->setFocus();
    });
    updateText();
}

void MultiSelectButton::setItems(const QStringList &items)
{
    const QStringList kept = checked();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString &text : items) {
            auto *item = new QListWidgetItem(text, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(kept.contains(text) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(text); // the whole value where the list elides it
        }
    }
    m_search->setVisible(items.size() > searchFrom);
    fitListToScreen();
    updateText();
}

QStringList MultiSelectButton::checked() const
{
    QStringList items;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            items << m_list->item(row)->text();
    return items;
}

void MultiSelectButton::setChecked(const QStringList &items)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setCheckState(items.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateText();
}

void MultiSelectButton::updateText()
{
    const QStringList selected = checked();
    if (selected.isEmpty())
        m_fullText = tr("%1: all").arg(m_name);
    else if (selected.size() == 1)
        m_fullText = tr("%1: %2").arg(m_name, selected.first());
    else
        m_fullText = tr("%1: %2 of %3").arg(m_name).arg(selected.size()).arg(m_list->count());
    setToolTip(selected.isEmpty() ? tr("All %1 values").arg(m_name.toLower()) : selected.join(u'\n'));
    showElidedText();
    updateGeometry();
}

int MultiSelectButton::textPadding() const
{
    // What the style adds around the text: frame, margins and the drop-down arrow, as
    // QToolButton::sizeHint() counts them, but the same whichever text is shown.
    QStyleOptionToolButton option;
    initStyleOption(&option);
    const QSize spaces(fontMetrics().horizontalAdvance(u' ') * 2, fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_ToolButton, &option, spaces, this).width();
}

QSize MultiSelectButton::sizeHint() const
{
    QSize size = QToolButton::sizeHint();
    const int widest = fontMetrics().averageCharWidth() * widestButtonChars;
    size.setWidth(textPadding() + std::min(fontMetrics().horizontalAdvance(m_fullText), widest));
    return size;
}

QSize MultiSelectButton::minimumSizeHint() const
{
    // Room for "Source…" at least; a long value never sets the window's minimum width.
    QSize size = QToolButton::minimumSizeHint();
    size.setWidth(textPadding() + fontMetrics().horizontalAdvance(m_name + u'…'));
    return size;
}

void MultiSelectButton::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    showElidedText();
}

void MultiSelectButton::showElidedText()
{
    const int room = width() - textPadding();
    // Measured as sizeHint() measures: elidedText() alone counts fractions of a pixel.
    const QString shown = fontMetrics().horizontalAdvance(m_fullText) <= room
                              ? m_fullText
                              : fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(room, 0));
    // setText() asks for a new layout; it settles, as the size hint follows fullText alone.
    if (shown != text())
        setText(shown);
}

void MultiSelectButton::fitListToScreen()
{
    const QRect available = (screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800));
    const int frame = 2 * m_list->frameWidth();
    const int rowHeight = m_list->count() ? m_list->sizeHintForRow(0) : fontMetrics().height() + 4;
    const int contentWidth = m_list->count() ? m_list->sizeHintForColumn(0) : 0;
    const int scrollBar = m_list->verticalScrollBar()->sizeHint().width();
    // A third of the screen at most; long values are elided in the middle, whole in the tooltip.
    const int width = std::clamp(contentWidth + frame + scrollBar + 8, std::max(220, this->width()),
                                 std::max(220, available.width() / 3));
    const int height = std::clamp(int(m_list->count()) * rowHeight + frame, rowHeight + frame,
                                  std::max(rowHeight * 4, available.height() / 2));
    m_list->setFixedSize(width, height);
}

void MultiSelectButton::showMatching(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setHidden(!m_list->item(row)->text().contains(text, Qt::CaseInsensitive));
}

bool MultiSelectButton::eventFilter(QObject *watched, QEvent *event)
{
    // A click anywhere on a row toggles it, its text as much as its box. The view is
    // kept out of the click: it would toggle again when the box itself was hit.
    if (watched == m_list->viewport()
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease
            || event->type() == QEvent::MouseButtonDblClick)) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        QListWidgetItem *item = m_list->itemAt(mouse->position().toPoint());
        if (!item || mouse->button() != Qt::LeftButton)
            return QToolButton::eventFilter(watched, event);
        if (event->type() == QEvent::MouseButtonRelease) {
            m_list->setCurrentItem(item);
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        }
        return true;
    }
    return QToolButton::eventFilter(watched, event);
}

} // namespace LeadStage
