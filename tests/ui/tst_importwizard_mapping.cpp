// The import wizard on an export whose first column has no header and whose cells hold
// placeholders (Select, N/A, -): the preview greys the cells read as missing and follows
// an edit of the list; the headerless column is mapped as #1; "Save to File" writes a
// mapping file that `leadstage import --mapping` reads (positional column, list and all).

#include "Application.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "import/MappingFile.h"
#include "importwizard/CsvPreviewModel.h"
#include "importwizard/ImportMappingPage.h"
#include "importwizard/LeadFileChoices.h"

#include "importwizard/ImportPreviewPage.h"
#include "importwizard/ImportSettings.h"
#include "importwizard/ImportTasks.h"
#include "importwizard/ImportValidationPage.h"
#include "importwizard/ImportWizard.h"
#include "store/Workspace.h"
#include <QRadioButton>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace LeadStage;

namespace {

const QByteArray leadsCsv = ",email,company,employees,Lead Status\n"
                            "CRM-1,ann@example.com,Acme,Select,Open\n"
                            "CRM-2,N/A,Beta,250,-\n"
                            "CRM-3,cy@example.com,-,n/a,Select\n";

using LeadStage::Testing::saveScreenshot;

} // namespace

class TestImportWizardMapping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::describe();
        StoredSettings::clearAll();
        QDir(ImportSettings::presetFolder()).removeRecursively();
    }

    void placeholdersAndHeaderlessColumnReachTheSavedMapping()
    {
        const QString workspace = m_dir.filePath(u"mapping.leadstage"_qs);
        QVERIFY(Workspace::create(workspace));
        const QString leads = m_dir.filePath(u"leads.csv"_qs);
        {
            QFile file(leads);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(leadsCsv);
        }
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(workspace);
        QVERIFY(opened.wait(20000));
        window.importFiles({leads});
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->resize(1280, 800);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->tasks().isPreviewing(), 10000);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

        // Preview: the standard list greys Select, N/A (any case) and -: six cells.
        auto *preview = qobject_cast<ImportPreviewPage *>(wizard->currentPage());
        QVERIFY(preview);
        CsvPreviewModel *model = preview->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"#1"_qs);
        QCOMPARE(preview->missingValues()->text(), u"Select,unknown,N/A,-"_qs);
        QCOMPARE(model->missingCells(), 6);
        QVERIFY(model->data(model->index(0, 3), CsvPreviewModel::ReadAsMissingRole).toBool());  // Select
        QVERIFY(model->data(model->index(2, 3), CsvPreviewModel::ReadAsMissingRole).toBool());  // n/a
        QVERIFY(!model->data(model->index(0, 2), CsvPreviewModel::ReadAsMissingRole).toBool()); // Acme
        QVERIFY2(preview->detectedLabel()->text().contains(u"6 cells are read as missing"_qs),
                 qPrintable(preview->detectedLabel()->text()));
        saveScreenshot(*wizard, u"import-mapping-1-placeholders.png"_qs);

        // Edited to Select alone: the dashes and N/A are values again.
        preview->missingValues()->selectAll();
        QTest::keyClicks(preview->missingValues(), u"select"_qs);
        QCOMPARE(model->missingCells(), 2);
        QVERIFY(model->data(model->index(0, 3), CsvPreviewModel::ReadAsMissingRole).toBool());
        QVERIFY(!model->data(model->index(2, 3), CsvPreviewModel::ReadAsMissingRole).toBool());
        QCOMPARE(wizard->draft().options.missingValues.texts(), QStringList{u"select"_qs});
        QVERIFY(preview->detectedLabel()->text().contains(u"2 cells are read as missing"_qs));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

        // Mapping: the headerless column is #1 and takes the CRM id.
        auto *mapping = qobject_cast<ImportMappingPage *>(wizard->currentPage());
        QVERIFY(mapping);
        QComboBox *first = mapping->fieldChooser(u"#1"_qs);
        QVERIFY(first);
        first->setCurrentIndex(first->findData(u"external_id"_qs));
        Q_EMIT first->activated(first->currentIndex());
        QCOMPARE(mapping->fieldChooser(u"#1"_qs)->currentData().toString(), u"external_id"_qs);
        QCOMPARE(wizard->draft().file(0).mapping.columnOf(u"external_id"_qs), u"#1"_qs);
        saveScreenshot(*wizard, u"import-mapping-2-positional.png"_qs);

        // Save to File: through the file dialog, a mapping file the command line reads.
        const QString saved = m_dir.filePath(u"saved.json"_qs);
        // The dialog is answered once it shows, as a user would: the name typed, then Save.
        auto *answer = new QTimer(this);
        connect(answer, &QTimer::timeout, this, [saved, answer] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            answer->stop();
            auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_qs);
            QVERIFY(name);
            name->setText(saved);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        answer->start(100);
        QTest::mouseClick(mapping->saveFileButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saved), 10000);
        auto loaded = MappingFile::load(saved);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->name, u"saved"_qs);
        QVERIFY(loaded->mappings.count(ImportKind::Leads));
        const ColumnMapping &leadsMapping = loaded->mappings.at(ImportKind::Leads);
        QCOMPARE(leadsMapping.columnOf(u"external_id"_qs), u"#1"_qs);
        QCOMPARE(leadsMapping.columnOf(u"email"_qs), u"email"_qs);
        QVERIFY(loaded->missingValues.has_value());
        QCOMPARE(loaded->missingValues->texts(), QStringList{u"select"_qs});

        // The dry run says which placeholders it read as missing: row 1's Select (row 3 is
        // rejected at its employees, n/a, before its Select is read).
        // No column is the created date: the wizard asks which date the new leads get.
        QTest::mouseClick(mapping->leadFileChoices()->importTime(), Qt::LeftButton, {}, QPoint(5, 5));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::DatesPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        auto *validation = qobject_cast<ImportValidationPage *>(wizard->currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isChecking(), 20000);
        QVERIFY2(validation->summary()->text().contains(u"In “leads.csv”, read as missing: 'select' in 1 cell."_qs),
                 qPrintable(validation->summary()->text()));
        wizard->reject();
        QTRY_VERIFY(window.findChild<ImportWizard *>() == nullptr);
    }
};

QTEST_MAIN(TestImportWizardMapping)
#include "tst_importwizard_mapping.moc"
