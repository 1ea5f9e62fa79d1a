// bench/run-benchmarks.sh's regression check (issue 20, item 4), through the script's
// --compare mode on made-up figure lines and a made-up baseline: which ratio is judged
// worse, the exit code, and that --update-baseline records the run on purpose.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// import 0.9 and replay 10.0 at 1 000 leads; another size that an update must keep.
const char *const baseline = R"({
  "tolerance": 0.15,
  "baselines": {
    "1000": {"date": "2026-12-05", "machine": "made up", "ratios": {"import": 0.9, "replay": 10.0}},
    "5000": {"date": "2026-12-01", "machine": "made up", "ratios": {"import": 0.5}}
  }
})";

struct Run
{
    int exitCode = -1;
    QString output;
};

} // namespace

class BenchBaselineTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

    QString write(const QString &name, const QByteArray &text)
    {
        QFile file(m_folder.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    Run compare(const QByteArray &figures, const QStringList &extra = {}, const QString &leads = QStringLiteral("1000"))
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("bash"),
                      QStringList{QStringLiteral(LEADSTAGE_BENCH_SCRIPT), QStringLiteral("--compare"),
                                  write(QStringLiteral("figures.txt"), figures), QStringLiteral("--baseline"),
                                  m_folder.filePath(QStringLiteral("baseline.json"))}
                          + extra + QStringList{leads});
        if (!process.waitForFinished(60000))
            qFatal("run-benchmarks.sh --compare did not finish");
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.output = QString::fromUtf8(process.readAll());
        return run;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.isValid());
        write(QStringLiteral("baseline.json"), baseline);
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("figures");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("worse"); // the ratio named as worse, or empty

        const QByteArray import = "figure import_s 9.0 s\nfigure shell_import_s 10000 ms\n";
        QTest::newRow("as the baseline") << import + "figure replay_ms 200 ms\nfigure replay_ref_ms 20 ms\n"
                                         << 0 << QString();
        QTest::newRow("better") << import + "figure replay_ms 120.5 ms\nfigure replay_ref_ms 20 ms\n" << 0 << QString();
        QTest::newRow("15 % worse: still within") << import + "figure replay_ms 230 ms\nfigure replay_ref_ms 20 ms\n"
                                                  << 0 << QString();
        QTest::newRow("16 % worse") << import + "figure replay_ms 232 ms\nfigure replay_ref_ms 20 ms\n"
                                    << 1 << QStringLiteral("replay");
        // The same time on a machine twice as slow: the reference moves too, the ratio does not.
        QTest::newRow("slower machine, same ratio")
            << QByteArray("figure import_s 18 s\nfigure shell_import_s 20 s\n"
                          "figure replay_ms 400 ms\nfigure replay_ref_ms 40 ms\n")
            << 0 << QString();
        QTest::newRow("import 16 % worse, in seconds against ms")
            << QByteArray("figure import_s 10.44 s\nfigure shell_import_s 10000 ms\n"
                          "figure replay_ms 200 ms\nfigure replay_ref_ms 20 ms\n")
            << 1 << QStringLiteral("import");
        // A key printed once a run counts by its median: 232 here, 16 % worse.
        QTest::newRow("median of three runs")
            << import
                   + "figure replay_ms 100 ms\nfigure replay_ms 500 ms\nfigure replay_ms 232 ms\n"
                     "figure replay_ref_ms 20 ms\n"
            << 1 << QStringLiteral("replay");
        QTest::newRow("a baseline ratio not measured") << import << 1 << QStringLiteral("replay");
        QTest::newRow("lines that are not figures are ignored")
            << "run 1: full rescore 200 ms\n    figure replay_ms 900 ms\n" + import
                   + "figure replay_ms 200 ms\nfigure replay_ref_ms 20 ms\nfigure search_ms 50 ms\n"
            << 0 << QString();
        QTest::newRow("a figure line that cannot be read") << import + "figure replay_ms fast ms\n" << 2 << QString();
    }

    void verdicts()
    {
        QFETCH(QByteArray, figures);
        QFETCH(int, exitCode);
        QFETCH(QString, worse);
        const Run run = compare(figures);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.output));
        if (!worse.isEmpty()) {
            QVERIFY2(run.output.contains(QStringLiteral("REGRESSION: ") + worse), qPrintable(run.output));
            // It says how to accept the figures on purpose.
            QVERIFY2(run.output.contains(QStringLiteral("--update-baseline")), qPrintable(run.output));
        } else if (exitCode == 0) {
            QVERIFY2(!run.output.contains(QStringLiteral("REGRESSION")), qPrintable(run.output));
        }
    }

    void sizeWithoutBaselinePasses()
    {
        const Run run = compare("figure replay_ms 999 ms\nfigure replay_ref_ms 1 ms\n", {}, QStringLiteral("2000"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(QStringLiteral("none recorded for 2000 leads")), qPrintable(run.output));
    }

    void updateRecordsTheRunOnPurpose()
    {
        const QByteArray slower = "figure import_s 12 s\nfigure shell_import_s 10 s\n"
                                  "figure replay_ms 400 ms\nfigure replay_ref_ms 20 ms\n";
        QCOMPARE(compare(slower).exitCode, 1);
        const Run update = compare(slower, {QStringLiteral("--update-baseline")});
        QVERIFY2(update.exitCode == 0, qPrintable(update.output));
        QCOMPARE(compare(slower).exitCode, 0);

        QFile file(m_folder.filePath(QStringLiteral("baseline.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject sizes = QJsonDocument::fromJson(file.readAll()).object().value(u"baselines").toObject();
        const QJsonObject ratios = sizes.value(u"1000").toObject().value(u"ratios").toObject();
        QCOMPARE(ratios.value(u"import").toDouble(), 1.2);
        QCOMPARE(ratios.value(u"replay").toDouble(), 20.0);
        QVERIFY(!sizes.value(u"1000").toObject().value(u"machine").toString().isEmpty());
        // The other size's baseline is left as it was.
        QCOMPARE(sizes.value(u"5000").toObject().value(u"ratios").toObject().value(u"import").toDouble(), 0.5);
    }
};

QTEST_MAIN(BenchBaselineTest)
#include "tst_bench_baseline.moc"
