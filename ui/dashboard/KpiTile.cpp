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
    , m_scope(new QLabel(this))
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
    m_period->setWordWrap(true);
    m_scope->setForegroundRole(QPalette::PlaceholderText);
    m_scope->setWordWrap(true);
    m_band->setAlignment(Qt::AlignCenter);
    m_band->setContentsMargins(8, 2, 8, 2);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_value, 1, 0, 1, 2);
    layout->addWidget(m_period, 2, 0, 1, 2);
    layout->addWidget(m_scope, 3, 0, 1, 2);
    layout->addWidget(m_change, 4, 0, 1, 2);
    layout->addWidget(m_band, 5, 0, 1, 2, Qt::AlignLeft);
    layout->setRowStretch(6, 1);
    showReading();
}

// Until the first figures arrive the tile knows nothing: not "no final period yet".
void KpiTile::showReading()
{
    m_value->setText(u"–"_qs);
    m_periodText.clear();
    m_period->setText(tr("Reading the figures…"));
    for (QLabel *label : {m_scope, m_change, m_band}) {
        label->clear();
        label->hide();
    }
    setToolTip({});
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

namespace {

// The one period the tile's figure covers, said so that nobody reads it as the
// chart's figure over all periods.
QString coverageOf(const KpiFigure &figure, const QString &period)
{
    if (!figure.period)
        return period; // "no final period yet"
    const bool quarter = figure.period->bucket() == Bucket::Quarter;
    switch (figure.metric) {
    case IqlMetric::Generation:
        return quarter ? KpiTile::tr("%1 only, the last whole quarter").arg(period)
                       : KpiTile::tr("%1 only, the last whole month").arg(period);
    case IqlMetric::Conversion:
        return KpiTile::tr("IQLs of %1 only, the last cohort whose 180 days have passed").arg(period);
    case IqlMetric::TimeToMql:
        return quarter ? KpiTile::tr("MQLs of %1 only, the last whole quarter").arg(period)
                       : KpiTile::tr("MQLs of %1 only, the last whole month").arg(period);
    case IqlMetric::Engagement:
        return KpiTile::tr("%1 only, the last whole month").arg(period);
    }
    return period;
}

// How the tile's number differs from the chart that shows the same metric.
QString chartDifference(IqlMetric metric)
{
    switch (metric) {
    case IqlMetric::Generation:
        return KpiTile::tr("The IQL generation chart shows every period in the filter, one bar each.");
    case IqlMetric::Conversion:
        return KpiTile::tr("The cohort chart shows every cohort in the filter, month by month after IQL.");
    case IqlMetric::TimeToMql:
        return KpiTile::tr("The time-to-MQL chart's median and quartiles cover all periods in the filter "
                           "together, so they differ from this one period's median.");
    case IqlMetric::Engagement:
        return KpiTile::tr("The engagement chart shows every month in the filter.");
    }
    return {};
}

} // namespace

void KpiTile::showFigure(const KpiFigure &figure, const QString &scope)
{
    // The texts come from core, where `leadstage metrics` takes them too.
    const KpiText text = KpiText::of(figure);
    m_value->setText(text.value);
    m_periodText = text.period;
    m_period->setText(coverageOf(figure, text.period));
    m_scope->setText(scope);
    m_scope->setVisible(!scope.isEmpty());
    m_change->setText(text.change);
    m_change->show();
    m_band->setText(text.band);
    m_band->show();
    const QColor background = figure.value && figure.band ? bandColor(*figure.band) : QColor(0x64, 0x74, 0x8b);
    m_band->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 4px; }"_qs.arg(background.name()));
    QString tip = tr("%1: %2 for %3").arg(m_title->text(), m_value->text(), m_period->text());
    if (!scope.isEmpty())
        tip += u'\n' + scope;
    tip += u'\n' + chartDifference(figure.metric);
    if (figure.bandNotComparable)
        tip += u'\n'
               + tr("The reference band describes a whole company's IQLs a month; a filtered part of the leads "
                    "is not compared with it.");
    setToolTip(tip);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::periodText() const
{
    return m_periodText;
}

QString KpiTile::coverageText() const
{
    return m_period->text();
}

QString KpiTile::scopeText() const
{
    return m_scope->text();
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
