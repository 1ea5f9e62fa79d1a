// `leadstage import undo` and `leadstage import history` as the real binary: the dry
// run changes nothing, the undo removes and restores exactly, the refusals name the
// later import, and the exit codes say which is which.

#include "LeadstageProcess.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;
using LeadstageProcess::leadstage;
using LeadstageProcess::writeFile;

namespace {

QString text(const QString &workspace, const char *sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return u"(cannot open)"_qs;
    auto query = (*opened)->database().prepare(sql);
    return query && *query->step() ? query->text(0) : QString();
}

// The leads, events and scores as one text: equal before and after means restored.
QString content(const QString &workspace)
{
    return text(workspace, "SELECT (SELECT group_concat(id || '/' || external_id || '/' || email || '/' || "
                           "COALESCE(company, '') || '/' || created_at, ' ') FROM leads) || ' | ' || "
                           "(SELECT COALESCE(group_concat(lead_id || '@' || occurred_at, ' '), '') FROM events) || "
                           "' | ' || (SELECT group_concat(lead_id || ':' || engagement || ':' || stage || ':' || "
                           "as_of, ' ') FROM lead_state)");
}

} // namespace

class TestCliImportUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoesAfterADryRunAndRefusesWithTheReason()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        writeFile(dir.filePath(u"first.csv"_qs), "lead_id,email,company,created_at\n"
                                                 "L1,ann@example.com,Acme,2025-01-01\n"
                                                 "L2,bob@example.com,Beta,2025-01-02\n");
        writeFile(dir.filePath(u"events.csv"_qs), "lead_id,activity,occurred_at,detail\n"
                                                  "L1,ebook_download,2025-02-01,\n");
        writeFile(dir.filePath(u"second.csv"_qs), "lead_id,email,company,created_at\n"
                                                  "L1,ann@example.com,Acme Corp,2025-01-01\n"
                                                  "L3,cy@example.com,Gamma,2025-01-03\n");
        writeFile(dir.filePath(u"more.csv"_qs), "lead_id,activity,occurred_at,detail\n"
                                                "L3,webinar_attended,2025-03-01,\n"
                                                "L1,roi_calculator,2025-03-02,\n");
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--leads"_qs, dir.filePath(u"first.csv"_qs), u"--events"_qs,
                            dir.filePath(u"events.csv"_qs)})
                     .exitCode,
                 0);
        const QString before = content(workspace);
        QCOMPARE(leadstage({u"import"_qs, workspace, u"--leads"_qs, dir.filePath(u"second.csv"_qs), u"--events"_qs,
                            dir.filePath(u"more.csv"_qs)})
                     .exitCode,
                 0); // imports 3 (leads) and 4 (events)
        const QString after = content(workspace);
        QVERIFY(after != before);

        // The history lists them by number.
        const auto history = leadstage({u"import"_qs, u"history"_qs, workspace});
        QCOMPARE(history.exitCode, 0);
        QVERIFY2(history.out.contains(u"     4  events"_qs), qPrintable(history.out));
        QVERIFY2(history.out.contains(u"     3  leads"_qs), qPrintable(history.out));

        // Import 3 built on by import 4: refused, named, nothing changed.
        const auto refused = leadstage({u"import"_qs, u"undo"_qs, workspace, u"3"_qs});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, u"leadstage import undo: %1: import 3 (second.csv) cannot be undone: a later import "
                              "built on it: import 4 (more.csv) added events to leads import 3 created (1 events on "
                              "1 leads). Undo import 4 (more.csv) first, then this one.\n"_qs.arg(workspace));
        QCOMPARE(content(workspace), after);

        // The dry run counts and changes nothing.
        const auto dry = leadstage({u"import"_qs, u"undo"_qs, workspace, u"4"_qs, u"--dry-run"_qs, u"--json"_qs});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(plan.value(u"eventsRemoved"_qs).toInt(), 2);
        QCOMPARE(plan.value(u"leadsRemoved"_qs).toInt(), 0);
        QCOMPARE(plan.value(u"dryRun"_qs).toBool(), true);
        QCOMPARE(content(workspace), after);

        const auto events = leadstage({u"import"_qs, u"undo"_qs, workspace, u"4"_qs});
        QCOMPARE(events.exitCode, 0);
        QVERIFY2(events.out.contains(u"leads removed 0, events removed 2, outcomes removed 0"_qs),
                 qPrintable(events.out));
        const auto leads = leadstage({u"import"_qs, u"undo"_qs, workspace, u"3"_qs});
        QCOMPARE(leads.exitCode, 0);
        QVERIFY2(leads.out.contains(u"leads removed 1, events removed 0, outcomes removed 0, outcomes restored 0, "
                                    "leads restored 1 (1 fields)"_qs),
                 qPrintable(leads.out));
        QCOMPARE(content(workspace), before);

        // Twice: refused; the history says undone.
        const auto again = leadstage({u"import"_qs, u"undo"_qs, workspace, u"3"_qs});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"import 3 (second.csv) was undone already, on "_qs), qPrintable(again.err));
        QVERIFY(leadstage({u"import"_qs, u"history"_qs, workspace}).out.contains(u"undone 20"_qs));
    }

    // What version 8 stores beside dated outcomes, and the types --create-activities
    // makes, go with the undo of the import that wrote them.
    void undoesRecordedStagesUndatedOutcomesAndCreatedTypes()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        writeFile(dir.filePath(u"first.csv"_qs), "lead_id,email,created_at,MQL Date,Won\n"
                                                 "L1,ann@example.com,2025-01-01,2025-02-01,\n"
                                                 "L2,bob@example.com,2025-01-02,,no\n");
        writeFile(dir.filePath(u"stages.csv"_qs), "lead_id,email,created_at,MQL Date,Won\n"
                                                  "L1,ann@example.com,2025-01-01,2025-03-01,yes\n"
                                                  "L2,bob@example.com,2025-01-02,2025-03-02,\n");
        writeFile(dir.filePath(u"mapping.json"_qs),
                  R"({"format": "leadstage-mapping", "version": 1, "leads": {"columns": )"
                  R"({"external_id": "lead_id", "email": "email", "created_at": "created_at", )"
                  R"("recorded_mql_at": "MQL Date", "customer_flag": "Won"}}})");
        writeFile(dir.filePath(u"booth.csv"_qs), "lead_id,activity,occurred_at\n"
                                                 "L1,Booth Visit,2025-03-05\n");
        const auto import = [&](const QStringList &arguments) {
            const auto run = leadstage(QStringList{u"import"_qs, workspace} + arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        };
        import({u"--leads"_qs, dir.filePath(u"first.csv"_qs), u"--mapping"_qs, dir.filePath(u"mapping.json"_qs)});
        const char *stages =
            "SELECT (SELECT group_concat(lead_id || ':' || stage || ':' || at || ':' || import_id, ' ') "
            "FROM recorded_stages) || ' | ' || (SELECT COALESCE(group_concat(lead_id || ':' || "
            "customer_undated, ' '), '-') FROM outcomes) || ' | ' || "
            "(SELECT count(*) FROM activity_types)";
        const QString before = text(workspace, stages);
        QCOMPARE(before, u"1:MQL:1738368000:1 | - | 26"_qs);
        import({u"--leads"_qs, dir.filePath(u"stages.csv"_qs), u"--mapping"_qs, dir.filePath(u"mapping.json"_qs)});
        import({u"--events"_qs, dir.filePath(u"booth.csv"_qs), u"--create-activities"_qs});
        QCOMPARE(text(workspace, stages), u"1:MQL:1740787200:2 2:MQL:1740873600:2 | 1:1 | 27"_qs);

        const auto events = leadstage({u"import"_qs, u"undo"_qs, workspace, u"3"_qs, u"--json"_qs});
        QCOMPARE(events.exitCode, 0);
        const QJsonObject undone = QJsonDocument::fromJson(events.out.toUtf8()).object();
        QCOMPARE(undone.value(u"eventsRemoved"_qs).toInt(), 1);
        QCOMPARE(undone.value(u"activityTypesRemoved"_qs).toInt(), 1);
        const auto leads = leadstage({u"import"_qs, u"undo"_qs, workspace, u"2"_qs});
        QCOMPARE(leads.exitCode, 0);
        QVERIFY2(
            leads.out.contains(u"outcomes removed 1, outcomes restored 0, leads restored 0 (0 fields), "
                               "recorded stages removed 1, recorded stages restored 1, activity types removed 0"_qs),
            qPrintable(leads.out));
        QCOMPARE(text(workspace, stages), before);
    }

    void badNumbersAreTheCallersMistake()
    {
        LeadstageProcess::verifyBadArguments({u"import"_qs, u"undo"_qs, u"w.leadstage"_qs, u"x"_qs},
                                             u"'x' is not an import number"_qs);
        LeadstageProcess::verifyBadArguments({u"import"_qs, u"undo"_qs, u"w.leadstage"_qs},
                                             u"expected: leadstage import undo FILE.leadstage N"_qs);
    }

    void helpNamesTheSubcommands()
    {
        const auto help = leadstage({u"import"_qs, u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"leadstage import undo FILE.leadstage N [--dry-run]"_qs));
        const auto undoHelp = leadstage({u"import"_qs, u"undo"_qs, u"--help"_qs});
        QCOMPARE(undoHelp.exitCode, 0);
        QVERIFY2(undoHelp.out.startsWith(u"Usage: leadstage import undo FILE.leadstage N [--dry-run] [--json]"_qs),
                 qPrintable(undoHelp.out));
        QVERIFY(undoHelp.out.contains(u"--dry-run"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliImportUndo)
#include "tst_cli_import_undo.moc"
