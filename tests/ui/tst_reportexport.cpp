#include "Application.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "common/TaskProgressDialog.h"
#include "demo/DemoWorkspace.h"
#include "report/FilterLine.h"
#include "report/ReportBuilder.h"
#include "report/ReportExportDialog.h"
#include "report/ReportExportSettings.h"
#include "report/ReportPages.h"
#include "report/ReportPreview.h"
#include "store/ScoreStatus.h"
#include "store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace LeadStage;
using LeadStage::Testing::saveScreenshot;

Q_DECLARE_METATYPE(ReportExportDialog::Choice)

namespace {

constexpr int waitMs = 60000;

std::int64_t utc(int year, int month, int day, int hour = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

Period quarterOf(int year, int quarter)
{
    return Period(Bucket::Quarter, year * 4 + quarter - 1);
}

// Closes the "Report Exported" box the dialog leaves open beside the window.
void closeWrittenBoxes()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->objectName() == u"reportWrittenBox")
            widget->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QStringList cellTexts(const ReportDocument &document)
{
    QStringList texts;
    for (const ReportTable &table : document.tables)
        for (const auto &row : table.rows)
            for (const ReportCell &cell : row)
                texts << cell.text;
    return texts;
}

// Files beside the report that a cancelled or failed export must not leave.
QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    // The demo's data ends on 2025-11-20: 2025-Q4 is running, 2025-Q3 is the last complete quarter.
    const std::int64_t m_end = utc(2025, 11, 20, 12);

