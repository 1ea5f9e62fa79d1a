// The import wizard walked end to end on real files in a real workspace, offscreen:
// preview with detected encoding and separator, a remapped column, a saved preset, an
// activity name mapped, an ambiguous date column decided, rejected rows accepted, the
// import and its rejected rows saved as CSV; a cancelled import that writes nothing;
// CSV files dropped on the main window.

#include "Application.h"
#include "LeadstageProcess.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "WizardSteps.h"
#include "WorkspaceCount.h"
#include "common/ChoiceDelegate.h"
#include "importwizard/CsvPreviewModel.h"
#include "importwizard/ImportActivitiesPage.h"
#include "importwizard/ImportDatesPage.h"
#include "importwizard/ImportFilesPage.h"
#include "importwizard/ImportMappingPage.h"
#include "importwizard/ImportPreviewPage.h"
#include "importwizard/ImportResultPage.h"
#include "importwizard/ImportRunPage.h"
#include "importwizard/ImportSettings.h"
#include "importwizard/ImportTasks.h"
#include "importwizard/ImportValidationPage.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/LeadFileChoices.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace LeadStage;

namespace {

// UTF-8 with a BOM, semicolons, a column the preset does not know (Org), one ragged row.
const QByteArray leadsCsv = "\xEF\xBB\xBFlead_id;email;first_name;Org;country;created_at;TotalVisits\n"
                            "L1;ann@example.com;Ann;Acme;Germany;2025-01-05;7\n"
                            "L2;bob@example.com;Bob;Beta;France;2025-01-06;3\n"
                            "L3;cy@example.com;Cy;Gamma;Spain;2025-01-07;1;surplus\n"
                            "L4;di@example.com;Di;Delta;Italy;2025-01-08;0\n";
// Dates that read as M/D and D/M alike, an activity name no key knows, an unknown lead.
const QByteArray eventsCsv = "lead_id,activity,occurred_at,detail\n"
                             "L1,Webinar Attended,03/04/2025,Q1 webinar\n"
                             "L2,ebook_download,03/05/2025,Guide\n"
                             "L1,Booth Visit,04/06/2025,Fair\n"
                             "L4,Booth Visit,05/07/2025,Fair\n"
                             "L9,ebook_download,06/08/2025,Guide\n";

using LeadstageProcess::count;
using LeadstageProcess::writeIn;

QString text(const QString &workspace, const char *sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    auto query = (*opened)->database().prepare(sql);
    if (!query)
        return QString();
    auto row = query->step();
    return row && *row ? query->text(0) : QString();
}

using LeadStage::Testing::choose;
using LeadStage::Testing::clickNext;
using LeadStage::Testing::saveScreenshot;

} // namespace

