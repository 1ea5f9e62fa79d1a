// The explorer's in-memory orders against SQLite's own ORDER BY on the same data:
// every column, both directions, with and without a filter, on texts made to test
// the sort's shortcuts (shared 8-byte prefixes, one text repeated by many leads,
// case, NULL and empty, lengths 8 and 9) and on a demo workspace.
#include "demo/DemoWorkspace.h"
#include "explore/ExplorerColumn.h"
#include "explore/LeadOrderIndex.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

// What SQLite says the order is: the column's key with NOCASE for texts (ASCII
// folded, then bytes), NULL first, then the id.
std::vector<std::int64_t> sqlOrder(Database &database, ExplorerColumn column, bool descending,
                                   const QString &source = {})
{
    const ExplorerColumnSpec &spec = columnSpec(column);
    const bool fromState = QByteArray(spec.keyScan.data(), qsizetype(spec.keyScan.size())).contains("lead_state");
    QByteArray key;
    if (column == ExplorerColumn::Name)
        key = "coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')";
    else if (column == ExplorerColumn::Stage)
        key = "CASE s.stage WHEN 'Lead' THEN 0 WHEN 'IQL' THEN 1 WHEN 'MQL' THEN 2 WHEN 'PQL' THEN 3 WHEN 'SQL' THEN 4 "
              "WHEN 'Opportunity' THEN 5 WHEN 'Customer' THEN 6 ELSE 7 END";
    else {
        const QByteArray scan(spec.keyScan.data(), qsizetype(spec.keyScan.size()));
        const QByteArray field =
            scan.mid(scan.indexOf(',') + 1, scan.indexOf(" FROM") - scan.indexOf(',') - 1).trimmed();
        key = (fromState ? "s." : "l.") + field;
    }
    if (spec.textKey)
        key = "coalesce(" + key + ", '') COLLATE NOCASE";
    // Leads without a lead_state row have no key at all: first, like NULL.
    const QByteArray direction = descending ? " DESC" : "";
    QByteArray order;
    if (fromState)
        order += "(s.lead_id IS NOT NULL)" + direction + ", ";
    order += key + direction + ", l.id" + direction;
    const QByteArray sql = "SELECT l.id FROM leads l LEFT JOIN lead_state s ON s.lead_id = l.id "
                           "WHERE (?1 IS NULL OR l.source = ?1) ORDER BY "
                           + order;
    auto query = database.prepare(std::string_view(sql.constData(), std::size_t(sql.size())));
    if (!query)
        qFatal("%s", qPrintable(query.error().toString()));
    query->bind(1, source.isEmpty() ? QString() : source);
    std::vector<std::int64_t> ids;
    for (;;) {
        auto row = query->step();
        if (!row)
            qFatal("%s", qPrintable(row.error().toString()));
        if (!*row)
            return ids;
        ids.push_back(query->int64(0));
    }
}

struct CraftedLead
{
    const char *first;
    const char *last;
    const char *company;
    const char *source;
};

// Texts that take every path of the text sort.
const CraftedLead craftedLeads[] = {
    {"Anna", "Smith", "Northwind Analytics", "webinar"},
    {"anna", "smith", "northwind analytics", "webinar"},
    {"ANNA", "SMITH", "Northwind Analytic", "webinar"},
    {"Anna", "Smithson", "Northwind", "paid_search"},
    {"Anna", nullptr, "Northwin", "paid_search"},
    {nullptr, "Smith", "Northwind Analytics GmbH", "paid_search"},
    {nullptr, nullptr, nullptr, "organic"},
    {"", "", "", "organic"},
    {"Zoë", "Åberg", "Zürich Versicherungen", "organic"},
    {"zoe", "aberg", "Zurich", nullptr},
    {"Bob", "Brown", "ABCDEFGH", "webinar"},
    {"bob", "brown", "abcdefghi", "webinar"},
    {"Bob", "Brown", "abcdefgh", "webinar"},
    {"Bob", "Brown", "ABCDEFGHIJKLMNOPQRSTUVWXyz", "webinar"},
    {"Bob", "Brown", "abcdefghijklmnopqrstuvwxYZ", "webinar"},
    {"Bob", "Brown", "abcdefghijklmnopqrstuvwxy", "webinar"},
};

} // namespace

class TestLeadOrderIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void compareEveryColumn(const QString &path)
    {
        auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().toString()));
        LeadOrderIndex index((*workspace)->database());
        for (const QString &source : {QString(), u"webinar"_qs}) {
            for (const ExplorerColumnSpec &spec : columnSpecs()) {
                for (const bool descending : {false, true}) {
                    ExplorerQuery query;
                    query.sortColumn = spec.column;
                    query.descending = descending;
                    query.source = source;
                    auto order = index.resolve(query);
                    QVERIFY2(order, order ? "" : qPrintable(order.error().toString()));
                    const auto expected = sqlOrder((*workspace)->database(), spec.column, descending, source);
                    const QString where = u"%1 %2, source '%3'"_qs.arg(QLatin1StringView(spec.header),
                                                                       descending ? u"desc"_qs : u"asc"_qs, source);
                    QCOMPARE((*order)->size(), expected.size());
                    // Equal keys may stand in either id order only where SQL and we agree they are
                    // equal; ties are broken by id both ways, so the lists must be identical.
                    for (std::size_t i = 0; i < expected.size(); ++i)
                        QVERIFY2(
                            (**order)[i] == expected[i],
                            qPrintable(
                                where
                                + u": row %1 is lead %2, SQLite says %3"_qs.arg(i).arg((**order)[i]).arg(expected[i])));
                }
            }
        }
    }

