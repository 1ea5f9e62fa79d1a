// The explorer's optional columns on a small imported workspace: the CRM id and the
// import's extra columns (attributes) shown through the header's column chooser and
// remembered, sorted in an exact order (numbers kept as text sort as numbers), filtered
// through the filter bar; a lead without a name named by its e-mail, CRM id or number,
// in the table and in the detail; and no header or label cut off, at 100 % and 200 %.

#include "Screenshot.h"
#include "StoredSettings.h"
#include "explorer/ExplorerColumnChooser.h"
#include "explorer/ExplorerFilterBar.h"
#include "explorer/LeadDetailView.h"
#include "explorer/LeadExplorer.h"
#include "explorer/LeadTableModel.h"
#include "explorer/ScoreTimelinePlot.h"
#include "import/ImportJob.h"
#include "import/ImportScan.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

using LeadStage::Testing::saveScreenshot;
using Ids = std::vector<std::int64_t>;

constexpr int waitMs = 20000;

// Lead ids follow the file: 1 Carla, 2 a lead with only an e-mail, 3 one with only a
// CRM id, 4 Ben without a CRM id; lead 5 (no name, e-mail, CRM id nor attribute) is
// added by hand.
const QByteArray leadsCsv = "lead_id,email,first_name,last_name,company,created_at,Region,Visits\n"
                            "CRM-003,carla@x.com,Carla,Diaz,Acme,2025-01-01,North,12\n"
                            "CRM-001,nobody@y.com,,,Beta,2025-01-02,south,100\n"
                            "SF-77,,,,Gamma,2025-01-03,west,3\n"
                            ",ben@z.com,Ben,Adams,Delta,2025-01-04,East,7\n";

bool waitForRows(LeadExplorer &explorer)
{
    if (!QTest::qWaitFor([&] { return !explorer.isBusy(); }, waitMs))
        return false;
    for (int row = 0; row < explorer.rowCount(); ++row)
        explorer.model()->rowAt(row);
    return QTest::qWaitFor(
        [&] {
            for (int row = 0; row < explorer.rowCount(); ++row)
                if (!explorer.model()->rowAt(row))
                    return false;
            return true;
        },
        waitMs);
}

Ids shownIds(const LeadExplorer &explorer)
{
    Ids ids;
    for (int row = 0; row < explorer.rowCount(); ++row)
        ids.push_back(explorer.model()->leadIdAt(row));
    return ids;
}

int columnOf(const LeadTableModel &model, const QString &header)
{
    for (int column = 0; column < model.columnCount(); ++column)
        if (model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() == header)
            return column;
    return -1;
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
        const bool whole = needed <= header->sectionSize(column);
        const bool tooltip = !table.model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty();
        QVERIFY2(
            whole || tooltip,
            qPrintable(u"header '%1': %2 px wide, needs %3"_qs.arg(text).arg(header->sectionSize(column)).arg(needed)));
    }
}

// Every visible one-line label shows its whole text (word-wrapped ones wrap instead).
void verifyLabelsWhole(const QWidget &root)
{
    for (const QLabel *label : root.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&root) || label->wordWrap() || label->text().isEmpty()
            || label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
            continue;
        const QString text = label->text();
        const int needed = label->fontMetrics().horizontalAdvance(text);
        const bool elidedWithTip = text.contains(u'…') && !label->toolTip().isEmpty();
        QVERIFY2(needed <= label->contentsRect().width() || elidedWithTip,
                 qPrintable(
                     u"label '%1': %2 px wide, needs %3"_qs.arg(text).arg(label->contentsRect().width()).arg(needed)));
    }
}

} // namespace

