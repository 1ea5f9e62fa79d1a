#include "KpiTile.h"

#include "DashboardFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace LeadStage {

namespace {

QString titleOf(IqlMetric metric)
{
    switch (metric) {
    case IqlMetric::Generation:
        return KpiTile::tr("IQL generation");
    case IqlMetric::Conversion:
        return KpiTile::tr("IQL → MQL conversion (180 days)");
    case IqlMetric::TimeToMql:
        return KpiTile::tr("Median time to MQL");
    case IqlMetric::Engagement:
        return KpiTile::tr("Engagement rate");
    }
    return {};
}

QString valueOf(IqlMetric metric, std::optional<double> value)
{
    switch (metric) {
    case IqlMetric::Generation:
        return value ? DashboardFormat::count(int(*value)) + u" IQLs"_qs : u"–"_qs;
    case IqlMetric::Conversion:
    case IqlMetric::Engagement:
        return DashboardFormat::percent(value);
    case IqlMetric::TimeToMql:
        return DashboardFormat::days(value);
    }
    return {};
}

QString changeOf(IqlMetric metric, double change)
{
    switch (metric) {
    case IqlMetric::Generation:
        return DashboardFormat::signedCount(change);
    case IqlMetric::Conversion:
    case IqlMetric::Engagement:
        return DashboardFormat::signedPoints(change);
    case IqlMetric::TimeToMql:
        return DashboardFormat::signedDays(change);
    }
    return {};
}

QString bandRange(const ReferenceBand &band)
{
    const QLocale locale = QLocale::system();
    const bool rate = band.metric == IqlMetric::Conversion || band.metric == IqlMetric::Engagement;
    const double scale = rate ? 100.0 : 1.0;
    return locale.toString(band.low * scale, 'g', 4) + u"–"_qs + locale.toString(band.high * scale, 'g', 4) + u' '
           + band.unit;
}

} // namespace

KpiTile::KpiTile(IqlMetric metric, QWidget *parent)
    : QFrame(parent)
    , m_metric(metric)
    , m_title(new QLabel(titleOf(metric), this))
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
    m_value->setText(valueOf(m_metric, figure.value));
    m_period->setText(figure.period ? figure.period->label() : tr("no final period yet"));
    if (figure.value && figure.previous && figure.previousPeriod)
        m_change->setText(tr("%1 vs %2").arg(changeOf(m_metric, *figure.value - *figure.previous),
                                             figure.previousPeriod->label()));
    else
        m_change->setText(tr("no previous period"));

    const ReferenceBand &band = ReferenceBands::of(m_metric);
    QColor background = QColor(0x64, 0x74, 0x8b);
    if (!figure.value) {
        m_band->setText(tr("Band %1").arg(bandRange(band)));
    } else if (!figure.band) {
        m_band->setText(tr("Band %1 (judged per month)").arg(bandRange(band)));
    } else {
        background = bandColor(*figure.band);
        const QString where = *figure.band == BandPosition::Below    ? tr("Below")
                              : *figure.band == BandPosition::Within ? tr("Within")
                                                                     : tr("Above");
        m_band->setText(tr("%1 band %2").arg(where, bandRange(band)));
    }
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
