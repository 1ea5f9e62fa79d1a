#include "FilterLine.h"

namespace LeadStage {

namespace {

// More names than this make the line wrap over the dialog: the rest are counted.
constexpr int namesShown = 4;

QString names(const QStringList &values)
{
    if (values.size() <= namesShown)
        return values.join(u", "_qs);
    return FilterLine::tr("%1 + %2 more").arg(values.mid(0, namesShown).join(u", "_qs)).arg(values.size() - namesShown);
}

} // namespace

bool FilterLine::narrows(const MetricsFilter &filter)
{
    for (int d = 0; d < dimensionCount; ++d)
        if (!filter.values(Dimension(d)).isEmpty())
            return true;
    return !filter.grades.empty();
}

QString FilterLine::describe(const MetricsFilter &filter)
{
    const QString titles[dimensionCount] = {tr("Source"), tr("Campaign"), tr("Industry"), tr("Country")};
    QStringList parts;
    for (int d = 0; d < dimensionCount; ++d) {
        const QStringList &values = filter.values(Dimension(d));
        if (!values.isEmpty())
            parts << tr("%1: %2").arg(titles[d], names(values));
    }
    if (!filter.grades.empty()) {
        QStringList grades;
        for (const Grade grade : filter.grades)
            grades << gradeName(grade);
        parts << tr("%1: %2").arg(tr("Grade"), names(grades));
    }
    if (parts.isEmpty())
        return tr("All leads (no filter)");
    return parts.join(u" · "_qs);
}

} // namespace LeadStage
