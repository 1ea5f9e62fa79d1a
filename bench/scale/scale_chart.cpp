// Draws bench/scale/scale-bench.sh's figures as a log-log chart: one line per step
// (import, score, metrics, evaluation), leads across, seconds (or peak memory) up, with
// a grey line of slope one beside them so a step growing faster than its data shows as
// a steeper line.
//
//   scale_chart FIGURES.csv CHART.png [--memory] [--note TEXT]
//
// FIGURES.csv is the script's: leads,events,step,seconds,peak_mb (a failed step has an
// empty seconds). Renders offscreen unless a platform is chosen.
#include "QCustomPlotInclude.h"

#include <QApplication>
#include <QFile>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

struct Point
{
    double leads = 0;
    double value = 0;
};

// Step name -> its points in the order of the file; the order of first appearance kept apart.
struct Figures
{
    QStringList steps;
    QMap<QString, QList<Point>> points;
};

std::optional<Figures> read(const QString &path, bool memory)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    QTextStream in(&file);
    const QStringList header = in.readLine().split(u',');
    const qsizetype leadsColumn = header.indexOf(QStringLiteral("leads"));
    const qsizetype stepColumn = header.indexOf(QStringLiteral("step"));
    const qsizetype valueColumn = header.indexOf(memory ? QStringLiteral("peak_mb") : QStringLiteral("seconds"));
    if (leadsColumn < 0 || stepColumn < 0 || valueColumn < 0)
        return std::nullopt;
    Figures figures;
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(u',');
        if (cells.size() != header.size())
            continue;
        bool leadsRead = false, valueRead = false;
        const Point point{cells[leadsColumn].toDouble(&leadsRead), cells[valueColumn].toDouble(&valueRead)};
        if (!leadsRead || !valueRead || point.leads <= 0 || point.value <= 0)
            continue; // a failed step, or a time below the clock's 10 ms
        const QString &step = cells[stepColumn];
        if (!figures.steps.contains(step))
            figures.steps.append(step);
        figures.points[step].append(point);
    }
    return figures;
}

// Ticks at round numbers people read (1, 2, 5 a decade), not at powers of ten only:
// two or three sizes would otherwise share one labelled tick.
QSharedPointer<QCPAxisTickerText> ticksAt(const QList<double> &values, const std::function<QString(double)> &label)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (double value : values)
        ticker->addTick(value, label(value));
    return ticker;
}

QString leadsLabel(double leads)
{
    if (leads >= 1e6)
        return QString::number(leads / 1e6, 'g', 4) + QStringLiteral(" M");
    return QString::number(leads / 1e3, 'g', 4) + QStringLiteral(" k");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: scale_chart FIGURES.csv CHART.png [--memory] [--note TEXT]\n");
        return 2;
    }
    const bool memory = arguments.contains(QStringLiteral("--memory"));
    const qsizetype noteAt = arguments.indexOf(QStringLiteral("--note"));
    const QString note = noteAt > 0 && noteAt + 1 < arguments.size() ? arguments[noteAt + 1] : QString();
    const auto figures = read(arguments[1], memory);
    if (!figures || figures->steps.isEmpty()) {
        std::fprintf(stderr, "scale_chart: no figures in %s (expected leads,events,step,seconds,peak_mb)\n",
                     qPrintable(arguments[1]));
        return 1;
    }

    QCustomPlot plot;
    plot.setBackground(Qt::white);
    QFont font = plot.font();
    font.setPointSize(10);
    const QString unit = memory ? QStringLiteral("peak memory (MB)") : QStringLiteral("time (s)");
    plot.plotLayout()->insertRow(0);
    QFont titleFont = font;
    titleFont.setPointSize(12);
    titleFont.setBold(true);
    plot.plotLayout()->addElement(
        0, 0,
        new QCPTextElement(&plot,
                           memory ? QStringLiteral("How memory grows: peak memory per step against leads (log-log)")
                                  : QStringLiteral("How cost grows: time per step against leads (log-log)"),
                           titleFont));
    if (!note.isEmpty()) {
        plot.plotLayout()->insertRow(1);
        plot.plotLayout()->addElement(1, 0, new QCPTextElement(&plot, note, font));
    }
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setLabelFont(font);
        axis->setTickLabelFont(font);
        axis->grid()->setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1, Qt::DotLine));
    }
    plot.xAxis->setLabel(QStringLiteral("leads (10 events each)"));
    plot.yAxis->setLabel(unit);

    const QList<QColor> colours = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                   QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b)};
    double lowLeads = 1e300, highLeads = 0, lowValue = 1e300, highValue = 0;
    int index = 0;
    for (const QString &step : figures->steps) {
        QList<Point> points = figures->points.value(step);
        std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.leads < b.leads; });
        QCPGraph *graph = plot.addGraph();
        graph->setName(step);
        const QColor colour = colours[index++ % colours.size()];
        graph->setPen(QPen(colour, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, Qt::white, 7));
        for (const Point &point : points) {
            graph->addData(point.leads, point.value);
            lowLeads = std::min(lowLeads, point.leads);
            highLeads = std::max(highLeads, point.leads);
            lowValue = std::min(lowValue, point.value);
            highValue = std::max(highValue, point.value);
        }
    }
    // The slope a step must not exceed by much: proportional to the leads, through the
    // smallest size's slowest step (n log n is barely steeper over these sizes).
    double anchor = 0;
    for (const QString &step : figures->steps)
        for (const Point &point : figures->points.value(step))
            if (point.leads == lowLeads)
                anchor = std::max(anchor, point.value);
    if (anchor > 0 && highLeads > lowLeads) {
        QCPGraph *linear = plot.addGraph();
        linear->setName(QStringLiteral("grows like the leads (slope 1)"));
        linear->setPen(QPen(QColor(0x88, 0x88, 0x88), 1.5, Qt::DashLine));
        linear->addData(lowLeads, anchor);
        linear->addData(highLeads, anchor * highLeads / lowLeads);
        highValue = std::max(highValue, anchor * highLeads / lowLeads);
    }
    plot.xAxis->setRange(lowLeads / 1.6, highLeads * 1.6);
    plot.yAxis->setRange(lowValue / 2, highValue * 2);
    plot.xAxis->setTicker(ticksAt({1e4, 2e4, 5e4, 1e5, 2e5, 5e5, 1e6, 2e6, 5e6, 1e7, 2e7, 5e7, 1e8}, leadsLabel));
    plot.yAxis->setTicker(ticksAt({0.01, 0.02, 0.05, 0.1, 0.2,  0.5,  1,    2,     5,     10,    20,
                                   50,   100,  200,  500, 1000, 2000, 5000, 10000, 20000, 50000, 100000},
                                  [](double value) { return QString::number(value, 'g', 6); }));
    plot.legend->setVisible(true);
    plot.legend->setFont(font);
    plot.legend->setBrush(QColor(255, 255, 255, 230));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    if (!plot.savePng(arguments[2], 900, 560, 1.0)) {
        std::fprintf(stderr, "scale_chart: could not write %s\n", qPrintable(arguments[2]));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(arguments[2]));
    return 0;
}
