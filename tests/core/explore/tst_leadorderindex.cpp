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
                                   const ExplorerQuery &filters, const QByteArray &idOrder)
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
    if (!idOrder.isEmpty())
        order = idOrder + direction;
    else if (fromState)
        order += "(s.lead_id IS NOT NULL)" + direction + ", ";
    if (idOrder.isEmpty())
        order += key + direction + ", l.id" + direction;
    // The explorer's filters as plain SQL: the reference the in-memory columns must match.
    const QByteArray sql =
        "SELECT l.id FROM leads l LEFT JOIN lead_state s ON s.lead_id = l.id "
        "WHERE (?1 IS NULL OR l.source = ?1) AND (?2 IS NULL OR s.stage = ?2) AND (?3 IS NULL OR s.grade = ?3) "
        "  AND (?4 IS NULL OR coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '') LIKE ?4 ESCAPE '\\' "
        "       OR l.email LIKE ?4 ESCAPE '\\' OR l.company LIKE ?4 ESCAPE '\\') "
        "ORDER BY "
        + order;
    auto query = database.prepare(std::string_view(sql.constData(), std::size_t(sql.size())));
    if (!query)
        qFatal("%s", qPrintable(query.error().toString()));
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QString() : text; };
    query->bind(1, orNull(filters.source)).bind(2, orNull(filters.stage)).bind(3, orNull(filters.grade));
    query->bind(4, filters.search.isEmpty() ? QString() : containsPattern(filters.search));
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