class TestExplorerColumns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LeadExplorer> m_explorer;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void sortAndExpect(int column, Qt::SortOrder order, const Ids &expected)
    {
        m_explorer->table()->sortByColumn(column, order);
        QVERIFY(waitForRows(*m_explorer));
        QCOMPARE(shownIds(*m_explorer), expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        StoredSettings::remove(u"explorer"_qs);
        StoredSettings::flush();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"columns.leadstage"_qs);
        {
            auto created = Workspace::create(m_path);
            QVERIFY(created);
            Workspace &workspace = **created;
            const QString file = m_dir.filePath(u"leads.csv"_qs);
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(leadsCsv);
            out.close();
            auto scan = ImportScan::scan(ImportKind::Leads, file, std::nullopt, ActivityMap::defaults(), {});
            QVERIFY(scan && scan->resolveDateFormats({}));
            ImportRequest request;
            request.sources.push_back(ImportSource{ImportKind::Leads, file, scan->mapping, {}, nullptr});
            auto report = ImportJob(workspace, request).run();
            QVERIFY(report && report->committed);
            QCOMPARE(report->files[0].rejected, 0);
            QVERIFY(workspace.database().exec("INSERT INTO leads (id, created_at) VALUES (5, 1736035200)"));
        }
        m_explorer = std::make_unique<LeadExplorer>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_explorer->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_explorer->resize(1280, 800);
        m_explorer->show();
        m_explorer->setWorkspacePath(m_path);
        QVERIFY(QTest::qWaitFor([&] { return m_explorer->model()->columnCount() == explorerColumnCount + 2; }, waitMs));
        QVERIFY(waitForRows(*m_explorer));
        QCOMPARE(shownIds(*m_explorer), (Ids{1, 2, 3, 4, 5}));
    }

    void attributeColumnsFollowTheFixedOnes()
    {
        const LeadTableModel &model = *m_explorer->model();
        QCOMPARE(model.attributes(), (QStringList{u"Region"_qs, u"Visits"_qs}));
        QCOMPARE(columnOf(model, u"CRM id"_qs), int(ExplorerColumn::CrmId));
        QCOMPARE(columnOf(model, u"Region"_qs), explorerColumnCount);
        QCOMPARE(columnOf(model, u"Visits"_qs), explorerColumnCount + 1);
        QCOMPARE(model.index(0, explorerColumnCount).data().toString(), u"North"_qs);
        QCOMPARE(model.index(1, explorerColumnCount + 1).data().toString(), u"100"_qs);
        QCOMPARE(model.index(2, int(ExplorerColumn::CrmId)).data().toString(), u"SF-77"_qs);
        QVERIFY(model.index(4, explorerColumnCount).data().toString().isEmpty());
        // Numbers stand right-aligned, texts left.
        QCOMPARE(Qt::Alignment(model.index(0, explorerColumnCount + 1).data(Qt::TextAlignmentRole).toInt())
                     & Qt::AlignHorizontal_Mask,
                 Qt::AlignRight);
        QCOMPARE(Qt::Alignment(model.index(0, explorerColumnCount).data(Qt::TextAlignmentRole).toInt())
                     & Qt::AlignHorizontal_Mask,
                 Qt::AlignLeft);
    }

    void columnChooserShowsHidesAndRemembers()
    {
        QHeaderView *header = m_explorer->table()->horizontalHeader();
        ExplorerColumnChooser *chooser = m_explorer->columnChooser();
        // The CRM id and the attributes start hidden; the fixed columns shown.
        QVERIFY(header->isSectionHidden(int(ExplorerColumn::CrmId)));
        QVERIFY(header->isSectionHidden(explorerColumnCount));
        QVERIFY(header->isSectionHidden(explorerColumnCount + 1));
        QVERIFY(!header->isSectionHidden(int(ExplorerColumn::Company)));

        std::unique_ptr<QMenu> menu(chooser->makeMenu(m_explorer.get()));
        const QList<QAction *> actions = menu->actions();
        const auto action = [&](const QString &text) -> QAction * {
            for (QAction *a : actions)
                if (a->text() == text && a->isCheckable())
                    return a;
            return nullptr;
        };
        QVERIFY(action(u"Name"_qs) && !action(u"Name"_qs)->isEnabled()); // the row's name stays
        QVERIFY(action(u"CRM id"_qs) && !action(u"CRM id"_qs)->isChecked());
        QVERIFY(action(u"Company"_qs) && action(u"Company"_qs)->isChecked());
        QVERIFY(action(u"Region"_qs) && action(u"Visits"_qs));
        action(u"CRM id"_qs)->setChecked(true);
        action(u"Region"_qs)->setChecked(true);
        action(u"Visits"_qs)->setChecked(true);
        action(u"Campaign"_qs)->setChecked(false);
        QVERIFY(!header->isSectionHidden(int(ExplorerColumn::CrmId)));
        QVERIFY(!header->isSectionHidden(explorerColumnCount));
        QVERIFY(!header->isSectionHidden(explorerColumnCount + 1));
        QVERIFY(header->isSectionHidden(int(ExplorerColumn::Campaign)));

        // The choice outlives a new query (a model reset) and the window.
        m_explorer->showAll();
        QVERIFY(waitForRows(*m_explorer));
        QVERIFY(!header->isSectionHidden(explorerColumnCount));
        QVERIFY(header->isSectionHidden(int(ExplorerColumn::Campaign)));
        LeadExplorer another;
        another.resize(1280, 800);
        another.setWorkspacePath(m_path);
        QVERIFY(QTest::qWaitFor([&] { return another.model()->columnCount() == explorerColumnCount + 2; }, waitMs));
        QVERIFY(!another.table()->horizontalHeader()->isSectionHidden(int(ExplorerColumn::CrmId)));
        QVERIFY(!another.table()->horizontalHeader()->isSectionHidden(explorerColumnCount + 1));
        QVERIFY(another.table()->horizontalHeader()->isSectionHidden(int(ExplorerColumn::Campaign)));
        action(u"Campaign"_qs)->setChecked(true);
    }

    void sortsByCrmIdAndAttributes_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<Ids>("expected");
        // No CRM id first (by id), then as text, case folded.
        QTest::newRow("CRM id") << int(ExplorerColumn::CrmId) << false << Ids{4, 5, 2, 1, 3};
        QTest::newRow("CRM id descending") << int(ExplorerColumn::CrmId) << true << Ids{3, 1, 2, 5, 4};
        // Kept as text by the import, ordered as numbers: 3 < 7 < 12 < 100.
        QTest::newRow("Visits") << explorerColumnCount + 1 << false << Ids{5, 3, 4, 1, 2};
        QTest::newRow("Visits descending") << explorerColumnCount + 1 << true << Ids{2, 1, 4, 3, 5};
        QTest::newRow("Region") << explorerColumnCount << false << Ids{5, 4, 1, 2, 3};
        QTest::newRow("Region descending") << explorerColumnCount << true << Ids{3, 2, 1, 4, 5};
        // The name as shown: a nameless lead sorts by its (empty) name, first.
        QTest::newRow("Name") << int(ExplorerColumn::Name) << false << Ids{2, 3, 5, 4, 1};
    }

    void sortsByCrmIdAndAttributes()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(Ids, expected);
        m_explorer->showAll();
        sortAndExpect(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder, expected);
    }

    void filtersByCrmIdAndAttributes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Ids>("expected");
        QTest::newRow("CRM id") << u"CRM id"_qs << u"crm"_qs << Ids{1, 2};
        QTest::newRow("CRM id, one") << u"CRM id"_qs << u"-77"_qs << Ids{3};
        QTest::newRow("Region") << u"Region"_qs << u"ST"_qs << Ids{3, 4};
        QTest::newRow("Visits") << u"Visits"_qs << u"1"_qs << Ids{1, 2};
        QTest::newRow("no match") << u"Region"_qs << u"nowhere"_qs << Ids{};
        QTest::newRow("wildcards are text") << u"CRM id"_qs << u"%"_qs << Ids{};
    }

    void filtersByCrmIdAndAttributes()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(Ids, expected);
        m_explorer->showAll();
        QVERIFY(waitForRows(*m_explorer));
        ExplorerFilterBar *filters = m_explorer->filterBar();
        QCOMPARE(filters->fieldBox()->count(), 3); // CRM id, Region, Visits
        filters->fieldBox()->setCurrentIndex(filters->fieldBox()->findText(field));
        filters->fieldText()->setText(text);
        QVERIFY(QTest::qWaitFor([&] { return m_explorer->model()->query().field.has_value(); }, waitMs));
        QVERIFY(waitForRows(*m_explorer));
        QCOMPARE(shownIds(*m_explorer), expected);
        // Sorted within the filter: in each case the more visits, the higher the id.
        if (expected.size() > 1)
            sortAndExpect(explorerColumnCount + 1, Qt::DescendingOrder, Ids(expected.rbegin(), expected.rend()));
        m_explorer->showAll();
        QVERIFY(waitForRows(*m_explorer));
        QCOMPARE(m_explorer->rowCount(), 5);
        QVERIFY(filters->fieldText()->text().isEmpty());
    }

    void namelessLeadsAreNeverBlank()
    {
        m_explorer->showAll();
        QVERIFY(waitForRows(*m_explorer));
        const LeadTableModel &model = *m_explorer->model();
        const QStringList expected = {u"Carla Diaz"_qs, u"nobody@y.com"_qs, u"SF-77"_qs, u"Ben Adams"_qs,
                                      u"Lead #5"_qs};
        for (int row = 0; row < 5; ++row) {
            QCOMPARE(model.index(row, int(ExplorerColumn::Name)).data().toString(), expected[row]);
            // A stand-in is set in italics, a real name not.
            const bool standIn = row == 1 || row == 2 || row == 4;
            QCOMPARE(model.index(row, int(ExplorerColumn::Name)).data(Qt::FontRole).value<QFont>().italic(), standIn);
        }
        // Lead 5 has no score: its timeline says so instead of drawing axes from 1970.
        m_explorer->table()->selectRow(4);
        QVERIFY(QTest::qWaitFor([&] { return m_explorer->detailView()->title() == u"Lead #5"_qs; }, waitMs));
        QCustomPlot *plot = m_explorer->detailView()->timeline();
        QVERIFY(!plot->xAxis->visible());
        QCOMPARE(plot->itemCount(), 1);
        auto *note = qobject_cast<QCPItemText *>(plot->item(0));
        QVERIFY(note && note->text().contains(u"not been scored"_qs));
        // The detail's title says the same.
        for (int row : {1, 2, 4}) {
            QSignalSpy shown(m_explorer.get(), &LeadExplorer::detailShown);
            m_explorer->table()->selectRow(row);
            QVERIFY(shown.wait(waitMs) || !shown.isEmpty());
            QCOMPARE(m_explorer->detailView()->title(), expected[row]);
        }
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
        m_explorer->resize(size);
        m_explorer->showAll();
        QVERIFY(waitForRows(*m_explorer));
        m_explorer->table()->selectRow(4);
        QVERIFY(QTest::qWaitFor([&] { return m_explorer->detailView()->detail() != nullptr; }, waitMs));
        QCoreApplication::processEvents();
        verifyHeadersWhole(*m_explorer->table());
        verifyLabelsWhole(*m_explorer);
        // The detail's field names: whole, each beside or above its value.
        QFormLayout *fields = m_explorer->detailView()->fields();
        for (int row = 0; row < fields->rowCount(); ++row) {
            auto *item = fields->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (label)
                QVERIFY2(label->fontMetrics().horizontalAdvance(label->text()) <= label->width(),
                         qPrintable(label->text()));
        }
        const qreal scale =
            qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble() : 1.0;
        saveScreenshot(*m_explorer,
                       u"explorer-columns-%1x%2@%3.png"_qs.arg(size.width()).arg(size.height()).arg(scale));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_explorer.reset();
        StoredSettings::remove(u"explorer"_qs);
        StoredSettings::flush();
    }
};

QTEST_MAIN(TestExplorerColumns)
#include "tst_explorercolumns.moc"