private Q_SLOTS:
    void ordersCraftedTextsLikeSqlite()
    {
        const QString path = m_dir.filePath(u"crafted.leadstage"_qs);
        {
            auto workspace = Workspace::create(path);
            QVERIFY(workspace);
            Database &database = (*workspace)->database();
            Transaction transaction(database);
            auto insert = database.prepare(
                "INSERT INTO leads (first_name, last_name, company, source, created_at) VALUES (?1, ?2, ?3, ?4, 0)");
            QVERIFY(insert);
            const auto text = [](const char *value) { return value ? QString::fromUtf8(value) : QString(); };
            // Many leads share one text, as a source or an industry does: the repeated-text shortcut.
            for (int copy = 0; copy < 40; ++copy) {
                for (const CraftedLead &lead : craftedLeads) {
                    insert->bind(1, text(lead.first)).bind(2, text(lead.last)).bind(3, text(lead.company));
                    insert->bind(4, text(lead.source));
                    QVERIFY(insert->run());
                }
            }
            QVERIFY(transaction.commit());
        }
        compareEveryColumn(path);
    }

    void ordersADemoWorkspaceLikeSqlite()
    {
        const QString path = m_dir.filePath(u"demo.leadstage"_qs);
        DemoOptions options;
        options.leads = 3000;
        auto made = createDemoWorkspace(path, options, nullptr);
        QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
        compareEveryColumn(path);
    }

    // Attributes are what the file had, kept as text by the import: numbers among them
    // order as numbers, before the texts; a lead without the attribute comes first.
    void ordersAndFiltersAttributesAndCrmIds_data()
    {
        using Ids = std::vector<std::int64_t>;
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<std::optional<FieldFilter>>("field");
        QTest::addColumn<Ids>("expected");
        QTest::newRow("by Score") << u"Score"_qs << false << std::optional<FieldFilter>()
                                  << Ids{4, 11, 9, 7, 6, 1, 10, 2, 8, 3, 5};
        QTest::newRow("by Score, descending")
            << u"Score"_qs << true << std::optional<FieldFilter>() << Ids{5, 3, 8, 2, 10, 1, 6, 7, 9, 11, 4};
        QTest::newRow("Score contains 12")
            << QString() << false << std::optional(FieldFilter{u"Score"_qs, u"12"_qs}) << Ids{1, 8, 10};
        QTest::newRow("Score contains 12, by Score")
            << u"Score"_qs << true << std::optional(FieldFilter{u"Score"_qs, u"12"_qs}) << Ids{8, 10, 1};
        QTest::newRow("a dotted name") << QString() << false << std::optional(FieldFilter{u"Lead.Score"_qs, u"5"_qs})
                                       << Ids{11};
        QTest::newRow("CRM id contains a-")
            << QString() << false << std::optional(FieldFilter{QString(), u"a-"_qs}) << Ids{1, 3};
        // % is the text itself, not SQL's wildcard: only lead 6 (X%) has it.
        QTest::newRow("CRM id, % literal")
            << QString() << false << std::optional(FieldFilter{QString(), u"%"_qs}) << Ids{6};
    }

    void ordersAndFiltersAttributesAndCrmIds()
    {
        using Ids = std::vector<std::int64_t>;
        QFETCH(QString, attribute);
        QFETCH(bool, descending);
        QFETCH(std::optional<FieldFilter>, field);
        QFETCH(Ids, expected);
        const QString path = m_dir.filePath(u"attributes.leadstage"_qs);
        if (!QFile::exists(path)) {
            auto workspace = Workspace::create(path);
            QVERIFY(workspace);
            Database &database = (*workspace)->database();
            const char *const attrs[] = {
                R"({"Score":"12"})",   R"({"Score":"100"})", R"({"Score":"abc"})",   R"({})",
                R"({"Score":"ABD"})",  R"({"Score":7})",     R"({"Score":" 3 "})",   R"({"Score":"12 leads"})",
                R"({"Score":"-1.5"})", R"({"Score":"12"})",  R"({"Lead.Score":"5"})"};
            const char *const crmIds[] = {"A-1",   "b-2",   "a-3",   nullptr, nullptr, "X%",
                                          nullptr, nullptr, nullptr, nullptr, nullptr};
            for (int i = 0; i < 11; ++i) {
                auto insert =
                    database.prepare("INSERT INTO leads (id, external_id, created_at, attrs) VALUES (?1, ?2, 0, ?3)");
                QVERIFY(insert);
                insert->bind(1, std::int64_t(i + 1))
                    .bind(2, crmIds[i] ? QString::fromLatin1(crmIds[i]) : QString())
                    .bind(3, QString::fromLatin1(attrs[i]));
                QVERIFY(insert->run());
            }
        }
        auto workspace = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(workspace);
        LeadOrderIndex index((*workspace)->database());
        ExplorerQuery query;
        query.sortAttribute = attribute;
        query.descending = descending;
        query.field = field;
        auto order = index.resolve(query);
        QVERIFY2(order, order ? "" : qPrintable(order.error().toString()));
        QCOMPARE(**order, expected);
    }
};

QTEST_GUILESS_MAIN(TestLeadOrderIndex)
#include "tst_leadorderindex.moc"