class TestImportWizard : public QObject
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

    void open(MainWindow &window, const QString &path)
    {
        window.resize(1366, 768);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(path);
        QVERIFY(opened.wait(20000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::describe();
        StoredSettings::clearAll();
        QDir(ImportSettings::presetFolder()).removeRecursively();
    }

    void walksTheWholeWizard()
    {
        const QString workspace = emptyWorkspace(u"walk.leadstage"_qs);
        const QString leads = writeIn(m_dir, u"leads.csv"_qs, leadsCsv);
        const QString events = writeIn(m_dir, u"events.csv"_qs, eventsCsv);
        MainWindow window;
        open(window, workspace);

        // File → Import… (Ctrl+I), then the files as the file dialog gives them.
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->addFiles({leads, events});
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->tasks().isPreviewing(), 10000);

        // Files: the kind of each recognised from its header.
        auto *files = qobject_cast<ImportFilesPage *>(wizard->page(ImportWizard::FilesPage));
        QCOMPARE(files->table()->rowCount(), 2);
        QCOMPARE(files->findChild<QComboBox *>(u"kind0"_qs)->currentData().toInt(), int(ImportKind::Leads));
        QCOMPARE(files->findChild<QComboBox *>(u"kind1"_qs)->currentData().toInt(), int(ImportKind::Events));
        saveScreenshot(*wizard, u"import-1-files.png"_qs);
        clickNext(wizard);
        // The next page has started at once; it is painted on the event loop's next turn,
        // the two not in one block of the GUI thread.
        QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
        QVERIFY(!wizard->updatesEnabled());
        QTRY_VERIFY(wizard->updatesEnabled());

        // Preview: encoding, BOM and separator detected; the ragged row marked.
        auto *preview = qobject_cast<ImportPreviewPage *>(wizard->currentPage());
        QVERIFY(preview);
        QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(preview->detectedLabel()->text().contains(u"UTF-8 with byte-order mark"_qs),
                 qPrintable(preview->detectedLabel()->text()));
        QVERIFY(preview->detectedLabel()->text().contains(u"semicolon"_qs));
        QVERIFY(preview->detectedLabel()->text().contains(u"7 columns"_qs));
        QCOMPARE(preview->model()->rowCount(), 4);
        QCOMPARE(preview->model()->rejectedRows(), 1);
        QCOMPARE(preview->model()->headerData(2, Qt::Vertical).toInt(), 4); // the file's line
        // A wrong separator reads one column at once; back to detection reads seven again.
        QVERIFY(choose(preview->separator(), int(u',')));
        QTRY_VERIFY_WITH_TIMEOUT(preview->detectedLabel()->text().contains(u"1 columns"_qs), 10000);
        QVERIFY(choose(preview->separator(), -1));
        QTRY_VERIFY_WITH_TIMEOUT(preview->detectedLabel()->text().contains(u"7 columns"_qs), 10000);
        // The table spans the page: no blank band right of a file's few columns.
        {
            QTableView *table = preview->table();
            const int last = table->model()->columnCount() - 1;
            QCOMPARE(table->columnViewportPosition(last) + table->columnWidth(last), table->viewport()->width());
        }
        saveScreenshot(*wizard, u"import-2-preview.png"_qs);
        preview->fileChooser()->setCurrentIndex(1);
        QVERIFY(preview->detectedLabel()->text().contains(u"comma"_qs));
        QVERIFY(!preview->detectedLabel()->text().contains(u"byte-order"_qs));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);

        // Mapping: the generic preset filled in; Org goes to attrs until mapped to company.
        auto *mapping = qobject_cast<ImportMappingPage *>(wizard->currentPage());
        QVERIFY(mapping);
        QCOMPARE(mapping->presets()->currentText(), u"Generic LeadStage CSV"_qs);
        QCOMPARE(mapping->fieldChooser(u"email"_qs)->currentData().toString(), u"email"_qs);
        QCOMPARE(mapping->fieldChooser(u"Org"_qs)->currentData().toString(), QString());
        QVERIFY(mapping->message()->text().contains(u"Org"_qs));
        QVERIFY(mapping->table()->item(3, 1)->text().contains(u"Acme"_qs)); // sample values
        QVERIFY(choose(mapping->fieldChooser(u"Org"_qs), u"company"_qs));
        QCOMPARE(mapping->fieldChooser(u"Org"_qs)->currentData().toString(), u"company"_qs);
        QVERIFY(!mapping->message()->text().contains(u"Org"_qs));
        QVERIFY(mapping->message()->text().contains(u"TotalVisits"_qs));
        {
            // The field cells are drawn, not a combo box each: a click opens one with its list,
            // leaving the cell closes it, and F2 opens one from the keyboard.
            QTableWidget *table = mapping->table();
            const auto leaveForFirstCell = [table] {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                  table->visualRect(table->model()->index(0, 0)).center());
            };
            leaveForFirstCell();
            QTRY_COMPARE(table->findChildren<QComboBox *>().size(), 0);
            const QModelIndex visits = table->model()->index(6, 2);
            QCOMPARE(table->item(6, 0)->text(), u"TotalVisits"_qs);
            QCOMPARE(visits.data().toString(), u"Kept as attribute (attrs)"_qs);
            QCOMPARE(table->item(3, 2)->text(), u"Company (company)"_qs);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(visits).center());
            auto *dropDown = qobject_cast<QComboBox *>(table->indexWidget(visits));
            QVERIFY(dropDown);
            QCOMPARE(dropDown->currentText(), u"Kept as attribute (attrs)"_qs);
            QTRY_VERIFY(dropDown->view()->isVisible());
            QCOMPARE(table->findChildren<QComboBox *>().size(), 1);
            dropDown->hidePopup();
            leaveForFirstCell();
            QTRY_COMPARE(table->findChildren<QComboBox *>().size(), 0);
            QCOMPARE(visits.data(ChoiceDelegate::ValueRole).toString(), QString()); // looked at, not changed
            table->setCurrentIndex(visits);
            QTest::keyClick(table, Qt::Key_F2);
            auto *byKey = qobject_cast<QComboBox *>(table->indexWidget(visits));
            QVERIFY(byKey);
            // Only a pick maps: a box left on another choice it was not picked from changes nothing.
            byKey->setCurrentIndex(byKey->findData(u"company"_qs));
            leaveForFirstCell();
            QTRY_COMPARE(table->findChildren<QComboBox *>().size(), 0);
            QCOMPARE(visits.data(ChoiceDelegate::ValueRole).toString(), QString());
            QCOMPARE(wizard->draft().fieldOf(0, u"TotalVisits"_qs), QString());
            // Another file shown with a box open: the box goes, the first file's mapping stays.
            QVERIFY(mapping->fieldChooser(u"TotalVisits"_qs));
            mapping->fileChooser()->setCurrentIndex(1);
            QTRY_COMPARE(table->findChildren<QComboBox *>().size(), 0);
            QCOMPARE(table->item(1, 0)->text(), u"activity"_qs); // the events file's columns
            mapping->fileChooser()->setCurrentIndex(0);
            QCOMPARE(wizard->draft().fieldOf(0, u"TotalVisits"_qs), QString());
            QCOMPARE(wizard->draft().fieldOf(0, u"Org"_qs), u"company"_qs);
        }
        mapping->presetName()->setText(u"Walk preset"_qs);
        QTest::mouseClick(mapping->saveButton(), Qt::LeftButton);
        QVERIFY(QFile::exists(ImportSettings::presetPath(u"Walk preset"_qs)));
        QCOMPARE(ImportSettings::lastPreset().get(), u"Walk preset"_qs);
        QVERIFY(mapping->presets()->findData(u"saved:Walk preset"_qs) >= 0);
        saveScreenshot(*wizard, u"import-3-mapping.png"_qs);
        clickNext(wizard);

        // Activities: counted over the whole file, the unknown name listed, then mapped.
        auto *activities = qobject_cast<ImportActivitiesPage *>(wizard->currentPage());
        QVERIFY(activities);
        QTRY_VERIFY2_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(),
                                  qPrintable(u"scanning %1, problem '%2', files to scan %3"_qs.arg(wizard->isScanning())
                                                 .arg(wizard->scanProblem())
                                                 .arg(wizard->draft().filesToScan().size())),
                                  10000);
        QCOMPARE(activities->table()->rowCount(), 3);
        QVERIFY2(activities->unmappedLabel()->text().contains(u"'Booth Visit' (2)"_qs),
                 qPrintable(activities->unmappedLabel()->text()));
        // Creating the missing activities is offered, and said; mapped instead here.
        QVERIFY(activities->createActivities()->isVisible());
        activities->createActivities()->setChecked(true);
        QVERIFY2(activities->unmappedLabel()->text().contains(u"'Booth Visit' (2) as booth_visit"_qs),
                 qPrintable(activities->unmappedLabel()->text()));
        QVERIFY(wizard->draft().options.createActivities);
        saveScreenshot(*wizard, u"import-4-activities.png"_qs);
        activities->createActivities()->setChecked(false);
        QVERIFY(!wizard->draft().options.createActivities);
        QVERIFY(choose(activities->findChild<QComboBox *>(u"activity:Booth Visit"_qs), u"contact_sales"_qs));
        QVERIFY(!activities->createActivities()->isVisible());
        QVERIFY(activities->unmappedLabel()->text().contains(u"Every activity name maps"_qs));
        clickNext(wizard);

        // Dates: the events' column reads as M/D and D/M alike; nothing goes on until chosen.
        auto *dates = qobject_cast<ImportDatesPage *>(wizard->currentPage());
        QVERIFY(dates);
        QTRY_VERIFY_WITH_TIMEOUT(dates->table()->rowCount() == 2, 10000);
        QVERIFY(dates->message()->text().contains(u"'occurred_at'"_qs));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        saveScreenshot(*wizard, u"import-5-dates.png"_qs);
        QVERIFY(choose(dates->findChild<QComboBox *>(u"date:1:occurred_at"_qs), int(DateFormat::DayMonthYear)));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);

        // Validation: a dry run; the rejected rows are listed and must be accepted.
        auto *validation = qobject_cast<ImportValidationPage *>(wizard->currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isChecking(), 20000);
        QVERIFY2(validation->summary()->text().contains(u"7 rows are ready"_qs),
                 qPrintable(validation->summary()->text()));
        QVERIFY(validation->summary()->text().contains(u"2 rows will be rejected"_qs));
        QCOMPARE(validation->rejectedTable()->rowCount(), 2);
        QVERIFY(validation->rejectedTable()->item(0, 3)->text().contains(u"fields"_qs));
        QCOMPARE(count(workspace, "SELECT count(*) FROM imports"), 0); // the dry run left nothing
        QAbstractButton *import = wizard->button(QWizard::CommitButton);
        QVERIFY(!import->isEnabled());
        QTest::mouseClick(validation->acceptRejected(), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(import->isEnabled());
        // The check page uses its space: every file's row in view, the rejected rows below
        // take the rest of the page (more than the files' table), nothing scrolls needlessly.
        {
            QTableWidget *files = validation->filesTable();
            QCOMPARE(files->verticalScrollBar()->maximum(), 0);
            QVERIFY(files->viewport()->rect().contains(files->visualItemRect(files->item(files->rowCount() - 1, 0))));
            QVERIFY2(validation->rejectedTable()->height() > 2 * files->height(),
                     qPrintable(u"%1 vs %2"_qs.arg(validation->rejectedTable()->height()).arg(files->height())));
        }
        saveScreenshot(*wizard, u"import-6-validation.png"_qs);
        QTest::mouseClick(import, Qt::LeftButton);

        // Result: counts per file; the workspace holds exactly the good rows, scored.
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPage), 30000);
        auto *result = qobject_cast<ImportResultPage *>(wizard->currentPage());
        QVERIFY(result->summary()->text().contains(u"Imported 7 rows and rejected 2"_qs));
        QCOMPARE(result->table()->item(0, 3)->text(), u"3"_qs);
        QCOMPARE(result->table()->item(1, 3)->text(), u"4"_qs);
        saveScreenshot(*wizard, u"import-8-result.png"_qs);
        QCOMPARE(count(workspace, "SELECT count(*) FROM leads"), 3);
        QCOMPARE(count(workspace, "SELECT count(*) FROM events"), 4);
        QCOMPARE(count(workspace, "SELECT count(*) FROM import_errors"), 2);
        QCOMPARE(count(workspace, "SELECT count(*) FROM lead_state"), 3);
        QCOMPARE(text(workspace, "SELECT company FROM leads WHERE external_id = 'L1'"), u"Acme"_qs);
        QCOMPARE(text(workspace, "SELECT json_extract(attrs, '$.TotalVisits') FROM leads WHERE external_id = 'L1'"),
                 u"7"_qs);
        // 03/04/2025 read day first: 3 April 2025.
        QCOMPARE(count(workspace, "SELECT occurred_at FROM events e JOIN event_details d ON d.id = e.detail_id "
                                  "WHERE d.text = 'Q1 webinar'"),
                 1743638400);
        QCOMPARE(count(workspace, "SELECT count(*) FROM events e JOIN activity_types t ON t.id = e.activity_id "
                                  "WHERE t.key = 'contact_sales'"),
                 2);
        QVERIFY2(window.statusText().startsWith(u"3 leads · 4 events"_qs), qPrintable(window.statusText()));

        // Save the events file's rejected rows through the button and its file dialog.
        result->table()->selectRow(1);
        const QString rejectedPath = m_dir.filePath(u"events-rejected.csv"_qs);
        QTimer::singleShot(200, this, [rejectedPath] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->selectFile(rejectedPath);
            QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
        });
        QTest::mouseClick(result->saveRejectedButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->saveMessage()->text().startsWith(u"Saved 1 rejected rows"_qs), 10000);
        QFile saved(rejectedPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = saved.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("line,column,reason,raw"));
        QVERIFY2(lines.value(1).startsWith("6,1,"), lines.value(1).constData());
        QVERIFY(lines.value(1).endsWith("\"L9,ebook_download,06/08/2025,Guide\""));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<ImportWizard *>() == nullptr);
    }

    // A leads file with no created-date column and a key column that repeats: the
    // mapping page asks which date new leads get and warns of the repeats, and goes on
    // only once both are answered; the check page says which dates the leads get.
    void mappingPageAsksForCreatedDateAndWarnsOfRepeats()
    {
        const QString workspace = emptyWorkspace(u"choices.leadstage"_qs);
        const QString leads = writeIn(m_dir, u"ages.csv"_qs,
                                      "lead_id,email,age\nL1,a@x.example,34\nL2,b@x.example,35\nL3,c@x.example,34\n"
                                      "L4,d@x.example,34\nL5,e@x.example,36\n");
        MainWindow window;
        open(window, workspace);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->resize(1280, 800);
        wizard->addFiles({leads});
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->tasks().isPreviewing(), 10000);
        clickNext(wizard);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);

        auto *mapping = qobject_cast<ImportMappingPage *>(wizard->currentPage());
        QVERIFY(mapping);
        LeadFileChoices *choices = mapping->leadFileChoices();
        auto *created = choices->findChild<QGroupBox *>(u"createdDateChoice"_qs);
        QVERIFY(created && created->isVisible());
        QVERIFY(!choices->repeatedLabel()->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no date chosen yet
        QTest::mouseClick(choices->firstEvent(), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard->draft().options.missingCreatedDate, MissingCreatedDate::FirstEvent);

        // `age` mapped as the CRM id: 34 comes back twice.
        QVERIFY(choose(mapping->fieldChooser(u"age"_qs), u"external_id"_qs));
        QVERIFY(choices->repeatedLabel()->isVisible());
        QVERIFY2(choices->repeatedLabel()->text().contains(u"'34' (2 more rows)"_qs),
                 qPrintable(choices->repeatedLabel()->text()));
        QVERIFY(choices->allowRepeated()->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(choices->firstEvent()->isChecked()); // the choice made stays
        saveScreenshot(*wizard, u"import-3b-created-date-and-repeats.png"_qs);
        QTest::mouseClick(choices->allowRepeated(), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(wizard->draft().options.allowRepeatedKeys);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        // Back to the CRM id column: nothing repeats, nothing to accept.
        QVERIFY(choose(mapping->fieldChooser(u"lead_id"_qs), u"external_id"_qs));
        QVERIFY(!choices->repeatedLabel()->isVisible());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);

        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::DatesPage), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        clickNext(wizard);
        auto *validation = qobject_cast<ImportValidationPage *>(wizard->currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isChecking(), 20000);
        QVERIFY2(
            validation->summary()->text().contains(
                u"Created dates of the new leads of “ages.csv”: 0 from their first event, 5 dated at the import's time ("_qs),
            qPrintable(validation->summary()->text()));
        saveScreenshot(*wizard, u"import-6b-created-dates-said.png"_qs);
        wizard->reject();
    }

    void cancellingTheImportWritesNothing()
    {
        const QString workspace = emptyWorkspace(u"cancel.leadstage"_qs);
        QByteArray big = "lead_id,email,first_name,company,created_at\n";
        for (int i = 0; i < 300000; ++i)
            big += "C" + QByteArray::number(i) + ",c" + QByteArray::number(i) + "@example.com,Cleo,Corp,2025-02-0"
                   + QByteArray::number(1 + i % 9) + "\n";
        const QString leads = writeIn(m_dir, u"many-leads.csv"_qs, big);
        ImportSettings::lastPreset().clear();
        MainWindow window;
        open(window, workspace);
        window.importFiles({leads});
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        // Opened from the window, its backing store filled before it showed (warmBackingStore).
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        saveScreenshot(*wizard, u"import-from-window.png"_qs);
        clickNext(wizard); // preview
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        clickNext(wizard); // mapping
        clickNext(wizard); // dates (no events: no activity page)
        QCOMPARE(wizard->currentId(), int(ImportWizard::DatesPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        clickNext(wizard);
        auto *validation = qobject_cast<ImportValidationPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isChecking(), 60000);
        QVERIFY2(validation->summary()->text().contains(u"300,000 rows are ready"_qs),
                 qPrintable(validation->summary()->text()));
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);

        auto *run = qobject_cast<ImportRunPage *>(wizard->currentPage());
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->progressText().contains(u"rows/s"_qs), 30000);
        QVERIFY(run->progressText().contains(u"s left"_qs));
        saveScreenshot(*wizard, u"import-7-progress.png"_qs);
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ValidationPage), 30000);
        QVERIFY(wizard->isVisible()); // the first Cancel stops the import, not the wizard
        QVERIFY2(validation->notice()->text().contains(u"cancelled: nothing was written"_qs),
                 qPrintable(validation->notice()->text()));
        QVERIFY(validation->notice()->isVisible());
        QCOMPARE(count(workspace, "SELECT count(*) FROM leads"), 0);
        QCOMPARE(count(workspace, "SELECT count(*) FROM imports"), 0);
        QCOMPARE(count(workspace, "SELECT count(*) FROM import_errors"), 0);
        QCOMPARE(text(workspace, "PRAGMA integrity_check"), u"ok"_qs);
        QVERIFY(window.statusText().startsWith(u"0 leads"_qs));

        // A second Cancel closes the wizard; the workspace is still open for writing.
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<ImportWizard *>() == nullptr);
        QVERIFY(window.workspace() != nullptr);
    }

    // The preview says which encoding and why: a guess names the byte that is not
    // UTF-8 and where it is; a file mixing it with valid UTF-8 is refused with its place
    // until an encoding is chosen in the Encoding box.
    void previewSaysWhichEncodingAndWhy()
    {
        const QString workspace = emptyWorkspace(u"encoding.leadstage"_qs);
        const QString cp1252 = writeIn(m_dir, u"cp1252.csv"_qs, "lead_id,email,last_name\nL1,a@x.example,M\xFCller\n");
        const QString mixed =
            writeIn(m_dir, u"mixed.csv"_qs,
                    "lead_id,email,last_name\nL1,a@x.example,M\xC3\xBCller\nL2,b@x.example,M\xFCller\n");
        MainWindow window;
        open(window, workspace);
        window.importFiles({cp1252, mixed});
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->tasks().isPreviewing(), 10000);
        clickNext(wizard);
        auto *preview = qobject_cast<ImportPreviewPage *>(wizard->currentPage());
        QVERIFY(preview);
        QVERIFY2(preview->detectedLabel()->text().contains(
                     u"Windows-1252, because the byte 0xFC at line 2, column 3 is not valid UTF-8"_qs),
                 qPrintable(preview->detectedLabel()->text()));
        QCOMPARE(preview->model()->data(preview->model()->index(0, 2)).toString(), u"Müller"_qs);

        preview->fileChooser()->setCurrentIndex(1);
        QVERIFY(preview->problemLabel()->isVisible());
        QVERIFY2(preview->problemLabel()->text().contains(u"(line 3, column 3)"_qs),
                 qPrintable(preview->problemLabel()->text()));
        QVERIFY(preview->problemLabel()->text().contains(u"Encoding in the import wizard"_qs));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        saveScreenshot(*wizard, u"import-2b-encoding-refused.png"_qs);
        QVERIFY(choose(preview->encoding(), int(TextEncoding::Utf8)));
        QTRY_VERIFY_WITH_TIMEOUT(!preview->problemLabel()->isVisible(), 10000);
        QVERIFY2(preview->detectedLabel()->text().contains(u"The encoding is the one you chose."_qs),
                 qPrintable(preview->detectedLabel()->text()));
        QVERIFY(preview->detectedLabel()->text().contains(u"1 of these rows will be rejected"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        wizard->reject();
        QTRY_VERIFY(window.findChild<ImportWizard *>() == nullptr);
    }

    void droppingCsvFilesOpensTheWizard()
    {
        const QString workspace = emptyWorkspace(u"drop.leadstage"_qs);
        const QString leads = writeIn(m_dir, u"drop-leads.csv"_qs, leadsCsv);
        const QString events = writeIn(m_dir, u"drop-events.csv"_qs, eventsCsv);
        MainWindow window;
        open(window, workspace);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(leads), QUrl::fromLocalFile(events)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->draft().fileCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->tasks().isPreviewing(), 10000);
        QCOMPARE(wizard->draft().file(0).kind, ImportKind::Leads);
        QCOMPARE(wizard->draft().file(1).kind, ImportKind::Events);
        // A broken file says so on the page instead of failing later.
        const QString broken = writeIn(m_dir, u"broken.csv"_qs, QByteArray("a,\"b\"c\n1,2\n"));
        wizard->addFiles({broken});
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->tasks().isPreviewing(), 10000);
        auto *files = qobject_cast<ImportFilesPage *>(wizard->page(ImportWizard::FilesPage));
        QVERIFY2(files->table()->item(2, 3)->text().startsWith(u"Cannot be read"_qs),
                 qPrintable(files->table()->item(2, 3)->text()));
        clickNext(wizard);
        auto *preview = qobject_cast<ImportPreviewPage *>(wizard->currentPage());
        preview->fileChooser()->setCurrentIndex(2);
        QVERIFY(preview->problemLabel()->text().contains(u"line 1"_qs));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // remove it or read it otherwise first
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        files->table()->selectRow(2);
        QTest::mouseClick(files->findChild<QPushButton *>(u"removeFile"_qs), Qt::LeftButton);
        QCOMPARE(wizard->draft().fileCount(), 2);
        QCOMPARE(files->table()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->tasks().isPreviewing(), 10000);
        clickNext(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        wizard->reject();
        QTRY_VERIFY(window.findChild<ImportWizard *>() == nullptr);
        QCOMPARE(count(workspace, "SELECT count(*) FROM imports"), 0);

        // A workspace file dropped still opens it.
        data.setUrls({QUrl::fromLocalFile(workspace)});
        QDragEnterEvent enterWorkspace(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enterWorkspace);
        QVERIFY(enterWorkspace.isAccepted());
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
