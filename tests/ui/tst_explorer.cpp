#include "ExplorerWait.h"
#include "demo/DemoWorkspace.h"
#include "explore/LeadOrderIndex.h"
#include "explore/LeadTextExport.h"
#include "explorer/EventTableModel.h"
#include "explorer/ExplorerFilterBar.h"
#include "explorer/ExplorerService.h"
#include "explorer/LeadDetailView.h"
#include "explorer/LeadExplorer.h"
#include "explorer/LeadTableModel.h"
#include "explorer/LedgerTableModel.h"
#include "explorer/ScoreTimelinePlot.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

constexpr int demoLeads = 5000;
constexpr int waitMs = 20000;

std::int64_t scalar(Database &database, std::string_view sql, const QString &parameter = {})
{
    auto query = database.prepare(sql);
    if (!query)
        qFatal("%s", qPrintable(query.error().toString()));
    if (!parameter.isNull())
        query->bind(1, parameter);
    auto row = query->step();
    if (!row || !*row)
        qFatal("no row");
    return query->int64(0);
}

bool waitForRows(LeadExplorer &explorer, int count)
{
    return ExplorerWait::untilRows(explorer, count, waitMs);
}

} // namespace

class TestExplorer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_check; // the test's own connection for expected values
    std::unique_ptr<LeadExplorer> m_explorer;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    Database &db() { return m_check->database(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.leadstage"_qs);
        DemoOptions options;
        options.leads = demoLeads;
        auto made = createDemoWorkspace(m_path, options, nullptr);
        QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
        auto workspace = Workspace::open(m_path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(workspace);
        m_check = std::move(*workspace);

        m_explorer = std::make_unique<LeadExplorer>();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_explorer->model(), mode));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_explorer->detailView()->ledgerModel(), mode));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_explorer->detailView()->eventModel(), mode));
        m_explorer->resize(1366, 768);
        m_explorer->show();
        m_explorer->setWorkspacePath(m_path);
    }

    void listsEveryLead()
    {
        QVERIFY(waitForRows(*m_explorer, 50));
        QCOMPARE(m_explorer->rowCount(), int(scalar(db(), "SELECT COUNT(*) FROM leads")));
        QCOMPARE(m_explorer->rowCount(), demoLeads);
        // The first rows are in id order and carry what the store holds.
        const LeadRow *first = m_explorer->model()->rowAt(0);
        QCOMPARE(first->id, scalar(db(), "SELECT MIN(id) FROM leads"));
        auto query = db().prepare("SELECT email, company FROM leads WHERE id = ?1");
        QVERIFY(query);
        query->bind(1, first->id);
        QVERIFY(*query->step());
        QCOMPARE(first->at(ExplorerColumn::Email).toString(), query->text(0));
        QCOMPARE(first->at(ExplorerColumn::Company).toString(), query->text(1));
    }

    // The first key of a search starts reading the searched texts on the worker, before
    // the typing pause is over; the search itself then answers from memory.
    void typingASearchReadsAheadOfThePause()
    {
        m_explorer->showAll();
        auto *service = m_explorer->findChild<ExplorerService *>();
        QVERIFY(service);
        QSignalSpy prepared(service, &ExplorerService::filtersPrepared);
        QSignalSpy typed(m_explorer->filterBar(), &ExplorerFilterBar::changed);
        QTest::keyClicks(m_explorer->filterBar()->searchField(), u"so"_qs);
        QVERIFY(prepared.wait(waitMs));
        QVERIFY(typed.count() > 0 || typed.wait(waitMs));
        QVERIFY(waitForRows(*m_explorer, 1));
        m_explorer->showAll();
    }

    void searchNarrowsToSqlCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("part of a name") << u"son"_qs;
        QTest::newRow("e-mail domain") << u"example"_qs;
        QTest::newRow("upper case matches lower case") << u"SYSTEMS"_qs;
        QTest::newRow("LIKE wildcard taken literally") << u"%"_qs;
    }

    void searchNarrowsToSqlCount()
    {
        QFETCH(QString, text);
        m_explorer->showAll();
        QSignalSpy typed(m_explorer->filterBar(), &ExplorerFilterBar::changed);
        m_explorer->filterBar()->searchField()->setText(text);
        QVERIFY(typed.wait(waitMs)); // the typing pause is over
        QVERIFY(waitForRows(*m_explorer, 1));
        const std::int64_t expected = scalar(db(),
                                             "SELECT COUNT(*) FROM leads WHERE coalesce(first_name, '') || ' ' || "
                                             "coalesce(last_name, '') LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE "
                                             "'\\' OR company LIKE ?1 ESCAPE '\\'",
                                             containsPattern(text));
        QCOMPARE(m_explorer->rowCount(), int(expected));
        QVERIFY(text == u"%"_qs ? expected == 0 : expected > 0);
    }

    void filtersByStageGradeAndSource()
    {
        m_explorer->showAll();
        QVERIFY(waitForRows(*m_explorer, 1));
        ExplorerFilterBar *filters = m_explorer->filterBar();
        filters->stageBox()->setCurrentIndex(filters->stageBox()->findData(u"IQL"_qs));
        QVERIFY(waitForRows(*m_explorer, 1));
        QCOMPARE(m_explorer->rowCount(), int(scalar(db(), "SELECT COUNT(*) FROM lead_state WHERE stage = 'IQL'")));
        filters->gradeBox()->setCurrentIndex(filters->gradeBox()->findData(u"B"_qs));
        QVERIFY(waitForRows(*m_explorer, 1));
        QCOMPARE(m_explorer->rowCount(),
                 int(scalar(db(), "SELECT COUNT(*) FROM lead_state WHERE stage = 'IQL' AND grade = 'B'")));
        QVERIFY(QTest::qWaitFor([&] { return filters->sourceBox()->count() > 1; }, waitMs));
        const QString source = filters->sourceBox()->itemData(1).toString();
        filters->sourceBox()->setCurrentIndex(1);
        QVERIFY(waitForRows(*m_explorer, 1));
        QCOMPARE(m_explorer->rowCount(),
                 int(scalar(db(),
                            "SELECT COUNT(*) FROM leads l JOIN lead_state s ON s.lead_id = l.id WHERE s.stage = 'IQL' "
                            "AND s.grade = 'B' AND l.source = ?1",
                            source)));
    }

    void sortsEveryColumn()
    {
        m_explorer->showAll();
        for (int column = 0; column < explorerColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m_explorer->table()->sortByColumn(column, order);
                QVERIFY(waitForRows(*m_explorer, 200));
                QCOMPARE(m_explorer->rowCount(), demoLeads);
            }
        }
    }

    void sortsByEngagementNonIncreasing()
    {
        m_explorer->showAll();
        m_explorer->table()->sortByColumn(int(ExplorerColumn::Engagement), Qt::DescendingOrder);
        QVERIFY(waitForRows(*m_explorer, 1000));
        qlonglong previous = std::numeric_limits<qlonglong>::max();
        for (int row = 0; row < 1000; ++row) {
            const qlonglong value = m_explorer->model()->rowAt(row)->at(ExplorerColumn::Engagement).toLongLong();
            QVERIFY2(value <= previous, qPrintable(u"row %1"_qs.arg(row)));
            previous = value;
        }
        QCOMPARE(m_explorer->model()->rowAt(0)->at(ExplorerColumn::Engagement).toLongLong(),
                 scalar(db(), "SELECT MAX(engagement) FROM lead_state"));
    }

    void showsExactlyTheGivenLeads()
    {
        std::vector<std::int64_t> ids;
        auto query = db().prepare("SELECT id FROM leads WHERE id % 97 = 3 ORDER BY id DESC LIMIT 37");
        QVERIFY(query);
        while (*query->step())
            ids.push_back(query->int64(0));
        QCOMPARE(ids.size(), std::size_t(37));
        m_explorer->showLeads(u"IQLs of March 2025"_qs, ids);
        QVERIFY(waitForRows(*m_explorer, 37));
        QCOMPARE(m_explorer->rowCount(), 37);
        for (int row = 0; row < 37; ++row)
            QCOMPARE(m_explorer->model()->leadIdAt(row), ids[std::size_t(row)]);
        // Sorting keeps the list: the same 37 leads, now by company.
        m_explorer->table()->sortByColumn(int(ExplorerColumn::Company), Qt::AscendingOrder);
        QVERIFY(waitForRows(*m_explorer, 37));
        QCOMPARE(m_explorer->rowCount(), 37);
    }

    // Rows a view has not had are handed over a step at a time (a view makes a header
    // section per row); rows it had come back at once, and a newer query stops the rest.
    void handsNewRowsToTheViewInSteps()
    {
        LeadTableModel *model = m_explorer->model();
        m_explorer->showLeads(u"a few"_qs, {1, 2, 3});
        QVERIFY(waitForRows(*m_explorer, 3));
        model->setRevealStep(1000);
        auto restore = qScopeGuard([model] { model->setRevealStep(LeadTableModel::defaultRevealStep); });

        QSignalSpy resolved(model, &LeadTableModel::resolved);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy revealed(model, &LeadTableModel::revealed);
        // What a view has when the query resolves (a wait's event loop may hand over more).
        int rowsAtResolve = -1;
        bool busyAtResolve = false;
        connect(model, &LeadTableModel::resolved, this, [&] {
            rowsAtResolve = model->rowCount();
            busyAtResolve = m_explorer->isBusy();
        });
        auto disconnect = qScopeGuard([&] { QObject::disconnect(model, &LeadTableModel::resolved, this, nullptr); });
        m_explorer->showAll();
        QVERIFY(resolved.wait(waitMs));
        QCOMPARE(resolved.first().first().toInt(), demoLeads);
        QCOMPARE(rowsAtResolve, 1000);
        QCOMPARE(model->orderSize(), demoLeads);
        QVERIFY(busyAtResolve);
        QVERIFY(revealed.wait(waitMs));
        QVERIFY(!m_explorer->isBusy());
        QCOMPARE(model->rowCount(), demoLeads);
        QCOMPARE(inserted.count(), 4);
        for (int step = 0; step < 4; ++step) {
            QCOMPARE(inserted[step][1].toInt(), 1000 * (step + 1));
            QCOMPARE(inserted[step][2].toInt(), 1000 * (step + 2) - 1);
        }
        // The ids beyond the first step are the order's, as in one reset.
        QCOMPARE(model->leadIdAt(demoLeads - 1), scalar(db(), "SELECT MAX(id) FROM leads"));

        // The same count again (a sort) is one reset with every row.
        inserted.clear();
        m_explorer->table()->sortByColumn(int(ExplorerColumn::Company), Qt::AscendingOrder);
        QVERIFY(resolved.wait(waitMs));
        QCOMPARE(model->rowCount(), demoLeads);
        QVERIFY(!m_explorer->isBusy());
        QCOMPARE(inserted.count(), 0);

        // A newer, smaller query while rows are still being handed over stops them.
        m_explorer->showLeads(u"a few"_qs, {1, 2, 3});
        QVERIFY(waitForRows(*m_explorer, 3));
        m_explorer->showAll();
        QVERIFY(resolved.wait(waitMs));
        QCOMPARE(rowsAtResolve, 1000);
        m_explorer->showLeads(u"a few"_qs, {5, 6});
        QVERIFY(waitForRows(*m_explorer, 2));
        // Turns of the event loop in which a stale step would have run.
        for (int turn = 0; turn < 5; ++turn)
            QCoreApplication::processEvents();
        QVERIFY(!model->isRevealing());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->leadIdAt(1), std::int64_t(6));
        m_explorer->showAll();
        QVERIFY(waitForRows(*m_explorer, 1));
        QCOMPARE(m_explorer->rowCount(), demoLeads);
    }

    void detailLedgerEndsAtTheStoredEngagement()
    {
        m_explorer->showAll();
        m_explorer->table()->sortByColumn(int(ExplorerColumn::Engagement), Qt::DescendingOrder);
        QVERIFY(waitForRows(*m_explorer, 20));
        // No lead chosen: no chart drawn from nothing.
        QVERIFY(!m_explorer->detailView()->detail());
        QVERIFY(m_explorer->detailView()->timeline()->isHidden());
        for (int row : {0, 7, 19}) {
            QSignalSpy shown(m_explorer.get(), &LeadExplorer::detailShown);
            m_explorer->table()->setCurrentIndex(m_explorer->model()->index(row, 0));
            QVERIFY(shown.wait(waitMs));
            const std::int64_t id = m_explorer->model()->leadIdAt(row);
            QCOMPARE(shown.first().first().value<std::int64_t>(), id);
            const std::int64_t stored =
                scalar(db(), "SELECT engagement FROM lead_state WHERE lead_id = ?1", QString::number(id));
            const auto &detail = m_explorer->detailView()->detail();
            QVERIFY(detail && detail->ledger);
            QVERIFY(!detail->ledger->entries().empty());
            QCOMPARE(detail->ledger->entries().back().totals.engagement(), int(stored));
            LedgerTableModel *ledger = m_explorer->detailView()->ledgerModel();
            const QModelIndex last = ledger->index(ledger->rowCount() - 1, LedgerTableModel::Engagement);
            QCOMPARE(ledger->data(last).toInt(), int(stored));
            QCOMPARE(m_explorer->detailView()->eventModel()->rowCount(),
                     int(scalar(db(), "SELECT COUNT(*) FROM events WHERE lead_id = ?1", QString::number(id))));
            QVERIFY(!m_explorer->detailView()->timeline()->valuesAt(detail->ledger->asOf()).isEmpty());
            QVERIFY(m_explorer->detailView()->timeline()->isVisible());
        }
        // The detail's tables copy and export like every table: header plus one line a row.
        for (QTableView *view : {m_explorer->detailView()->ledgerView(), m_explorer->detailView()->eventView()}) {
            QAction *copy = view->findChild<QAction *>(u"copyTable"_qs);
            QVERIFY(copy && view->actions().contains(copy));
            QVERIFY(view->findChild<QAction *>(u"exportTableCsv"_qs));
            copy->trigger();
            const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), view->model()->rowCount() + 1);
        }
    }

    void exportsCsvOfTheCurrentRows()
    {
        m_explorer->showAll();
        QSignalSpy typed(m_explorer->filterBar(), &ExplorerFilterBar::changed);
        m_explorer->filterBar()->searchField()->setText(u"son"_qs);
        QVERIFY(typed.wait(waitMs));
        QVERIFY(waitForRows(*m_explorer, 1));
        const QString file = m_dir.filePath(u"leads.csv"_qs);
        QSignalSpy exported(m_explorer.get(), &LeadExplorer::csvExported);
        m_explorer->exportCsv(file);
        QVERIFY(exported.wait(waitMs));
        QCOMPARE(exported.first().at(2).toString(), QString());
        QCOMPARE(exported.first().at(1).toLongLong(), qlonglong(m_explorer->rowCount()));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), m_explorer->rowCount() + 2); // header, rows, empty after the last newline
        QVERIFY(lines.first().startsWith("id,Name,E-mail,Company,Stage,Grade,Engagement"));
        QVERIFY(
            lines.at(1).startsWith(QByteArray(QByteArray::number(qlonglong(m_explorer->model()->leadIdAt(0))) + ',')));
    }

    void escapesFormulaCells()
    {
        LeadRow row;
        row.id = 7;
        row.cells[std::size_t(ExplorerColumn::Name)] = u"=HYPERLINK(\"x\")"_qs;
        row.cells[std::size_t(ExplorerColumn::Company)] = u"@corp"_qs;
        row.cells[std::size_t(ExplorerColumn::Campaign)] = u"+1 campaign"_qs;
        row.cells[std::size_t(ExplorerColumn::Industry)] = u"-minus"_qs;
        row.cells[std::size_t(ExplorerColumn::Source)] = u"\0=cmd()"_qs;
        row.cells[std::size_t(ExplorerColumn::Info)] = qlonglong(-5);
        std::string csv;
        appendCsvLine(csv, row);
        QVERIFY(csv.starts_with("7,\"'=HYPERLINK(\"\"x\"\")\","));
        QVERIFY(csv.find("\"'@corp\"") != std::string::npos);
        QVERIFY(csv.find("\"'+1 campaign\"") != std::string::npos);
        QVERIFY(csv.find("\"'-minus\"") != std::string::npos);
        QVERIFY(csv.find(",-5,") != std::string::npos); // a negative score stays a number
        // A NUL a spreadsheet would skip does not smuggle the formula past, nor reach the file.
        QVERIFY(csv.find("\"'\xEF\xBF\xBD=cmd()\"") != std::string::npos);
        QVERIFY(csv.find('\0') == std::string::npos);
        const QString tsv = tsvLine(row);
        QVERIFY(tsv.startsWith(u"7\t'=HYPERLINK"_qs));
        QVERIFY(tsv.contains(u"\t'@corp\t"_qs));
    }

    void copiesSelectedRowsAsTsv()
    {
        m_explorer->showAll();
        QVERIFY(waitForRows(*m_explorer, 10));
        QTableView *table = m_explorer->table();
        table->selectionModel()->select(
            QItemSelection(m_explorer->model()->index(2, 0), m_explorer->model()->index(4, explorerColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy copied(m_explorer.get(), &LeadExplorer::rowsCopied);
        m_explorer->copySelectedRows();
        QVERIFY(copied.wait(waitMs));
        QCOMPARE(copied.first().first().toInt(), 3);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(1).startsWith(QString::number(m_explorer->model()->leadIdAt(2)) + u'\t'));
    }

    void exportsTimelineAndSavesScreenshot()
    {
        m_explorer->showAll();
        m_explorer->table()->sortByColumn(int(ExplorerColumn::Engagement), Qt::DescendingOrder);
        QVERIFY(waitForRows(*m_explorer, 60));
        QSignalSpy shown(m_explorer.get(), &LeadExplorer::detailShown);
        m_explorer->table()->setCurrentIndex(m_explorer->model()->index(3, 0));
        QVERIFY(shown.wait(waitMs));
        QCoreApplication::sendPostedEvents(); // the timeline's layout and replot, as on screen
        QCoreApplication::processEvents();
        QDir().mkpath(QStringLiteral(LEADSTAGE_SCREENSHOTS));
        const QDir shots(QStringLiteral(LEADSTAGE_SCREENSHOTS));
        QVERIFY(m_explorer->exportTimeline(shots.filePath(u"explorer-timeline.png"_qs)));
        QVERIFY(m_explorer->exportTimeline(shots.filePath(u"explorer-timeline.svg"_qs)));
        QVERIFY(QFileInfo(shots.filePath(u"explorer-timeline.png"_qs)).size() > 10000);
        QFile svg(shots.filePath(u"explorer-timeline.svg"_qs));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QCOMPARE(m_explorer->size(), QSize(1366, 768));
        QVERIFY(m_explorer->grab().save(shots.filePath(u"explorer.png"_qs)));
        qInfo("screenshot: %s", qPrintable(shots.filePath(u"explorer.png"_qs)));
    }

    // Scores are 64-bit: a stored engagement past int32 shows as it is, not wrapped.
    void detailShowsAStoredScorePastInt32()
    {
        m_explorer->showAll();
        QVERIFY(waitForRows(*m_explorer, 20));
        const std::int64_t id = m_explorer->model()->leadIdAt(3);
        const auto setEngagement = [&](const QString &value) {
            auto writable = Workspace::open(m_path, {Workspace::Access::ReadWrite, Workspace::Missing::Fail});
            QVERIFY(writable);
            auto update = (*writable)->database().prepare(
                "UPDATE lead_state SET engagement = CAST(?1 AS INTEGER) WHERE lead_id = ?2");
            QVERIFY(update);
            update->bind(1, value).bind(2, id);
            QVERIFY(update->run());
        };
        const QString before =
            QString::number(scalar(db(), "SELECT engagement FROM lead_state WHERE lead_id = ?1", QString::number(id)));
        setEngagement(u"3000000000"_qs);
        QSignalSpy shown(m_explorer.get(), &LeadExplorer::detailShown);
        m_explorer->table()->setCurrentIndex(m_explorer->model()->index(3, 0));
        QVERIFY(shown.wait(waitMs));
        const auto &detail = m_explorer->detailView()->detail();
        QVERIFY(detail);
        QCOMPARE(detail->storedEngagement, std::int64_t(3000000000));
        setEngagement(before);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_explorer.reset();
    }
};

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
