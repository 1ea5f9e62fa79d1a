// The Workspace page's import history driven offscreen: a refusal says which later
// import to undo first; the chosen import's dry run is confirmed, the undo runs off the
// GUI thread, and the history and counts are read again.

#include "Screenshot.h"
#include "import/ImportJob.h"
#include "import/ImportScan.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "store/WorkspaceSummary.h"
#include "workspace/ImportHistoryPanel.h"
#include "workspace/ImportUndoJob.h"
#include "workspace/WorkspaceOverview.h"
#include "workspace/WorkspaceTabs.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

using LeadStage::Testing::saveScreenshot;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void import(Workspace &workspace, std::vector<std::pair<ImportKind, QString>> files, ImportOptions options = {})
{
    ImportRequest request;
    request.options = options;
    for (const auto &[kind, path] : files) {
        auto scan = ImportScan::scan(kind, path, std::nullopt, ActivityMap::defaults(), {});
        if (!scan || !scan->resolveDateFormats({}))
            qFatal("scan failed");
        request.sources.push_back(ImportSource{kind, path, scan->mapping, {}, nullptr});
    }
    auto report = ImportJob(workspace, request).run();
    if (!report || !report->committed)
        qFatal("import failed");
}

std::int64_t count(Workspace &workspace, const char *sql)
{
    auto query = workspace.database().prepare(sql);
    return query && *query->step() ? query->int64(0) : -1;
}

void selectRow(QTableView *view, int row)
{
    view->selectRow(row);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
}

} // namespace

class TestImportUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoFromTheHistoryAfterItsDryRun()
    {
        QTemporaryDir dir;
        std::shared_ptr<Workspace> workspace = std::move(*Workspace::create(dir.filePath(u"undo.leadstage"_qs)));
        import(*workspace,
               {{ ImportKind::Leads,
                  writeFile(dir, u"leads.csv"_qs,
                            "lead_id,email,company,created_at\n"
                            "L1,ann@example.com,Acme,2025-01-01\n"
                            "L2,bob@example.com,Beta,2025-01-02\n") }});
        ImportOptions createActivities; // "Booth Visit" becomes a type import 3 created
        createActivities.createActivities = true;
        import(*workspace,
               {{ImportKind::Leads, writeFile(dir, u"more-leads.csv"_qs,
                                              "lead_id,email,company,created_at\n"
                                              "L1,ann@example.com,Acme Corp,2025-01-01\n"
                                              "L3,cy@example.com,Gamma,2025-01-03\n")},
                { ImportKind::Events,
                  writeFile(dir, u"events.csv"_qs,
                            "lead_id,activity,occurred_at,detail\n"
                            "L3,ebook_download,2025-02-01,\n"
                            "L1,webinar_attended,2025-02-02,\n"
                            "L1,Booth Visit,2025-02-03,\n") }},
               createActivities);

        // As MainWindow shows an opened workspace.
        WorkspaceTabs tabs;
        tabs.resize(1280, 800);
        tabs.overview()->setWorkspace(workspace);
        tabs.showWorkspace(workspace->name(), workspace->path(), *WorkspaceSummary::read(*workspace));
        tabs.setCurrentWidget(tabs.overview());
        tabs.show();
        WorkspaceOverview &overview = *tabs.overview();
        auto *counts = overview.findChild<QTableWidget *>();
        QVERIFY(counts);
        const auto eventsCount = [counts] {
            for (int row = 0; row < counts->rowCount(); ++row)
                if (counts->item(row, 0)->text() == u"Engagement events")
                    return counts->item(row, 1)->text();
            return QString();
        };
        QCOMPARE(eventsCount(), u"3"_qs);
        ImportHistoryPanel *panel = overview.importHistory();
        QTableView *view = panel->view();
        QCOMPARE(view->model()->rowCount(), 3); // newest first: 3 events, 2 leads, 1 leads
        QCOMPARE(view->model()->index(0, 0).data().toLongLong(), 3);
        auto *button = panel->findChild<QPushButton *>(u"undoImportButton"_qs);
        auto *action = panel->findChild<QAction *>(u"undoImport"_qs);
        QVERIFY(button && action);
        QCOMPARE(view->actions().first(), action); // first in the context menu
        QVERIFY(!button->isEnabled());             // nothing chosen

        // Import 2 has events of import 3 on a lead it created: refused, and why.
        selectRow(view, 1);
        QVERIFY(button->isEnabled());
        button->click();
        QMessageBox *refused = nullptr;
        QTRY_VERIFY((refused = panel->findChild<QMessageBox *>(u"undoImportRefused"_qs)));
        QCOMPARE(refused->informativeText(),
                 u"import 2 (more-leads.csv) cannot be undone: a later import built on it: import 3 (events.csv) "
                 "added events to leads import 2 created (1 events on 1 leads).\n\n"
                 "Undo import 3 (events.csv) first, then this one."_qs);
        refused->close();
        QCOMPARE(count(*workspace, "SELECT count(*) FROM events"), 3);

        // Import 3 through the context menu: its dry run, then the undo.
        selectRow(view, 0);
        action->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = panel->findChild<QMessageBox *>(u"undoImportQuestion"_qs)));
        QCOMPARE(question->text(), u"Undo import 3 (events, “events.csv”)?"_qs);
        QVERIFY2(question->informativeText().contains(u"  • 0 leads it created\n  • 3 events\n"_qs),
                 qPrintable(question->informativeText()));
        QVERIFY2(question->informativeText().endsWith(
                     u"It also removes 0 stages the CRM recorded and 1 activity types the import created, and gives "
                     "0 recorded stages their previous date back."_qs),
                 qPrintable(question->informativeText()));
        QVERIFY(question->informativeText().contains(u"Then 2 leads are rescored."_qs));
        QCOMPARE(count(*workspace, "SELECT count(*) FROM events"), 3); // the dry run changed nothing
        saveScreenshot(*question, u"import-undo-confirm.png"_qs);
        QSignalSpy undone(&tabs, &WorkspaceTabs::importUndone);
        question->findChild<QPushButton *>(u"confirmUndoImport"_qs)->click();
        QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 1, 20000);
        const auto summary = undone.first().first().value<WorkspaceSummary>();
        QCOMPARE(summary.rows(u"events"_qs), 0);
        QCOMPARE(count(*workspace, "SELECT count(*) FROM events"), 0);
        QCOMPARE(count(*workspace, "SELECT count(*) FROM activity_types WHERE key = 'booth_visit'"), 0);
        QCOMPARE(count(*workspace, "SELECT undone_at IS NOT NULL FROM imports WHERE id = 3"), 1);
        QVERIFY(!panel->findChild<QMessageBox *>(u"undoImportFailed"_qs));
        QCOMPARE(eventsCount(), u"0"_qs); // the page read the workspace again

        // The history says so, and an undone import cannot be chosen again.
        QCOMPARE(view->model()->index(0, 6).data().toString(), u"Undone"_qs);
        selectRow(view, 0);
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().startsWith(u"Undone on "_qs));
        auto *result = panel->findChild<QLabel *>(u"undoImportResult"_qs);
        QVERIFY2(result->text()
                     == (u"Import 3 undone: 0 leads, 3 events and 0 outcomes removed; 0 fields of 0 leads and the "
                         u"outcomes of 0 "
                         "leads restored. 0 recorded stages and 1 activity types removed; 0 recorded stages "
                         "restored."_qs),
                 qPrintable(result->text()));
        // Import 2 now goes: its lead L3 has no later events.
        selectRow(view, 1);
        QVERIFY(button->isEnabled());
        saveScreenshot(tabs, u"import-undo-history.png"_qs);
    }
};

QTEST_MAIN(TestImportUndo)
#include "tst_importundo.moc"
