#include "ReportPreview.h"

#include "ReportPages.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

constexpr int pageMargin = 12; // around the page, so its shadow shows
constexpr int pageGap = 16;    // between two pages side by side

} // namespace

ReportPreview::ReportPreview(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_pageArea(new QWidget(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyText(new QLabel(tr("Preparing preview…"), this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_pageLabel(new QLabel(this))
{
    setObjectName(u"reportPreview"_qs);
    m_pageArea->setObjectName(u"previewPage"_qs);
    m_pageArea->installEventFilter(this);
    m_pageArea->setMinimumSize(240, 300);
    m_message->setObjectName(u"previewMessage"_qs);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_pageArea);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous page"));
    m_previous->setAutoRepeat(true);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next page"));
    m_next->setAutoRepeat(true);
    m_pageLabel->setObjectName(u"previewPageLabel"_qs);
    m_pageLabel->setMinimumWidth(m_pageLabel->fontMetrics().horizontalAdvance(tr("Page %1 of %2").arg(88).arg(88)));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(std::max(0, m_page - m_shown)); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + m_shown); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_busy);
    bar->addWidget(m_busyText);
    bar->addStretch();
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bar);

    setPreparing(false);
    showMessage(tr("Preparing preview…"));
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::setPreparing(bool preparing)
{
    m_busy->setVisible(preparing);
    m_busyText->setVisible(preparing);
}

bool ReportPreview::isPreparing() const
{
    return m_busyText->isVisibleTo(this);
}

void ReportPreview::setDocument(std::shared_ptr<const ReportDocument> document, PaperSize paper)
{
    m_document = std::move(document);
    m_paper = paper;
    layOut();
}

void ReportPreview::setPaper(PaperSize paper)
{
    if (paper == m_paper)
        return;
    m_paper = paper;
    if (m_document)
        layOut();
}

void ReportPreview::showMessage(const QString &sentence)
{
    m_document.reset();
    m_pages.reset();
    m_image = QImage();
    m_message->setText(sentence);
    m_stack->setCurrentWidget(m_message);
    updateNavigation();
}

QString ReportPreview::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ReportPreview::layOut()
{
    // The page the analyst was reading stays in view when the paper changes.
    m_pages = std::make_unique<ReportPages>(*m_document, m_paper);
    m_page = std::clamp(m_page, 0, std::max(0, m_pages->pageCount() - 1));
    m_stack->setCurrentWidget(m_pageArea);
    paintPage();
    updateNavigation();
}

int ReportPreview::pageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

QString ReportPreview::pageText() const
{
    return m_pageLabel->text();
}

void ReportPreview::showPage(int page)
{
    if (!m_pages || page < 0 || page >= m_pages->pageCount() || page == m_page)
        return;
    m_page = page;
    paintPage();
    updateNavigation();
}

void ReportPreview::updateNavigation()
{
    const int count = pageCount();
    m_previous->setVisible(count > 0);
    m_next->setVisible(count > 0);
    m_previous->setEnabled(count > 0 && m_page > 0);
    m_next->setEnabled(count > 0 && m_page + m_shown < count);
    if (count == 0)
        m_pageLabel->clear();
    else if (m_shown == 2)
        m_pageLabel->setText(tr("Pages %1–%2 of %3").arg(m_page + 1).arg(m_page + 2).arg(count));
    else
        m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(count));
}

// The page fitted into the area — two side by side when the area is wide enough
// that they lose little size — painted once per page, size and screen at the
// screen's pixel density: moving the mouse or the dialog never lays out again.
void ReportPreview::paintPage()
{
    m_image = QImage();
    m_shown = 1;
    if (!m_pages || m_pages->pageCount() == 0) {
        m_pageArea->update();
        return;
    }
    const QSizeF points = m_pages->pageSize();
    const QSizeF room = QSizeF(m_pageArea->size()) - QSizeF(2 * pageMargin, 2 * pageMargin);
    if (room.width() < 10 || room.height() < 10 || points.isEmpty())
        return;
    const double single = std::min(room.width() / points.width(), room.height() / points.height());
    const double spread = std::min((room.width() - pageGap) / (2 * points.width()), room.height() / points.height());
    if (spread >= 0.9 * single && m_page + 1 < m_pages->pageCount())
        m_shown = 2;
    const double scale = m_shown == 2 ? spread : single;
    const double ratio = m_pageArea->devicePixelRatioF();
    const QSizeF page = points * scale;
    const QSizeF logical(m_shown * page.width() + (m_shown - 1) * pageGap, page.height());
    m_image = QImage((logical * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(ratio);
    m_image.fill(Qt::transparent);
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int i = 0; i < m_shown; ++i) {
        painter.save();
        painter.translate(i * (page.width() + pageGap), 0);
        painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);
        painter.scale(scale, scale); // logical pixels per point; the ratio is the image's own
        m_pages->paint(painter, m_page + i);
        painter.restore();
    }
    painter.end();
    m_pageArea->update();
}

bool ReportPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pageArea) {
        if (event->type() == QEvent::Resize || event->type() == QEvent::ScreenChangeInternal) {
            paintPage();
            updateNavigation(); // one page or two may fit now
        } else if (event->type() == QEvent::Paint) {
            QPainter painter(m_pageArea);
            painter.fillRect(m_pageArea->rect(), palette().color(QPalette::Mid));
            if (!m_image.isNull()) {
                const QSizeF size = m_image.deviceIndependentSize();
                const QPointF origin((m_pageArea->width() - size.width()) / 2.0,
                                     (m_pageArea->height() - size.height()) / 2.0);
                const double pageWidth = (size.width() - (m_shown - 1) * pageGap) / m_shown;
                for (int i = 0; i < m_shown; ++i) // a shadow under each page
                    painter.fillRect(
                        QRectF(origin + QPointF(i * (pageWidth + pageGap) + 3, 3), QSizeF(pageWidth, size.height())),
                        QColor(0, 0, 0, 60));
                painter.drawImage(origin, m_image);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace LeadStage
