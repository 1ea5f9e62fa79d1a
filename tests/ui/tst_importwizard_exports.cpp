// Issue 16's measurement through the wizard: the four shapes of public lead files
// (tests/data/exports) imported as a new user would, offscreen — the kinds chosen, the
// columns mapped on the mapping page, the created date or the ids from file and line
// chosen there — with the rows landed and refused and the result page's text.

#include "Application.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "importwizard/ImportMappingPage.h"
#include "importwizard/ImportResultPage.h"
#include "importwizard/ImportSettings.h"
#include "importwizard/ImportTasks.h"
#include "importwizard/ImportValidationPage.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/LeadFileChoices.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

const QString exports = QStringLiteral(LEADSTAGE_EXPORT_FIXTURES);

using LeadStage::Testing::saveScreenshot;

QString scalar(const QString &workspace, const char *sql)
{
    auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!opened)
        return u"(cannot open)"_qs;
    auto query = (*opened)->database().prepare(sql);
    if (!query || !query->step())
        return u"(no row)"_qs;
    return query->isNull(0) ? u"NULL"_qs : query->text(0);
}

void clickNext(ImportWizard *wizard)
{
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace

class TestImportWizardExports : public QObject
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

    void importsAsANewUserWould_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("outcomeFiles"); // chosen as outcomes on the files page
        QTest::addColumn<QStringList>("mapped");       // FILE-INDEX:COLUMN=FIELD, on the mapping page
        QTest::addColumn<bool>("idsFromLines");
        QTest::addColumn<bool>("askCreated"); // no created-date column: "This import's time"
        QTest::addColumn<QString>("result");  // on the result page
        QTest::addColumn<QString>("note");    // on the result page too
        QTest::addColumn<QString>("leads");
        QTest::addColumn<QString>("customersSql");
        QTest::addColumn<QString>("customers");

        QTest::newRow("xeducation")
            << QStringList{u"xeducation-leads.csv"_qs} << QStringList()
            << QStringList{u"0:Prospect ID=external_id"_qs, u"0:Converted=customer_flag"_qs} << false << true
            << u"Imported 12 rows and rejected 0"_qs << u"In “xeducation-leads.csv”, read as missing: 'Select'"_qs
            << u"12"_qs << u"SELECT count(*) FROM outcomes WHERE customer_undated = 1 AND customer_at IS NULL"_qs
            << u"5"_qs;
        QTest::newRow("olist") << QStringList{u"olist-mqls.csv"_qs, u"olist-closed-deals.csv"_qs}
                               << QStringList{u"olist-closed-deals.csv"_qs}
                               << QStringList{u"0:mql_id=external_id"_qs, u"0:first_contact_date=created_at"_qs,
                                              u"1:mql_id=lead"_qs, u"1:won_date=customer_at"_qs}
                               << false << false << u"Imported 14 rows and rejected 0"_qs
                               << u"10 from the column “first_contact_date”"_qs << u"10"_qs
                               << u"SELECT count(*) FROM outcomes WHERE customer_at = 1519675134"_qs << u"1"_qs;
        QTest::newRow("bank") << QStringList{u"bank-marketing.csv"_qs} << QStringList()
                              << QStringList{u"0:y=customer_flag"_qs} << true << true
                              << u"Imported 12 rows and rejected 0"_qs
                              << u"The leads of “bank-marketing.csv” were named by file and line"_qs << u"12"_qs
                              << u"SELECT group_concat(l.external_id) FROM outcomes o JOIN leads l ON l.id = "
                                 "o.lead_id WHERE o.customer_undated = 1"_qs
                              << u"bank-marketing.csv:13"_qs;
        QTest::newRow("indexed") << QStringList{u"indexed-export.csv"_qs} << QStringList()
                                 << QStringList{u"0:#1=external_id"_qs, u"0:created=created_at"_qs} << false << false
                                 << u"Imported 4 rows and rejected 0"_qs << u"4 from the column “created”"_qs << u"4"_qs
                                 << u"SELECT external_id FROM leads WHERE email = 'ana@northwind.example'"_qs
                                 << u"0"_qs;
    }

    void importsAsANewUserWould()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, outcomeFiles);
        QFETCH(QStringList, mapped);
        QFETCH(bool, idsFromLines);
        QFETCH(bool, askCreated);
        QFETCH(QString, result);
        QFETCH(QString, note);
        QFETCH(QString, leads);
        QFETCH(QString, customersSql);
        QFETCH(QString, customers);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        const QString workspace = m_dir.filePath(name + u".leadstage"_qs);
        QVERIFY(Workspace::create(workspace));
        QStringList paths;
        for (const QString &file : files)
            paths << exports + u'/' + file;

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(workspace);
        QVERIFY(opened.wait(20000));
        window.importFiles(paths);
        auto *wizard = window.findChild<ImportWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->resize(1280, 800);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->tasks().isPreviewing(), 10000);
        for (int i = 0; i < files.size(); ++i)
            if (outcomeFiles.contains(files[i])) {
                auto *kind = wizard->currentPage()->findChild<QComboBox *>(u"kind%1"_qs.arg(i));
                QVERIFY(kind);
                kind->setCurrentIndex(kind->findData(int(ImportKind::Outcomes)));
                Q_EMIT kind->activated(kind->currentIndex());
            }
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->tasks().isPreviewing(), 10000);
        clickNext(wizard); // preview
        clickNext(wizard); // mapping

        auto *mapping = qobject_cast<ImportMappingPage *>(wizard->currentPage());
        QVERIFY(mapping);
        for (const QString &entry : mapped) {
            const int file = entry.section(u':', 0, 0).toInt();
            const QString column = entry.section(u':', 1).section(u'=', 0, 0);
            const QString field = entry.section(u'=', 1);
            if (mapping->fileChooser()->currentIndex() != file)
                mapping->fileChooser()->setCurrentIndex(file);
            QComboBox *chooser = mapping->fieldChooser(column);
            QVERIFY2(chooser, qPrintable(column));
            const int index = chooser->findData(field);
            QVERIFY2(index >= 0, qPrintable(field));
            chooser->setCurrentIndex(index);
            Q_EMIT chooser->activated(index);
        }
        mapping->fileChooser()->setCurrentIndex(0);
        LeadFileChoices *choices = mapping->leadFileChoices();
        QCOMPARE(choices->idsFromLines()->isVisibleTo(wizard), idsFromLines);
        if (askCreated)
            QTest::mouseClick(choices->importTime(), Qt::LeftButton, {}, QPoint(5, 5));
        if (idsFromLines) {
            // No key column: the page does not go on until the box is ticked.
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
            QVERIFY(choices->idsFromLines()->toolTip().contains(u"FILENAME:LINE"_qs));
            QVERIFY2(mapping->message()->text().contains(u"or, when the file has none, tick"_qs),
                     qPrintable(mapping->message()->text()));
            saveScreenshot(*wizard, u"import-exports-%1-mapping-keyless.png"_qs.arg(name));
            QTest::mouseClick(choices->idsFromLines(), Qt::LeftButton, {}, QPoint(5, 5));
            QVERIFY(wizard->draft().options.idsFromLines);
        }
        saveScreenshot(*wizard, u"import-exports-%1-mapping.png"_qs.arg(name));
        clickNext(wizard);
        while (wizard->currentId() != int(ImportWizard::ValidationPage))
            clickNext(wizard);
        auto *validation = qobject_cast<ImportValidationPage *>(wizard->currentPage());
        QVERIFY(validation);
        QTRY_VERIFY_WITH_TIMEOUT(!validation->isChecking(), 20000);
        QCOMPARE(validation->rejectedTable()->rowCount(), 0);
        QAbstractButton *import = wizard->button(QWizard::CommitButton);
        QTRY_VERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPage), 30000);
        auto *page = qobject_cast<ImportResultPage *>(wizard->currentPage());
        QVERIFY2(page->summary()->text().contains(result), qPrintable(page->summary()->text()));
        QVERIFY2(page->summary()->text().contains(note), qPrintable(page->summary()->text()));
        saveScreenshot(*wizard, u"import-exports-%1-result.png"_qs.arg(name));
        QCOMPARE(scalar(workspace, "SELECT count(*) FROM leads"), leads);
        QCOMPARE(scalar(workspace, customersSql.toUtf8().constData()), customers);
        wizard->reject();
        QTRY_VERIFY(window.findChild<ImportWizard *>() == nullptr);
    }
};

QTEST_MAIN(TestImportWizardExports)
#include "tst_importwizard_exports.moc"
