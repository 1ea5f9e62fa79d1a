#include "KpiTile.h"

#include "metrics/KpiText.h"

#include <QGridLayout>
#include <QLabel>

namespace LeadStage {

KpiTile::KpiTile(IqlMetric metric, QWidget *parent)
    : QFrame(parent)
    , m_metric(metric)
    , m_title(new QLabel(KpiText::titleOf(metric), this))
    , m_value(new QLabel(this))
    , m_period(new QLabel(this))
    , m_change(new QLabel(this))
    , m_band(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"kpiTile"_qs);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_period->setForegroundRole(QPalette::PlaceholderText);
    m_band->setAlignment(Qt::AlignCenter);
    m_band->setContentsMargins(8, 2, 8, 2);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_value, 1, 0, 1, 2);
    layout->addWidget(m_period, 2, 0);
    layout->addWidget(m_change, 2, 1, Qt::AlignRight);
    layout->addWidget(m_band, 3, 0, 1, 2, Qt::AlignLeft);
    showFigure(KpiFigure{metric, {}, {}, {}, {}, {}});
}

QColor KpiTile::bandColor(BandPosition position)
{
    // Deliberately neutral about good and bad: for time to MQL "above" is slow,
    // for conversion it is good. Dark enough for white text in both themes.
    switch (position) {
    case BandPosition::Below:
        return QColor(0xb4, 0x53, 0x09); // amber
    case BandPosition::Within:
        return QColor(0x15, 0x80, 0x3d); // green
    case BandPosition::Above:
        return QColor(0x1d, 0x4e, 0xd8); // blue
    }
    return Qt::gray;
}

void KpiTile::showFigure(const KpiFigure &figure)
{
    // The texts come from core, where `leadstage metrics` takes them too.
    const KpiText text = KpiText::of(figure);
    m_value->setText(text.value);
    m_period->setText(text.period);
    m_change->setText(text.change);
    m_band->setText(text.band);
    const QColor background = figure.value && figure.band ? bandColor(*figure.band) : QColor(0x64, 0x74, 0x8b);
    m_band->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 4px; }"_qs.arg(background.name()));
    setToolTip(tr("%1: %2 in %3").arg(m_title->text(), m_value->text(), m_period->text()));
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::periodText() const
{
    return m_period->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

QString KpiTile::bandText() const
{
    return m_band->text();
}

} // namespace LeadStage