    // A dialog on the demo workspace, once it has read the analysis date and shown its first preview.
    std::unique_ptr<ReportExportDialog> openDialog(const MetricsFilter &filter = {})
    {
        auto dialog = std::make_unique<ReportExportDialog>(m_path, filter);
        QSignalSpy shown(dialog.get(), &ReportExportDialog::previewShown);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()) || !shown.wait(waitMs))
            return nullptr;
        return dialog;
    }

    static bool waitForPreview(ReportExportDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.preview()->isPreparing(); }, waitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::describe();
        StoredSettings::clearAll();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"Acme.leadstage"_qs);
        DemoOptions options;
        options.leads = 3000;
        options.months = 15;
        options.endDate = m_end;
        const auto stats = createDemoWorkspace(m_path, options, nullptr);
        QVERIFY2(stats.ok(), qPrintable(stats ? QString() : stats.error().toString()));
    }

    void cleanup()
    {
        closeWrittenBoxes();
        StoredSettings::clearAll();
    }

    void defaultsToLastCompleteQuarter()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->analysisDate());
        QVERIFY(*dialog->analysisDate() <= m_end);
        QVERIFY(*dialog->analysisDate() > utc(2025, 11, 1));
        QComboBox *quarters = dialog->quarterBox();
        QVERIFY(quarters->isEnabled());
        QCOMPARE(quarters->currentData().toInt(), quarterOf(2025, 3).index());
        QCOMPARE(quarters->currentText(), u"2025-Q3"_qs);
        // The running quarter is offered, marked; nothing after the analysis date.
        QCOMPARE(quarters->itemData(0).toInt(), quarterOf(2025, 4).index());
        QVERIFY2(quarters->itemText(0).startsWith(u"2025-Q4 ("_qs), qPrintable(quarters->itemText(0)));
        for (int i = 0; i < quarters->count(); ++i)
            QVERIFY(quarters->itemData(i).toInt() <= quarterOf(2025, 4).index());
        const auto request = dialog->request();
        QVERIFY(request);
        QCOMPARE(request->quarter, quarterOf(2025, 3));
        QCOMPARE(QFileInfo(dialog->outputPath()).fileName(), u"Acme 2025-Q3 funnel report.pdf"_qs);
        QCOMPARE(QFileInfo(dialog->outputPath()).absolutePath(), QFileInfo(m_path).absolutePath());
    }

    void formatsEnablePaper_data()
    {
        QTest::addColumn<ReportExportDialog::Choice>("choice");
        QTest::addColumn<bool>("paper");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("pdf") << ReportExportDialog::Choice::Pdf << true << u".pdf"_qs;
        QTest::newRow("xlsx") << ReportExportDialog::Choice::Xlsx << false << u".xlsx"_qs;
        QTest::newRow("html") << ReportExportDialog::Choice::Html << true << u".html"_qs;
        QTest::newRow("csv folder") << ReportExportDialog::Choice::CsvFolder << false << u" funnel report"_qs;
        QTest::newRow("csv zip") << ReportExportDialog::Choice::CsvZip << false << u".zip"_qs;
    }

    void formatsEnablePaper()
    {
        QFETCH(ReportExportDialog::Choice, choice);
        QFETCH(bool, paper);
        QFETCH(QString, suffix);
        auto dialog = openDialog();
        QVERIFY(dialog);
        QComboBox *formats = dialog->formatBox();
        formats->setCurrentIndex(formats->findData(int(choice)));
        QCOMPARE(dialog->choice(), choice);
        QCOMPARE(dialog->paperBox()->isEnabled(), paper);
        QVERIFY2(dialog->outputPath().endsWith(suffix), qPrintable(dialog->outputPath()));
        // A name the analyst typed keeps its words and gets the format's suffix.
        dialog->setOutputPath(m_dir.filePath(u"board pack.pdf"_qs));
        const bool toHtml = choice == ReportExportDialog::Choice::Xlsx;
        formats->setCurrentIndex(
            formats->findData(int(toHtml ? ReportExportDialog::Choice::Html : ReportExportDialog::Choice::Xlsx)));
        QCOMPARE(QFileInfo(dialog->outputPath()).fileName(), toHtml ? u"board pack.html"_qs : u"board pack.xlsx"_qs);
    }

    void paperFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("paper");
        QTest::newRow("United States") << u"en_US"_qs << int(PaperSize::Letter);
        QTest::newRow("Canada") << u"fr_CA"_qs << int(PaperSize::Letter);
        QTest::newRow("Germany") << u"de_DE"_qs << int(PaperSize::A4);
        QTest::newRow("United Kingdom") << u"en_GB"_qs << int(PaperSize::A4);
    }

    void paperFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, paper);
        QCOMPARE(int(ReportExportDialog::localPaper(QLocale(locale))), paper);
    }

    void offersEveryTranslation()
    {
        const auto languages = ReportExportDialog::languages();
        QStringList codes;
        for (const auto &language : languages)
            codes << language.code;
        QCOMPARE(codes.value(0), u"en"_qs);
        QVERIFY2(codes.contains(u"de"_qs), qPrintable(codes.join(u',')));
        QCOMPARE(languages[1].name, u"German (Deutsch)"_qs);
    }

    void filtersLine_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QStringList>("campaigns");
        QTest::addColumn<QStringList>("grades");
        QTest::addColumn<bool>("dated");
        QTest::addColumn<QString>("line");
        QTest::newRow("sources and grade")
            << QStringList{u"Google"_qs, u"LinkedIn"_qs} << QStringList{} << QStringList{u"A"_qs} << false
            << u"Source: Google, LinkedIn · Grade: A"_qs;
        QTest::newRow("nothing") << QStringList{} << QStringList{} << QStringList{} << true
                                 << u"All leads (no filter)"_qs;
        QTest::newRow("many campaigns") << QStringList{}
                                        << QStringList{u"c1"_qs, u"c2"_qs, u"c3"_qs, u"c4"_qs, u"c5"_qs, u"c6"_qs}
                                        << QStringList{u"B"_qs, u"C"_qs} << true
                                        << u"Campaign: c1, c2, c3, c4 + 2 more · Grade: B, C"_qs;
    }

    void filtersLine()
    {
        QFETCH(QStringList, sources);
        QFETCH(QStringList, campaigns);
        QFETCH(QStringList, grades);
        QFETCH(bool, dated);
        QFETCH(QString, line);
        MetricsFilter filter;
        filter.sources = sources;
        filter.campaigns = campaigns;
        for (const QString &name : grades)
            filter.grades.push_back(*gradeFromName(name));
        if (dated) {
            filter.from = utc(2025, 1, 1);
            filter.to = utc(2025, 7, 1);
        }
        QCOMPARE(FilterLine::describe(filter), line);

        auto dialog = openDialog(filter);
        QVERIFY(dialog);
        QCOMPARE(dialog->filterText(), line);
        QCOMPARE(dialog->datesNote()->isVisibleTo(dialog.get()), dated);
        QVERIFY(dialog->useFiltersBox()->isChecked());
        auto request = dialog->request();
        QVERIFY(request);
        QCOMPARE(request->filter.sources, sources);
        QCOMPARE(request->filter.campaigns, campaigns);
        QCOMPARE(int(request->filter.grades.size()), int(grades.size()));
        QVERIFY(!request->filter.from && !request->filter.to); // the quarter sets the dates
        dialog->useFiltersBox()->setChecked(false);
        request = dialog->request();
        QVERIFY(request->filter.sources.isEmpty() && request->filter.campaigns.isEmpty());
        QVERIFY(request->filter.grades.empty());
        QVERIFY(!dialog->findChild<QLabel *>(u"filterLine"_qs)->isEnabled());
    }

    void previewShowsThePages()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(waitForPreview(*dialog));
        ReportPreview *preview = dialog->preview();
        QVERIFY2(preview->document(), qPrintable(preview->messageText()));
        const ReportPages a4(*preview->document(), PaperSize::A4);
        QVERIFY(a4.pageCount() > 1);
        dialog->paperBox()->setCurrentIndex(dialog->paperBox()->findData(int(PaperSize::A4)));
        QCOMPARE(preview->pageCount(), a4.pageCount());
        QCOMPARE(preview->pageText(), u"Page 1 of %1"_qs.arg(a4.pageCount()));
        // Painted at the screen's density, the page's proportions kept.
        const QImage &image = preview->pageImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.devicePixelRatio(), dialog->devicePixelRatioF());
        QVERIFY(qAbs(double(image.height()) / image.width() - a4.pageSize().height() / a4.pageSize().width()) < 0.01);
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).isValid());
        QTest::keyClick(preview, Qt::Key_End);
        QCOMPARE(preview->pageText(), u"Page %1 of %1"_qs.arg(a4.pageCount()));
        QTest::keyClick(preview, Qt::Key_Home);
        QTest::keyClick(preview, Qt::Key_PageDown);
        QCOMPARE(preview->pageText(), u"Page 2 of %1"_qs.arg(a4.pageCount()));

        dialog->paperBox()->setCurrentIndex(dialog->paperBox()->findData(int(PaperSize::Letter)));
        const ReportPages letter(*preview->document(), PaperSize::Letter);
        QCOMPARE(preview->pageCount(), letter.pageCount());
        QCOMPARE(preview->currentPage(), 1); // the page being read stays in view
    }

    void previewFollowsTheLatestChoice()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(waitForPreview(*dialog));
        QSignalSpy shown(dialog.get(), &ReportExportDialog::previewShown);
        QComboBox *quarters = dialog->quarterBox();
        // Three choices in quick succession: one preview, of the last.
        quarters->setCurrentIndex(quarters->findData(quarterOf(2025, 2).index()));
        quarters->setCurrentIndex(quarters->findData(quarterOf(2025, 1).index()));
        quarters->setCurrentIndex(quarters->findData(quarterOf(2024, 4).index()));
        QVERIFY(dialog->preview()->isPreparing());
        QVERIFY(shown.wait(waitMs));
        QVERIFY(waitForPreview(*dialog));
        QCOMPARE(shown.count(), 1);
        QVERIFY(dialog->preview()->document());
        QVERIFY2(dialog->preview()->document()->subtitle.contains(u"2024-Q4"_qs),
                 qPrintable(dialog->preview()->document()->subtitle));
        QCOMPARE(QFileInfo(dialog->outputPath()).fileName(), u"Acme 2024-Q4 funnel report.pdf"_qs);
    }

    void runningQuarterIsReportedToDate()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(waitForPreview(*dialog));
        dialog->quarterBox()->setCurrentIndex(0); // 2025-Q4, up to the analysis date
        QVERIFY(dialog->preview()->isPreparing());
        QVERIFY(waitForPreview(*dialog));
        QVERIFY2(dialog->preview()->document(), qPrintable(dialog->preview()->messageText()));
        QVERIFY(dialog->preview()->document()->subtitle.contains(u"2025-Q4"_qs));
    }

    void previewSpeaksTheChosenLanguage()
    {
        auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(waitForPreview(*dialog));
        const QStringList english = cellTexts(*dialog->preview()->document());
        QComboBox *languages = dialog->languageBox();
        languages->setCurrentIndex(languages->findData(u"de"_qs));
        QVERIFY(QTest::qWaitFor([&] { return dialog->preview()->isPreparing(); }, 1000));
        QVERIFY(waitForPreview(*dialog));
        QCOMPARE(dialog->preview()->document()->language, u"de"_qs);
        QVERIFY(cellTexts(*dialog->preview()->document()) != english); // "21,3 %", not "21.3 %"
    }

    void previewSaysWhyNot()
    {
        // Stale scores would make wrong numbers: the preview asks for a rescore instead.
        const QString stale = m_dir.filePath(u"stale.leadstage"_qs);
        QVERIFY(QFile::copy(m_path, stale));
        {
            auto workspace = Workspace::open(stale, {});
            QVERIFY(workspace.ok());
            QVERIFY(ScoreStatus::markStale((*workspace)->database(), ScoreStatus::importReason).ok());
        }
        ReportExportDialog dialog(stale, MetricsFilter{});
        QSignalSpy shown(&dialog, &ReportExportDialog::previewShown);
        dialog.show();
        QVERIFY(shown.wait(waitMs));
        QVERIFY(waitForPreview(dialog));
        QVERIFY(!dialog.preview()->document());
        QCOMPARE(dialog.preview()->pageCount(), 0);
        QVERIFY2(dialog.preview()->messageText().contains(u"Rescore the workspace"_qs),
                 qPrintable(dialog.preview()->messageText()));
        QVERIFY(dialog.preview()->pageText().isEmpty());
        dialog.resize(1280, 800);
        saveScreenshot(dialog, u"report-export-stale.png"_qs);
    }

    void exportWritesTheReport_data()
    {
        QTest::addColumn<ReportExportDialog::Choice>("choice");
        QTest::addColumn<QByteArray>("start"); // what the file begins with
        QTest::newRow("pdf") << ReportExportDialog::Choice::Pdf << QByteArray("%PDF-");
        QTest::newRow("xlsx") << ReportExportDialog::Choice::Xlsx << QByteArray("PK\x03\x04");
        QTest::newRow("html") << ReportExportDialog::Choice::Html << QByteArray("<!DOCTYPE html>");
        QTest::newRow("csv folder") << ReportExportDialog::Choice::CsvFolder << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("csv zip") << ReportExportDialog::Choice::CsvZip << QByteArray("PK\x03\x04");
    }

    void exportWritesTheReport()
    {
        QFETCH(ReportExportDialog::Choice, choice);
        QFETCH(QByteArray, start);
        QTemporaryDir out;
        auto dialog = openDialog();
        QVERIFY(dialog);
        dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(int(choice)));
        const QString name = QFileInfo(dialog->outputPath()).fileName();
        dialog->setOutputPath(out.filePath(name));
        QSignalSpy finished(dialog.get(), &ReportExportDialog::exportFinished);
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        dialog->exportButton()->click();
        QVERIFY(dialog->isExporting());
        QVERIFY(finished.wait(waitMs));
        const auto error = finished.at(0).at(2).value<Error>();
        QVERIFY2(error.what.isEmpty(), qPrintable(error.toString()));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(accepted.count(), 1);
        const QFileInfo written(out.filePath(name));
        QString file = written.filePath();
        if (choice == ReportExportDialog::Choice::CsvFolder) {
            QVERIFY(written.isDir());
            const QStringList tables = QDir(file).entryList({u"*.csv"_qs}, QDir::Files, QDir::Name);
            QVERIFY(!tables.isEmpty());
            file = QDir(file).filePath(tables.first());
        }
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        QVERIFY(bytes.size() > 200);
        QVERIFY2(bytes.read(start.size()) == start, qPrintable(file));
        if (choice == ReportExportDialog::Choice::Pdf) {
            // The preview showed the PDF's own pages: as many, on the same paper.
            const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_qs);
            if (!pdfinfo.isEmpty()) {
                QProcess info;
                info.start(pdfinfo, {file});
                QVERIFY(info.waitForFinished(waitMs));
                const QString output = QString::fromUtf8(info.readAllStandardOutput());
                const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_qs).match(output);
                QVERIFY2(pages.hasMatch(), qPrintable(output));
                QCOMPARE(pages.captured(1).toInt(), dialog->preview()->pageCount());
            }
        }
        QCOMPARE(leftovers(out.path()), QStringList{name}); // no partial file beside it
        // The choices are remembered for next time.
        QCOMPARE(ReportExportSettings::folder().get(), QFileInfo(out.path()).absoluteFilePath());
        auto again = std::make_unique<ReportExportDialog>(m_path, MetricsFilter{});
        QCOMPARE(again->choice(), choice);
        QVERIFY(!ReportExportSettings::geometry().get().isEmpty());
        // The message names the file and offers to open it.
        QMessageBox *box = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (widget->objectName() == u"reportWrittenBox" && widget->isVisible())
                box = qobject_cast<QMessageBox *>(widget);
        QVERIFY(box);
        QVERIFY(box->text().contains(QDir::toNativeSeparators(written.absoluteFilePath())));
        QStringList buttons;
        for (QAbstractButton *button : box->buttons())
            buttons << button->text();
        QVERIFY(buttons.contains(u"Open"_qs) && buttons.contains(u"Show in Folder"_qs));
        if (choice == ReportExportDialog::Choice::Pdf)
            saveScreenshot(*box, u"report-export-written.png"_qs);
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<bool>("older"); // a report of that name was there before
        QTest::newRow("new name") << false;
        QTest::newRow("older report") << true;
    }

    void cancelLeavesNoFile()
    {
        QFETCH(bool, older);
        QTemporaryDir out;
        const QString path = out.filePath(u"cancelled.pdf"_qs);
        if (older) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("last quarter's report");
        }
        auto dialog = openDialog();
        QVERIFY(dialog);
        dialog->setOutputPath(path);
        QSignalSpy finished(dialog.get(), &ReportExportDialog::exportFinished);
        dialog->startExport();
        if (older) {
            // Nothing starts before the analyst agrees to replace the older report.
            QVERIFY(!dialog->isExporting());
            auto *question = dialog->findChild<QMessageBox *>(u"replaceReportBox"_qs);
            QVERIFY(question);
            QVERIFY(question->text().contains(u"already exists"_qs));
            QAbstractButton *replace = nullptr;
            for (QAbstractButton *button : question->buttons())
                if (button->text() == u"Replace")
                    replace = button;
            QVERIFY(replace);
            replace->click();
            QVERIFY(dialog->isExporting());
        }
        TaskProgressDialog *progress = dialog->progressDialog();
        QVERIFY(progress);
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(dialog->isVisible()); // still there to try again
        QVERIFY(!dialog->progressDialog());
        QCOMPARE(leftovers(out.path()), older ? QStringList{u"cancelled.pdf"_qs} : QStringList());
        if (older) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("last quarter's report"));
        }
    }

    void menuOpensTheDialog()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QAction *action = window.findChild<QAction *>(u"exportQuarterlyReport"_qs);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+R"_qs));
        QVERIFY(!action->isEnabled());
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(m_path);
        QVERIFY(opened.wait(waitMs));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<ReportExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QSignalSpy shown(dialog, &ReportExportDialog::previewShown);
        QVERIFY(shown.wait(waitMs));
        dialog->reject();
        window.closeWorkspace();
        QVERIFY(!action->isEnabled());
    }

    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1200") << QSize(1920, 1200);
    }

    void screenshots()
    {
        QFETCH(QSize, size);
        MetricsFilter filter;
        filter.sources = QStringList{u"Google Ads"_qs, u"LinkedIn"_qs};
        filter.grades = {Grade::A, Grade::B};
        filter.from = utc(2025, 1, 1);
        auto dialog = openDialog(filter);
        QVERIFY(dialog);
        dialog->resize(size);
        QVERIFY(waitForPreview(*dialog));
        QCoreApplication::sendPostedEvents();
        // A wide preview shows two pages side by side, a narrow one a page at a time.
        const int shown = size.width() >= 1900 ? 2 : 1;
        QCOMPARE(dialog->preview()->pagesShown(), shown);
        QVERIFY2(dialog->preview()->pageText().startsWith(shown == 2 ? u"Pages 1–2 of "_qs : u"Page 1 of "_qs),
                 qPrintable(dialog->preview()->pageText()));
        saveScreenshot(*dialog, u"report-export-%1x%2.png"_qs.arg(size.width()).arg(size.height()));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
