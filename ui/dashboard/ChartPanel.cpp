#include "ChartPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace LeadStage {

ChartPanel::ChartPanel(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_layout(new QVBoxLayout(this))
    , m_empty(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"chartPanel"_qs);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_layout->setContentsMargins(10, 8, 10, 8);
    m_layout->addWidget(m_title);
    m_empty->setObjectName(u"emptyChart"_qs);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(24, 0, 24, 0);
    m_empty->hide();
    m_layout->addWidget(m_empty, 1);
    setMinimumHeight(300);
    setToolTip({});
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setChartWidget(QWidget *chart)
{
    m_chart = chart;
    m_layout->addWidget(chart, 1);
    // The chart widgets take the right button themselves; the menu is the panel's.
    chart->setContextMenuPolicy(Qt::NoContextMenu);
    // Until the first figures arrive there is nothing to draw: no axes over nothing.
    showEmpty(tr("Reading the figures…"));
}

void ChartPanel::showEmpty(const QString &sentence)
{
    m_empty->setText(sentence);
    m_empty->show();
    if (m_chart)
        m_chart->hide();
}

void ChartPanel::showChart()
{
    m_empty->hide();
    m_empty->clear();
    if (m_chart)
        m_chart->show();
}

QString ChartPanel::noLeadsSentence()
{
    return tr("No lead to show: the workspace holds none yet, or the filter selects none.");
}

QString ChartPanel::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

bool ChartPanel::isChartShown() const
{
    return m_chart && !m_chart->isHidden();
}

QImage ChartPanel::toImage() const
{
    const QSize size = m_chart ? m_chart->size() : this->size();
    const qreal ratio = devicePixelRatioF();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    render(&image, size);
    return image;
}

bool ChartPanel::exportPng(const QString &path) const
{
    return toImage().save(path, "PNG");
}

bool ChartPanel::exportSvg(const QString &path) const
{
    const QSize size = m_chart ? m_chart->size() : this->size();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title());
    generator.setDescription(tr("LeadStage dashboard chart"));
    render(&generator, size);
    return QFileInfo(path).size() > 0;
}

void ChartPanel::copyImage() const
{
    QApplication::clipboard()->setImage(toImage());
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    if (!isChartShown())
        return; // nothing drawn, nothing to export
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, [this] { exportWithDialog(false); });
    menu.addAction(tr("Export as SVG…"), this, [this] { exportWithDialog(true); });
    menu.addSeparator();
    menu.addAction(tr("Copy image"), this, [this] { copyImage(); });
    menu.exec(event->globalPos());
}

void ChartPanel::exportWithDialog(bool svg)
{
    const QString filter = svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString suggested = title().toLower().replace(u' ', u'-') + (svg ? u".svg"_qs : u".png"_qs);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!(svg ? exportSvg(path) : exportPng(path)))
        QMessageBox::warning(this, tr("Export chart"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace LeadStage
