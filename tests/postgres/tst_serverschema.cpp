// The workspace schema on the server: created in a named schema with the SQLite
// schema's tables, columns, keys and references; its version recorded; a schema of
// another version, an absent or a foreign one refused with a message saying which.

#include "TestServer.h"

#include "store/Schema.h"
#include "store/copy/WorkspaceTables.h"
#include "store/postgres/ServerSchema.h"
#include "store/postgres/ServerTransaction.h"

#include <QTest>

using namespace LeadStage;

namespace {

QString typeName(FieldValue::Kind kind)
{
    return kind == FieldValue::Kind::Integer ? u"bigint"_qs
           : kind == FieldValue::Kind::Real  ? u"double precision"_qs
                                             : u"text"_qs;
}

Status createWorkspace(ServerConnection &connection, const QString &schema)
{
    ServerTransaction transaction(connection);
    if (Status made = ServerSchema::create(connection, schema); !made)
        return made;
    return transaction.commit();
}

} // namespace

class TestServerSchema : public QObject
{
    Q_OBJECT

    QString m_schema;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        m_schema = TestServer::schemaName(u"schema"_qs);
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
        const Status made = createWorkspace(connection, m_schema);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        for (const QString &name : QStringList{m_schema, m_schema + u"_other"_qs, m_schema + u"_empty"_qs})
            TestServer::dropSchema(connection, name);
    }

    void versionIsRecorded()
    {
        ServerConnection connection = TestServer::connect();
        auto found = ServerSchema::inspect(connection, m_schema);
        QVERIFY(found);
        QCOMPARE(found->state, ServerSchema::Found::State::Workspace);
        QCOMPARE(found->version, Schema::latestVersion());
        QVERIFY(ServerSchema::checkReadable(connection, m_schema));
    }

    // Version 11 added only a column the server does not keep: a version 10 server
    // workspace (made before it) is read as it is.
    void version10IsRead()
    {
        ServerConnection connection = TestServer::connect();
        const QString schema = m_schema + u"_other"_qs;
        TestServer::dropSchema(connection, schema);
        QVERIFY(createWorkspace(connection, schema));
        QVERIFY(
            connection.query("UPDATE " + schema.toStdString() + ".leadstage_schema SET version = 10", {}, u"test"_qs));
        const Status readable = ServerSchema::checkReadable(connection, schema);
        QVERIFY2(readable, readable ? "" : qPrintable(readable.error().toString()));
        TestServer::dropSchema(connection, schema);
    }

    // One numbered list for both stores: a server takes the steps after its first version.
    void serverStepsComeFromTheOneList()
    {
        std::vector<int> versions;
        for (const Schema::ServerStep &step : Schema::serverSteps(Schema::serverFirstVersion))
            versions.push_back(step.version);
        std::vector<int> expected;
        for (int version = Schema::serverFirstVersion + 1; version <= Schema::latestVersion(); ++version)
            expected.push_back(version);
        QCOMPARE(versions, expected);
        QVERIFY(Schema::serverSteps(Schema::latestVersion()).empty());
        const auto authors = Schema::serverSteps(Schema::modelAuthorsVersion - 1);
        QVERIFY(!authors.empty() && QByteArray(authors.front().sql).contains("author"));
    }

    // A workspace of version 14 upgraded step by step has the columns and defaults of a
    // new one, and its versions saved before keep no author.
    void upgradedIsLikeNew()
    {
        ServerConnection connection = TestServer::connect();
        const QString schema = m_schema + u"_other"_qs;
        TestServer::dropSchema(connection, schema);
        QVERIFY(createWorkspace(connection, schema));
        const std::string name = schema.toStdString();
        QVERIFY(connection.execute("INSERT INTO " + name
                                       + ".models (id, name, version, json, created_at) "
                                         "VALUES (1, 'Old', 1, '{}', 0); ALTER TABLE "
                                       + name + ".models DROP COLUMN author; ALTER TABLE " + name
                                       + ".lead_state DROP COLUMN event_months; UPDATE " + name
                                       + ".leadstage_schema SET version = 14",
                                   u"test"_qs));
        QVERIFY(connection.query("SELECT set_config('search_path', $1, false)", {schema}, u"test"_qs));
        auto may = ServerSchema::mayUpgrade(connection);
        QVERIFY(may && *may);
        const Status upgraded = ServerSchema::upgrade(connection, 14);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().toString()));
        const auto columns = [&](const QString &in) {
            auto found =
                connection.query("SELECT string_agg(table_name || '.' || column_name || ' ' || data_type || ' ' || "
                                 "coalesce(column_default, '-'), ', ' ORDER BY table_name, ordinal_position) "
                                 "FROM information_schema.columns WHERE table_schema = $1",
                                 {in}, u"test"_qs);
            return found ? found->text(0, 0) : QString();
        };
        QVERIFY(columns(m_schema).contains(u"models.author text CURRENT_USER"_qs));
        QVERIFY(columns(m_schema).contains(u"lead_state.event_months bytea -"_qs));
        QCOMPARE(columns(schema), columns(m_schema));
        QCOMPARE(TestServer::valueIn(schema, "SELECT version FROM %1.leadstage_schema"),
                 QString::number(Schema::latestVersion()));
        QCOMPARE(TestServer::valueIn(schema, "SELECT coalesce(author, 'none') FROM %1.models"), u"none"_qs);
        TestServer::dropSchema(connection, schema);
    }

    // The same tables and columns, in the same order, with the dialect's types, and the
    // same primary keys: what lets later code share queries between the stores. The
    // derived columns a copy leaves out (event_months, bytea) are the server's too.
    void tablesMatchTheWorkspaceShapes()
    {
        ServerConnection connection = TestServer::connect();
        for (const TableShape &table : WorkspaceTables::all()) {
            auto columns = connection.query("SELECT column_name, data_type FROM information_schema.columns "
                                            "WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
                                            {m_schema, table.name}, u"columns"_qs);
            QVERIFY(columns);
            std::size_t shaped = 0;
            qsizetype derived = 0;
            for (int i = 0; i < columns->rows(); ++i) {
                if (table.derived.contains(columns->text(i, 0))) {
                    QCOMPARE(columns->text(i, 1), u"bytea"_qs);
                    ++derived;
                    continue;
                }
                QVERIFY(shaped < table.columns.size());
                QCOMPARE(columns->text(i, 0), table.columns[shaped].name);
                QCOMPARE(columns->text(i, 1), typeName(table.columns[shaped].type));
                ++shaped;
            }
            QCOMPARE(shaped, table.columns.size());
            QCOMPARE(derived, table.derived.size());
            auto key = connection.query(
                "SELECT a.attname FROM pg_index i "
                "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                "WHERE i.indrelid = to_regclass(quote_ident($1) || '.' || quote_ident($2)) AND i.indisprimary "
                "ORDER BY array_position(i.indkey::int2[], a.attnum)",
                {m_schema, table.name}, u"key"_qs);
            QVERIFY(key);
            QStringList keyColumns;
            for (int i = 0; i < key->rows(); ++i)
                keyColumns << key->text(i, 0);
            QCOMPARE(keyColumns, table.key);
        }
        auto tables = connection.query("SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename",
                                       {m_schema}, u"t"_qs);
        QVERIFY(tables);
        // The workspace's tables, the packed copies the server's rescores keep (empty
        // at first) and leadstage_schema, nothing else.
        QStringList expected{u"event_blocks"_qs, u"lead_blocks"_qs, u"leadstage_schema"_qs};
        for (const auto &table : WorkspaceTables::all())
            expected << table.name;
        expected.sort();
        QStringList found;
        for (int i = 0; i < tables->rows(); ++i)
            found << tables->text(i, 0);
        QCOMPARE(found, expected);
    }

    void constraintsHold_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("state");
        QTest::newRow("event of a missing lead")
            << u"INSERT INTO events (id, lead_id, occurred_at, activity_id) VALUES (1, 999, 0, 1)"_qs << u"23503"_qs;
        QTest::newRow("duplicate e-mail") << u"INSERT INTO leads (id, email, created_at) VALUES (1, 'a@x', 0), "
                                             "(2, 'a@x', 0)"_qs
                                          << u"23505"_qs;
        QTest::newRow("unknown track") << u"INSERT INTO activity_types (id, key, label, track) VALUES (1, 'k', 'l', "
                                          "'other')"_qs
                                       << u"23514"_qs;
        QTest::newRow("two active models")
            << u"INSERT INTO models (id, name, version, json, created_at, active) VALUES (1, 'a', 1, '{}', 0, 1), "
               "(2, 'b', 1, '{}', 0, 1)"_qs
            << u"23505"_qs;
        QTest::newRow("missing created_at") << u"INSERT INTO leads (id) VALUES (5)"_qs << u"23502"_qs;
    }

    void constraintsHold()
    {
        QFETCH(QString, sql);
        QFETCH(QString, state);
        ServerConnection connection = TestServer::connect();
        ServerTransaction transaction(connection);
        QVERIFY(connection.query("SELECT set_config('search_path', $1, true)", {m_schema}, u"path"_qs));
        auto failed = connection.query(sql.toStdString(), {}, u"test"_qs);
        QVERIFY(!failed);
        QVERIFY2(failed.error().what.contains(u"[SQLSTATE "_qs + state + u']'), qPrintable(failed.error().what));
    }

    void createRefusesANonEmptySchema()
    {
        ServerConnection connection = TestServer::connect();
        ServerTransaction transaction(connection);
        const Status made = ServerSchema::createTables(connection, m_schema);
        QVERIFY(!made);
        QCOMPARE(made.error().what, u"the schema %1 is not empty"_qs.arg(m_schema));
    }

    void createUsesAnEmptySchema()
    {
        const QString schema = m_schema + u"_empty"_qs;
        ServerConnection connection = TestServer::connect();
        QVERIFY(connection.execute("CREATE SCHEMA " + schema.toStdString(), u"test"_qs));
        QVERIFY(createWorkspace(connection, schema));
        QVERIFY(ServerSchema::checkReadable(connection, schema));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("setUp"); // SQL run in the schema first ("" for an absent schema)
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("hint");
        QTest::newRow("absent") << QString() << u"holds no workspace: there is no schema %1"_qs
                                << u"Check ?schema= in the address"_qs;
        QTest::newRow("foreign tables") << u"CREATE TABLE orders (id int)"_qs
                                        << u"the schema %1 is not a LeadStage workspace (it has no leadstage_schema "
                                           "table)"_qs
                                        << u"Check ?schema= in the address"_qs;
        const int latest = Schema::latestVersion();
        QTest::newRow("newer version") << u"CREATE TABLE leadstage_schema (id integer PRIMARY KEY, version integer, "
                                          "created_at bigint); INSERT INTO leadstage_schema VALUES (1, %1, 0)"_qs.arg(
                                              latest + 1)
                                       << u"the workspace has schema version %1, made by a newer LeadStage; this one "
                                          "reads version %2"_qs.arg(latest + 1)
                                              .arg(latest)
                                       << u"Update LeadStage"_qs;
        // Version 10's tables are version 11's on the server: 9 is the newest refused.
        QTest::newRow("older version") << u"CREATE TABLE leadstage_schema (id integer PRIMARY KEY, version integer, "
                                          "created_at bigint); INSERT INTO leadstage_schema VALUES (1, 9, 0)"_qs
                                       << u"the workspace has schema version 9; this LeadStage reads version %1 and "
                                          "upgrades server workspaces from version 10 on"_qs.arg(latest)
                                       << u"Copy it with the LeadStage that made it to a file"_qs;
    }

    void refusals()
    {
        QFETCH(QString, setUp);
        QFETCH(QString, what);
        QFETCH(QString, hint);
        const QString schema = m_schema + u"_other"_qs;
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, schema);
        if (!setUp.isEmpty())
            QVERIFY(connection.execute("CREATE SCHEMA " + schema.toStdString() + "; SET search_path TO "
                                           + schema.toStdString() + "; " + setUp.toStdString(),
                                       u"test"_qs));
        const Status readable = ServerSchema::checkReadable(connection, schema);
        QVERIFY(!readable);
        QCOMPARE(readable.error().what, what.contains(u"%1"_qs) ? what.arg(schema) : what);
        QVERIFY2(readable.error().hint.contains(hint), qPrintable(readable.error().hint));
        QCOMPARE(readable.error().where, connection.label() + u", schema "_qs + schema);
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