std::vector<std::int64_t> sqlOrder(Database &database, std::optional<ExplorerColumn> sortColumn, bool descending,
                                   const ExplorerQuery &filters = {})
{
    if (!sortColumn)
        return sqlOrder(database, ExplorerColumn::CrmId, descending, filters, "l.id");
    return sqlOrder(database, *sortColumn, descending, filters, {});
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

// Leads that take every path of the search: case, accents (folded by nobody: SQL's
// LIKE folds ASCII only), SQL's wildcards and escape taken literally, a NUL inside a
// value (LIKE stops reading there), NULL e-mails, and leads without a lead_state row.
void fillSearchWorkspace(Database &database, int copies)
{
    Transaction transaction(database);
    auto lead = database.prepare("INSERT INTO leads (first_name, last_name, email, company, source, created_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, 0)");
    auto state = database.prepare("INSERT INTO lead_state (lead_id, as_of, stage, grade) VALUES (?1, 0, ?2, ?3)");
    if (!lead || !state)
        qFatal("cannot prepare the inserts");
    const auto text = [](const char *value) { return value ? QString::fromUtf8(value) : QString(); };
    const QString companies[] = {u"100% Growth"_qs, u"a_b Ltd"_qs, u"Back\\slash AG"_qs,
                                 u"before"_qs + QChar(0) + u"after"_qs, u"Ünïcode Ärger"_qs};
    const char *const stages[] = {"Lead", "IQL", "MQL", "Customer"};
    const char *const grades[] = {"A", "B", "C", "D"};
    int n = 0;
    for (int copy = 0; copy < copies; ++copy) {
        for (const CraftedLead &crafted : craftedLeads) {
            ++n;
            const QString company = n % 7 == 0 ? companies[(n / 7) % 5] : text(crafted.company);
            // Every third lead has no e-mail; the rest are unique, some upper case.
            const QString email = n % 3 == 0 ? QString()
                                  : n % 2    ? u"%1.%2@Example.COM"_qs.arg(text(crafted.first)).arg(n)
                                             : u"lead%1@müller.de"_qs.arg(n);
            // A NUL inside a first name: LIKE sees "Jo" only, not the last name after it.
            const QString first = n % 11 == 0 ? u"Jo"_qs + QChar(0) + u"hn"_qs : text(crafted.first);
            lead->bind(1, first).bind(2, text(crafted.last)).bind(3, email).bind(4, company);
            lead->bind(5, text(crafted.source));
            if (!lead->run())
                qFatal("cannot insert a lead");
            if (n % 5 == 0)
                continue; // not scored yet: no stage, no grade
            state->bind(1, std::int64_t(database.lastInsertId()))
                .bind(2, QString::fromLatin1(stages[n % 4]))
                .bind(3, QString::fromLatin1(grades[(n / 4) % 4]));
            if (!state->run())
                qFatal("cannot insert a lead's state");
        }
    }
    if (!transaction.commit())
        qFatal("cannot commit");
}

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
                    ExplorerQuery filters;
                    filters.source = source;
                    const auto expected = sqlOrder((*workspace)->database(), spec.column, descending, filters);
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

    // The free-text search and the stage, grade and source filters, answered from
    // memory, against the same filters in plain SQL: the same leads in the same order.
    void searchesLikeSql_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("sortColumn"); // -1: id order
        QTest::addColumn<bool>("descending");
        const QString searches[] = {u"son"_qs, u"SON"_qs, u"a"_qs, u"zoë"_qs, u"ZOË"_qs, u"zoe"_qs, u"ü"_qs, u"Ü"_qs,
                                    u"%"_qs, u"_"_qs, u"\\"_qs, u" "_qs, u"a s"_qs, u"@"_qs, u"example.com"_qs,
                                    u"after"_qs, u"before"_qs, u"nothing-like-this"_qs, QString(), u"smith"_qs,
                                    // across the end of an e-mail and the start of a company: no match
                                    u"comnorthwind"_qs,
                                    // longer than the 16 places tested at once
                                    u"Northwind Analytics GmbH"_qs,
                                    // SQLite reads a pattern up to its NUL: left to SQL, answered alike.
                                    u"a"_qs + QChar(0) + u"b"_qs};
        struct Combination
        {
            const char *stage;
            const char *grade;
            const char *source;
            int sortColumn;
            bool descending;
        };
        const Combination combinations[] = {
            {"", "", "", -1, false},
            {"IQL", "", "", int(ExplorerColumn::Engagement), true},
            {"MQL", "B", "", int(ExplorerColumn::Name), false},
            {"", "", "webinar", int(ExplorerColumn::Stage), true},
            {"Customer", "", "organic", int(ExplorerColumn::Company), false},
            {"No such stage", "", "", -1, false},
        };
        for (const char *workspace : {"crafted", "demo"}) {
            for (const QString &search : searches) {
                for (const Combination &c : combinations) {
                    const QString name = u"%1: '%2' stage '%3' grade '%4' source '%5' by %6%7"_qs.arg(
                        QLatin1StringView(workspace), QString(search).replace(QChar(0), u"\\0"_qs),
                        QLatin1StringView(c.stage), QLatin1StringView(c.grade), QLatin1StringView(c.source),
                        QString::number(c.sortColumn), c.descending ? u" desc"_qs : u""_qs);
                    QTest::newRow(qPrintable(name)) << QString::fromLatin1(workspace) << search
                                                    << QString::fromLatin1(c.stage) << QString::fromLatin1(c.grade)
                                                    << QString::fromLatin1(c.source) << c.sortColumn << c.descending;
                }
            }
        }
    }

    void searchesLikeSql()
    {
        QFETCH(QString, workspace);
        QFETCH(QString, search);
        QFETCH(QString, stage);
        QFETCH(QString, grade);
        QFETCH(QString, source);
        QFETCH(int, sortColumn);
        QFETCH(bool, descending);
        const QString path = m_dir.filePath(workspace + u"-search.leadstage"_qs);
        if (!QFile::exists(path)) {
            if (workspace == u"demo"_qs) {
                DemoOptions options;
                options.leads = 3000;
                auto made = createDemoWorkspace(path, options, nullptr);
                QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
            } else {
                auto made = Workspace::create(path);
                QVERIFY(made);
                fillSearchWorkspace((*made)->database(), 40);
            }
        }
        auto opened = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(opened);
        LeadOrderIndex index((*opened)->database());
        ExplorerQuery query;
        query.search = search;
        query.stage = stage;
        query.grade = grade;
        query.source = source;
        if (sortColumn >= 0)
            query.sortColumn = ExplorerColumn(sortColumn);
        query.descending = descending;
        const auto expected = sqlOrder((*opened)->database(), query.sortColumn, descending, query);
        // Twice: the first request reads the columns, the second finds them ready.
        for (int round = 0; round < 2; ++round) {
            auto order = index.resolve(query);
            QVERIFY2(order, order ? "" : qPrintable(order.error().toString()));
            QCOMPARE(**order, expected);
        }
        QVERIFY(search.isEmpty() || index.filterColumnBytes() > 0); // the search was answered from memory
    }

    // A superseded request keeps what it read: the next one goes on from there and
    // the answer is still SQL's, with no lead read twice or skipped.
    void resumesASupersededRead()
    {
        const QString path = m_dir.filePath(u"resumed.leadstage"_qs);
        {
            auto made = Workspace::create(path);
            QVERIFY(made);
            fillSearchWorkspace((*made)->database(), 9000); // 144 000 leads: several reads of 65 536
        }
        auto opened = Workspace::open(path, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(opened);
        LeadOrderIndex index((*opened)->database());
        ExplorerQuery query;
        query.search = u"smith"_qs;
        query.stage = u"IQL"_qs;
        // Unsorted while refused: a column's sort is not resumed, only the filter columns are.
        int refusals = 0;
        for (; refusals < 10; ++refusals) {
            if (index.resolve(query, [] { return true; }))
                break;
        }
        QVERIFY2(refusals >= 3, "the leads and their states take several superseded reads");
        QVERIFY2(refusals < 10, "each superseded read makes progress");
        query.sortColumn = ExplorerColumn::Company;
        auto order = index.resolve(query);
        QVERIFY2(order, order ? "" : qPrintable(order.error().toString()));
        QCOMPARE(**order, sqlOrder((*opened)->database(), query.sortColumn, false, query));
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
