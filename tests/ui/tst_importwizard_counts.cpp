// The import wizard's count columns and the workspace's own activity types, offscreen in a
// real workspace: a TotalVisits column turned into events of an activity on the mapping
// page lands as exactly that many events, a cell that is not a count rejects its row in
// the dry run, the preset keeps the choice and the result page says it; an activity type
// an earlier import created maps by its key and its label on the activities page.

#include "Application.h"
#include "LeadstageProcess.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "WizardSteps.h"
#include "WorkspaceCount.h"
#include "import/MappingFile.h"
#include "importwizard/CountEventsChoices.h"
#include "importwizard/ImportActivitiesPage.h"
#include "importwizard/ImportMappingPage.h"
#include "importwizard/ImportResultPage.h"
#include "importwizard/ImportSettings.h"
#include "importwizard/ImportTasks.h"
#include "importwizard/ImportValidationPage.h"
#include "importwizard/ImportWizard.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

using LeadstageProcess::count;
using LeadstageProcess::writeIn;

using LeadStage::Testing::choose;
using LeadStage::Testing::clickNext;
using LeadStage::Testing::saveScreenshot;

} // namespace

class TestImportWizardCounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString emptyWorkspace(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!Workspace::create(path))
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    // The main window on `workspace`, its wizard on `files`, on the mapping page.
    ImportWizard *openWizard(MainWindow &window, const QString &workspace, const QStringList &files)
    {
        window.resize(1366, 768);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(workspace);
        if (!opened.wait(20000))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        auto *wizard = window.findChild<ImportWizard *>();
        if (!wizard || !QTest::qWaitFor([&] { return wizard->isVisible(); }))
            return nullptr;
        wizard->resize(1280, 800);
        wizard->addFiles(files);
        if (!QTest::qWaitFor([wizard] { return !wizard->tasks().isPreviewing(); }, 10000))
            return nullptr;
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton); // files → preview
        if (!QTest::qWaitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 10000))
            return nullptr;
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton); // preview → mapping
        return wizard->currentId() == ImportWizard::MappingPage ? wizard : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::describe();
        StoredSettings::clearAll();
        QDir(ImportSettings::presetFolder()).removeRecursively();
    }

    void countColumnBecomesEvents()
    {
        const QString workspace = emptyWorkspace(u"counts.leadstage"_qs);
        // 7 + 3 + 1 + 0 visits; L5's cell is not a count and rejects its row.
        const QString leads = writeIn(m_dir, u"visits.csv"_qs,
                                      "lead_id,email,created_at,TotalVisits,Segment\n"
                                      "L1,a@x.example,2025-01-05,7,A\n"
                                      "L2,b@x.example,2025-01-06,3,B\n"
                                      "L3,c@x.example,2025-01-07,1,A\n"
                                      "L4,d@x.example,2025-01-08,0,B\n"
                                      "L5,e@x.example,2025-01-09,many,A\n");
        MainWindow window;
        ImportWizard *wizard = openWizard(window, workspace, {leads});
        QVERIFY(wizard);
        auto *mapping = qobject_cast<ImportMappingPage *>(wizard->currentPage());
        QVERIFY(mapping);
        CountEventsChoices *counts = mapping->countEventsChoices();
        QVERIFY(counts->isVisible());
        // Only the columns no field takes are offered; the activities are the workspace's, labelled.
        QCOMPARE(counts->column()->findData(u"email"_qs), -1);
        QVERIFY(counts->column()->findData(u"TotalVisits"_qs) >= 0);
        QVERIFY(counts->column()->findData(u"Segment"_qs) >= 0);
        const int visit = counts->activity()->findData(u"resource_center_visit"_qs);
        QVERIFY(visit >= 0);
        QVERIFY2(counts->activity()->itemText(visit).endsWith(u"(resource_center_visit)"_qs),
                 qPrintable(counts->activity()->itemText(visit)));
        QVERIFY(!counts->toolTip().isEmpty() && !counts->column()->toolTip().isEmpty());

        // Two pairs added, one removed again.
        counts->column()->setCurrentIndex(counts->column()->findData(u"Segment"_qs));
        counts->activity()->setCurrentIndex(counts->activity()->findData(u"blog_read"_qs));
        QTest::mouseClick(counts->addButton(), Qt::LeftButton);
        counts->column()->setCurrentIndex(counts->column()->findData(u"TotalVisits"_qs));
        counts->activity()->setCurrentIndex(visit);
        QTest::mouseClick(counts->addButton(), Qt::LeftButton);
        QCOMPARE(counts->pairs()->count(), 2);
        counts->pairs()->setCurrentRow(0);
        QTest::mouseClick(counts->removeButton(), Qt::LeftButton);
        QCOMPARE(int(wizard->draft().options.countsAsEvents.size()), 1);
        QCOMPARE(wizard->draft().options.countsAsEvents[0].column, u"TotalVisits"_qs);
        QCOMPARE(wizard->draft().options.countsAsEvents[0].activity, u"resource_center_visit"_qs);

        // A counted column then mapped to a field is refused until removed or unmapped.
        QVERIFY(choose(mapping->fieldChooser(u"TotalVisits"_qs), u"company"_qs));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(choose(mapping->fieldChooser(u"TotalVisits"_qs), QString()));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        // The preset keeps the pair.
        mapping->presetName()->setText(u"Counts preset"_qs);
        QTest::mouseClick(mapping->saveButton(), Qt::LeftButton);
        auto saved = MappingFile::load(ImportSettings::presetPath(u"Counts preset"_qs));
        QVERIFY(saved);
        QCOMPARE(int(saved->countsAsEvents.size()), 1);
        QCOMPARE(saved->countsAsEvents[0].column, u"TotalVisits"_qs);
        QCOMPARE(saved->countsAsEvents[0].activity, u"resource_center_visit"_qs);
        saveScreenshot(*wizard, u"import-3c-count-columns.png"_qs);
        clickNext(wizard);

        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::DatesPage), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        clickNext(wizard);
        auto *validation = qobject_cast<ImportValidationPage *>(wizard->currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isChecking(), 20000);
        const QString dry = validation->summary()->text();
        QVERIFY2(dry.contains(u"The column “TotalVisits” of “visits.csv” became 11 events of resource_center_visit"_qs),
                 qPrintable(dry));
        QCOMPARE(validation->rejectedTable()->rowCount(), 1);
        QVERIFY2(validation->rejectedTable()->item(0, 3)->text().contains(u"TotalVisits"_qs),
                 qPrintable(validation->rejectedTable()->item(0, 3)->text()));
        QCOMPARE(count(workspace, "SELECT count(*) FROM events"), 0); // the dry run left nothing
        QTest::mouseClick(validation->acceptRejected(), Qt::LeftButton, {}, QPoint(5, 5));
        saveScreenshot(*wizard, u"import-6c-count-columns-checked.png"_qs);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPage), 30000);
        auto *result = qobject_cast<ImportResultPage *>(wizard->currentPage());
        QVERIFY2(result->summary()->text().contains(
                     u"The column “TotalVisits” of “visits.csv” became 11 events of resource_center_visit at each "
                     "lead's created date (0 were there already)."_qs),
                 qPrintable(result->summary()->text()));
        saveScreenshot(*wizard, u"import-8c-count-columns-result.png"_qs);
        QCOMPARE(count(workspace, "SELECT count(*) FROM leads"), 4);
        QCOMPARE(count(workspace, "SELECT count(*) FROM events e JOIN activity_types t ON t.id = e.activity_id "
                                  "WHERE t.key = 'resource_center_visit'"),
                 11);
        QCOMPARE(count(workspace, "SELECT count(*) FROM events e JOIN leads l ON l.id = e.lead_id "
                                  "WHERE l.external_id = 'L1' AND e.occurred_at = l.created_at"),
                 7);
        QCOMPARE(count(workspace, "SELECT count(*) FROM events"), 11);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    }

    void typeCreatedEarlierMaps()
    {
        const QString workspace = emptyWorkspace(u"created.leadstage"_qs);
        {
            // What an earlier `import --create-activities` leaves: key from the name, "Imported".
            auto opened = Workspace::open(workspace, {Workspace::Access::ReadWrite, Workspace::Missing::Fail});
            QVERIFY(opened);
            auto insert = (*opened)->database().prepare(
                "INSERT INTO activity_types (key, label, track, category) VALUES (?1, ?2, 'info', 'Imported')");
            QVERIFY(insert);
            insert->bind(1, u"booth_visit"_qs);
            insert->bind(2, u"Booth Visit"_qs);
            QVERIFY(insert->step());
        }
        const QString leads =
            writeIn(m_dir, u"fair-leads.csv"_qs,
                    "lead_id,email,created_at\nL1,a@x.example,2025-01-05\nL2,b@x.example,2025-01-06\n");
        const QString events = writeIn(m_dir, u"fair-events.csv"_qs,
                                       "lead_id,activity,occurred_at\nL1,Booth Visit,2025-02-01\n"
                                       "L2,booth_visit,2025-02-02\nL2,Trade Fair Chat,2025-02-03\n");
        MainWindow window;
        ImportWizard *wizard = openWizard(window, workspace, {leads, events});
        QVERIFY(wizard);
        clickNext(wizard);
        auto *activities = qobject_cast<ImportActivitiesPage *>(wizard->currentPage());
        QVERIFY(activities);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        // By label and by key: mapped; only the name nothing knows is left.
        QCOMPARE(activities->findChild<QComboBox *>(u"activity:Booth Visit"_qs)->currentData().toString(),
                 u"booth_visit"_qs);
        QCOMPARE(activities->findChild<QComboBox *>(u"activity:booth_visit"_qs)->currentData().toString(),
                 u"booth_visit"_qs);
        QVERIFY2(activities->unmappedLabel()->text().contains(u"'Trade Fair Chat' (1)"_qs),
                 qPrintable(activities->unmappedLabel()->text()));
        QVERIFY2(!activities->unmappedLabel()->text().contains(u"Booth"_qs, Qt::CaseInsensitive),
                 qPrintable(activities->unmappedLabel()->text()));
        saveScreenshot(*wizard, u"import-4c-created-type-mapped.png"_qs);
        wizard->reject();
    }
};

QTEST_MAIN(TestImportWizardCounts)
#include "tst_importwizard_counts.moc"
