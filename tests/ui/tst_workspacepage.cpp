// The Workspace page on a small imported workspace: the import history with each file's
// SHA-256 and its read and rejected counts, the rejected rows listed with line, column,
// reason and the row as it was in the file and exported as CSV, and the saved model
// versions with the active one marked; no header or label cut off.

#include "Screenshot.h"
#include "import/ImportJob.h"
#include "import/ImportScan.h"
#include "ruleeditor/VersionTableModel.h"
#include "scoring/ModelStore.h"
#include "store/Workspace.h"
#include "store/WorkspaceSummary.h"
#include "workspace/ImportHistoryModel.h"
#include "workspace/ImportHistoryPanel.h"
#include "workspace/ModelVersionsPanel.h"
#include "workspace/RejectedRowsDialog.h"
#include "workspace/RejectedRowsModel.h"
#include "workspace/WorkspaceOverview.h"
#include "workspace/WorkspaceTabs.h"

#include "common/AccountName.h"
#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QTest>

using namespace LeadStage;

namespace {

using LeadStage::Testing::saveScreenshot;

// Lines 3 and 4 have no number of employees: rejected at column 4.
const QByteArray leadsCsv = "lead_id,email,company,employees,created_at\n"
                            "L1,ann@example.com,Acme,10,2025-01-01\n"
                            "L2,bob@example.com,Beta,many,2025-01-02\n"
                            "L3,cy@example.com,\"Gamma, Inc.\",lots,2025-01-03\n"
                            "L4,dee@example.com,Delta,5,2025-01-04\n";
const QByteArray eventsCsv = "lead_id,activity,occurred_at,detail\n"
                             "L1,ebook_download,2025-02-01,\n"
                             "L4,webinar_attended,2025-02-02,\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void import(Workspace &workspace, ImportKind kind, const QString &path)
{
    auto scan = ImportScan::scan(kind, path, std::nullopt, ActivityMap::defaults(), {});
    if (!scan || !scan->resolveDateFormats({}))
        qFatal("scan failed");
    ImportRequest request;
    request.sources.push_back(ImportSource{kind, path, scan->mapping, {}, nullptr});
    auto report = ImportJob(workspace, request).run();
    if (!report || !report->committed)
        qFatal("import failed");
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Every visible header section holds its whole text, or elides it and says it in a tooltip.
void verifyHeadersWhole(const QTableView &table)
{
    const QHeaderView *header = table.horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString text = table.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
        QVERIFY2(needed <= header->sectionSize(column),
                 qPrintable(u"%1, header '%2': %3 px wide, needs %4"_qs.arg(table.objectName(), text)
                                .arg(header->sectionSize(column))
                                .arg(needed)));
    }
}

void verifyLabelsWhole(const QWidget &root)
{
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&root) || label->wordWrap() || label->text().isEmpty())
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(label->text());
        QVERIFY2(needed <= label->contentsRect().width(),
                 qPrintable(u"label '%1': %2 px wide, needs %3"_qs.arg(label->text())
                                .arg(label->contentsRect().width())
                                .arg(needed)));
    }
}

} // namespace

class TestWorkspacePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceTabs> m_tabs;

    WorkspaceOverview &overview() { return *m_tabs->overview(); }
    QTableView *history() { return overview().importHistory()->view(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = std::move(*Workspace::create(m_dir.filePath(u"page.leadstage"_qs)));
        import(*m_workspace, ImportKind::Leads, writeFile(m_dir, u"leads.csv"_qs, leadsCsv));
        import(*m_workspace, ImportKind::Events, writeFile(m_dir, u"events.csv"_qs, eventsCsv));
        // Version 1 is the default the first scoring made active; version 2 a saved change.
        ModelStore models(m_workspace->database());
        auto active = models.ensureActive();
        QVERIFY(active);
        auto model = models.load(active->id);
        QVERIFY(model);
        model->thresholds.mql += 5;
        QVERIFY(models.save(*model, u"MQL five points higher for the spring campaign"_qs));

        m_tabs = std::make_unique<WorkspaceTabs>();
        m_tabs->resize(1280, 800);
        overview().setWorkspace(m_workspace);
        m_tabs->showWorkspace(m_workspace->name(), m_workspace->path(), *WorkspaceSummary::read(*m_workspace));
        m_tabs->setCurrentWidget(m_tabs->overview());
        m_tabs->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tabs.get()));
    }

    void historyShowsChecksumsAndCounts()
    {
        const QAbstractItemModel &model = *history()->model();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(ImportHistoryModel::Sha256, Qt::Horizontal).toString(), u"SHA-256"_qs);
        // Newest first: the events, then the leads.
        const QString leadsHash = sha256(leadsCsv);
        const QString eventsHash = sha256(eventsCsv);
        QCOMPARE(model.index(0, ImportHistoryModel::File).data().toString(), u"events.csv"_qs);
        QCOMPARE(model.index(0, ImportHistoryModel::Sha256).data().toString(), eventsHash.left(12) + u'…');
        QCOMPARE(model.index(0, ImportHistoryModel::Rejected).data().toString(), u"0"_qs);
        QCOMPARE(model.index(1, ImportHistoryModel::File).data().toString(), u"leads.csv"_qs);
        QCOMPARE(model.index(1, ImportHistoryModel::Sha256).data().toString(), leadsHash.left(12) + u'…');
        QCOMPARE(model.index(1, ImportHistoryModel::Sha256).data(Qt::ToolTipRole).toString(),
                 u"SHA-256 of the file: "_qs + leadsHash);
        QCOMPARE(model.index(1, ImportHistoryModel::Read).data().toString(), u"4"_qs);
        QCOMPARE(model.index(1, ImportHistoryModel::Imported).data().toString(), u"2"_qs);
        QCOMPARE(model.index(1, ImportHistoryModel::Rejected).data().toString(), u"2"_qs);
        QVERIFY(!model.index(1, ImportHistoryModel::Started).data().toString().isEmpty());
    }

    void rejectedRowsAreListedAndExported()
    {
        ImportHistoryPanel *panel = overview().importHistory();
        auto *button = panel->findChild<QPushButton *>(u"showRejectedRowsButton"_qs);
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // nothing chosen
        history()->selectRow(0);
        QVERIFY(!button->isEnabled()); // the events import rejected nothing
        QCOMPARE(button->toolTip(), u"This import rejected no rows"_qs);
        history()->selectRow(1);
        QVERIFY(button->isEnabled());
        button->click();
        auto *dialog = panel->findChild<RejectedRowsDialog *>(u"rejectedRowsDialog"_qs);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const RejectedRowsModel &rows = *dialog->model();
        QCOMPARE(rows.rowCount(), 2);
        const QString manyReason = rows.index(0, RejectedRowsModel::Reason).data().toString();
        QVERIFY2(manyReason.contains(u"many"_qs), qPrintable(manyReason));
        QCOMPARE(rows.index(0, RejectedRowsModel::Line).data().toInt(), 3);
        QCOMPARE(rows.index(0, RejectedRowsModel::ColumnNo).data().toInt(), 4);
        QCOMPARE(rows.index(0, RejectedRowsModel::Raw).data().toString(),
                 u"L2,bob@example.com,Beta,many,2025-01-02"_qs);
        QCOMPARE(rows.index(1, RejectedRowsModel::Line).data().toInt(), 4);
        QCOMPARE(rows.index(1, RejectedRowsModel::Raw).data().toString(),
                 u"L3,cy@example.com,\"Gamma, Inc.\",lots,2025-01-03"_qs);
        QCOMPARE(rows.headerData(RejectedRowsModel::Raw, Qt::Horizontal, Qt::DisplayRole).toString(),
                 u"Row as in the file"_qs);
        dialog->resize(1000, 420);
        QCoreApplication::processEvents();
        verifyHeadersWhole(*dialog->view());
        saveScreenshot(*dialog, u"workspace-rejected-rows.png"_qs);

        const QString path = m_dir.filePath(u"rejected.csv"_qs);
        QCOMPARE(dialog->exportCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // The raw rows quoted (they hold commas), their quotes doubled.
        const QString expected =
            u"line,column,reason,raw\n"
            "3,4,employees: 'many' is not a whole number,\"L2,bob@example.com,Beta,many,2025-01-02\"\n"
            "4,4,employees: 'lots' is not a whole number,"
            "\"L3,cy@example.com,\"\"Gamma, Inc.\"\",lots,2025-01-03\"\n"_qs;
        QCOMPARE(manyReason, u"employees: 'many' is not a whole number"_qs);
        QCOMPARE(QString::fromUtf8(file.readAll()), expected);
        dialog->close();
    }

    void modelVersionsAreListed()
    {
        ModelVersionsPanel *panel = overview().modelVersions();
        const QAbstractItemModel &model = *panel->view()->model();
        QCOMPARE(model.rowCount(), 2);
        // Newest first: version 2 with its comment, then version 1, the active one.
        QCOMPARE(model.index(0, VersionTableModel::VersionColumn).data().toString(), u"v2"_qs);
        QCOMPARE(model.index(0, VersionTableModel::CommentColumn).data().toString(),
                 u"MQL five points higher for the spring campaign"_qs);
        QVERIFY(model.index(0, VersionTableModel::ActiveColumn).data().toString().isEmpty());
        QCOMPARE(model.index(1, VersionTableModel::VersionColumn).data().toString(), u"v1"_qs);
        QCOMPARE(model.index(1, VersionTableModel::ActiveColumn).data().toString(), u"● active"_qs);
        QCOMPARE(model.index(0, VersionTableModel::NameColumn).data().toString(),
                 model.index(1, VersionTableModel::NameColumn).data().toString());
        QVERIFY(!model.index(1, VersionTableModel::DateColumn).data().toString().isEmpty());
        // Who saved each: this workstation's account, in a file.
        const QModelIndex author = model.index(0, VersionTableModel::AuthorColumn);
        QVERIFY(!AccountName::ofThisSession().isEmpty());
        QCOMPARE(author.data().toString(), AccountName::ofThisSession());
        QVERIFY(author.data(Qt::ToolTipRole).toString().startsWith(u"Saved by "_qs + AccountName::ofThisSession()));
        QCOMPARE(model.headerData(VersionTableModel::AuthorColumn, Qt::Horizontal).toString(), u"Saved by"_qs);
    }

    void nothingIsCutOff_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void nothingIsCutOff()
    {
        QFETCH(QSize, size);
        m_tabs->resize(size);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        verifyHeadersWhole(*history());
        verifyHeadersWhole(*overview().modelVersions()->view());
        verifyLabelsWhole(overview());
        // The counts: every row in view, every label whole.
        auto *counts = overview().findChild<QTableWidget *>();
        QVERIFY(counts);
        for (int row = 0; row < counts->rowCount(); ++row) {
            const QRect cell = counts->visualRect(counts->model()->index(row, 0));
            QVERIFY2(counts->viewport()->rect().contains(cell), qPrintable(counts->item(row, 0)->text()));
            QVERIFY2(counts->fontMetrics().horizontalAdvance(counts->item(row, 0)->text()) < cell.width(),
                     qPrintable(counts->item(row, 0)->text()));
        }
        const qreal scale =
            qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble() : 1.0;
        saveScreenshot(*m_tabs, u"workspace-page-%1x%2@%3.png"_qs.arg(size.width()).arg(size.height()).arg(scale));
    }

    void cleanupTestCase()
    {
        m_tabs.reset();
        m_workspace.reset();
    }
};

QTEST_MAIN(TestWorkspacePage)
#include "tst_workspacepage.moc"
