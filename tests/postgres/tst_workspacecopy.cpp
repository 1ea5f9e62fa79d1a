// WorkspaceCopy against the real test server: a demo workspace file -> server -> file
// comes back equal (digests, and exact values read independently), file -> file and
// server -> server too; a destination that holds a workspace is refused untouched; a
// copy failing midway leaves no schema; a mismatch is reported per table.

#include "TestServer.h"

#include "demo/DemoWorkspace.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "store/copy/WorkspaceCopy.h"
#include "store/copy/WorkspaceTables.h"
#include "store/postgres/ServerTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace LeadStage;

namespace {

WorkspaceAddress fileAddress(const QString &path)
{
    return *WorkspaceAddress::parse(path);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Rows of an SQL query on a workspace file, one string per row ("a|b|NULL"), read
// with SQLite's own API: independent of the copy's readers.
QStringList fileRows(const QString &path, const char *sql)
{
    sqlite3 *database = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &database, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    sqlite3_stmt *query = nullptr;
    if (sqlite3_prepare_v2(database, sql, -1, &query, nullptr) != SQLITE_OK)
        qFatal("%s", sqlite3_errmsg(database));
    QStringList rows;
    while (sqlite3_step(query) == SQLITE_ROW) {
        QStringList fields;
        for (int column = 0; column < sqlite3_column_count(query); ++column)
            fields << (sqlite3_column_type(query, column) == SQLITE_NULL
                           ? u"NULL"_qs
                           : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query, column))));
        rows << fields.join(u'|');
    }
    sqlite3_finalize(query);
    sqlite3_close(database);
    return rows;
}

// Changes a workspace file behind LeadStage's back (foreign keys not checked, as an
// older version or another program could have left it).
void damage(const QString &path, const QString &sql)
{
    auto database = Database::open(path, SQLITE_OPEN_READWRITE);
    if (!database)
        qFatal("%s", qPrintable(database.error().toString()));
    if (Status changed = database->exec(sql.toStdString()); !changed)
        qFatal("%s", qPrintable(changed.error().toString()));
}

void verifyAllMatch(const CopyReport &report)
{
    QCOMPARE(report.tables.size(), WorkspaceTables::all().size());
    for (const TableCheck &check : report.tables) {
        QVERIFY2(check.matches(), qPrintable(check.table));
        QCOMPARE(check.sourceSha256.size(), 64);
    }
    QVERIFY(report.verified());
}

} // namespace

class TestWorkspaceCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_schema;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_SERVER();
        m_demo = path(u"demo.leadstage"_qs);
        DemoOptions options;
        options.leads = 400;
        options.months = 12;
        auto made = createDemoWorkspace(m_demo, options, nullptr);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        m_schema = TestServer::schemaName(u"copy"_qs);
        ServerConnection connection = TestServer::connect();
        for (const QString &suffix : {u""_qs, u"_again"_qs, u"_damaged"_qs, u"_old"_qs})
            TestServer::dropSchema(connection, m_schema + suffix);
    }

    void cleanupTestCase()
    {
        if (TestServer::uri().isEmpty())
            return;
        ServerConnection connection = TestServer::connect();
        for (const QString &suffix : {u""_qs, u"_again"_qs, u"_damaged"_qs, u"_old"_qs})
            TestServer::dropSchema(connection, m_schema + suffix);
    }

    void fileToServer()
    {
        std::int64_t copied = -1, copyTotal = -1;
        Progress copying([&](std::int64_t done, std::int64_t total) { copied = done, copyTotal = total; });
        auto report = WorkspaceCopy::run(fileAddress(m_demo), TestServer::parsed(m_schema), {&copying, nullptr});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        verifyAllMatch(*report);
        QVERIFY(report->written);
        QCOMPARE(copied, report->rows);
        QCOMPARE(copyTotal, report->rows);
        std::int64_t rows = 0;
        for (const TableCheck &check : report->tables)
            rows += check.sourceRows;
        QCOMPARE(rows, report->rows);
        QVERIFY(report->tables[3].table == u"leads"_qs && report->tables[3].sourceRows == 400);
    }

    // Values read on the server with plain SQL, not through the copy's own readers.
    void serverHoldsTheSameValues()
    {
        ServerConnection connection = TestServer::connect();
        const std::string schema = '"' + m_schema.toStdString() + "\".";
        auto lead = connection.query("SELECT email, attrs, created_at FROM " + schema + "leads WHERE id = $1",
                                     {u"17"_qs}, u"lead"_qs);
        QVERIFY(lead);
        const QStringList original = fileRows(m_demo, "SELECT email, attrs, created_at FROM leads WHERE id = 17");
        QCOMPARE(QString(lead->text(0, 0) + u'|' + lead->text(0, 1) + u'|' + lead->text(0, 2)), original.first());
        auto counts = connection.query("SELECT (SELECT count(*) FROM " + schema + "events), (SELECT count(*) FROM "
                                           + schema + "lead_state WHERE stage = 'MQL')",
                                       {}, u"counts"_qs);
        QVERIFY(counts);
        QCOMPARE(QString(counts->text(0, 0) + u'|' + counts->text(0, 1)),
                 fileRows(m_demo, "SELECT (SELECT count(*) FROM events), "
                                  "(SELECT count(*) FROM lead_state WHERE stage = 'MQL')")
                     .first());
        // Revenue is a double: the same bits, not just the same printed digits.
        auto revenue = connection.query("SELECT lead_id, revenue FROM " + schema
                                            + "outcomes WHERE revenue IS NOT NULL ORDER BY lead_id LIMIT 1",
                                        {}, u"revenue"_qs);
        QVERIFY(revenue);
        QCOMPARE(revenue->rows(), 1);
        auto file = Database::open(m_demo, SQLITE_OPEN_READONLY);
        QVERIFY(file);
        auto fileRevenue = file->prepare("SELECT revenue FROM outcomes WHERE lead_id = ?1");
        QVERIFY(fileRevenue);
        fileRevenue->bind(1, *revenue->int64(0, 0));
        QVERIFY(*fileRevenue->step());
        QVERIFY(std::stod(std::string(revenue->utf8(0, 1))) == fileRevenue->real(0));
    }

    void serverToFile()
    {
        const QString back = path(u"back.leadstage"_qs);
        auto report = WorkspaceCopy::run(TestServer::parsed(m_schema), fileAddress(back));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        verifyAllMatch(*report);
        QVERIFY(report->written);
        QVERIFY(!QFile::exists(back + u".incomplete"_qs));

        // The file is an ordinary workspace again, equal to the original table by table.
        auto opened = Workspace::open(back, Workspace::Options{Workspace::Access::ReadWrite, Workspace::Missing::Fail});
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE((*opened)->schemaVersion(), Schema::latestVersion());
        opened->reset();
        auto compared = WorkspaceCopy::verify(fileAddress(m_demo), fileAddress(back));
        QVERIFY(compared);
        verifyAllMatch(*compared);
        for (const char *sql :
             {"SELECT * FROM leads WHERE id IN (1, 200, 400) ORDER BY id", "SELECT * FROM models ORDER BY id",
              "SELECT * FROM workspace_settings ORDER BY key",
              "SELECT * FROM events ORDER BY lead_id, occurred_at, activity_id, detail_id LIMIT 5",
              "SELECT * FROM activity_types ORDER BY id", "SELECT * FROM event_sequence", "SELECT * FROM score_status"})
            QCOMPARE(fileRows(back, sql), fileRows(m_demo, sql));
    }

    void fileToFile()
    {
        const QString copy = path(u"copy.leadstage"_qs);
        auto report = WorkspaceCopy::run(fileAddress(m_demo), fileAddress(copy));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        verifyAllMatch(*report);
        QVERIFY(QFile::exists(copy));
    }

    void serverToServer()
    {
        auto report = WorkspaceCopy::run(TestServer::parsed(m_schema), TestServer::parsed(m_schema + u"_again"_qs));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        verifyAllMatch(*report);
    }

    void existingServerWorkspaceRefused()
    {
        auto report = WorkspaceCopy::run(fileAddress(path(u"copy.leadstage"_qs)), TestServer::parsed(m_schema));
        QVERIFY(!report);
        QCOMPARE(
            report.error().what,
            u"the schema %1 already holds a workspace (schema version %2); a copy never replaces one"_qs.arg(m_schema)
                .arg(Schema::latestVersion()));
        QVERIFY(report.error().hint.contains(u"Choose another ?schema= name"_qs));
        // Untouched: still equal to the demo.
        auto compared = WorkspaceCopy::verify(fileAddress(m_demo), TestServer::parsed(m_schema));
        QVERIFY(compared);
        verifyAllMatch(*compared);
    }

    void existingFileRefused()
    {
        const QString existing = path(u"copy.leadstage"_qs);
        const QByteArray before = fileHash(existing);
        auto report = WorkspaceCopy::run(TestServer::parsed(m_schema), fileAddress(existing));
        QVERIFY(!report);
        QCOMPARE(report.error().what, u"already exists; a copy never replaces a workspace or any other file"_qs);
        QCOMPARE(report.error().where, existing);
        QCOMPARE(fileHash(existing), before);
    }

    void sameWorkspaceRefused()
    {
        auto report = WorkspaceCopy::run(TestServer::parsed(m_schema), TestServer::parsed(m_schema));
        QVERIFY(!report);
        QCOMPARE(report.error().what, u"the source and the destination are the same workspace"_qs);
    }

    void failureMidwayLeavesNoSchema_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("what");
        QTest::newRow("text in a number column, while writing leads")
            << u"UPDATE leads SET employees = 'many' WHERE id = 3"_qs
            << u"writing the table leads: invalid input syntax for type bigint: \"many\""_qs;
        QTest::newRow("an event of a missing lead, found by the references")
            << u"INSERT INTO events (id, lead_id, occurred_at, activity_id, detail_id) VALUES (999999, 999999, 0, 1, 0)"_qs
            << u"checking the references between the tables: insert or update on table \"events\" violates foreign "
               "key constraint"_qs;
    }

    void failureMidwayLeavesNoSchema()
    {
        QFETCH(QString, damage);
        QFETCH(QString, what);
        const QString damaged = path(u"damaged-%1.leadstage"_qs.arg(QTest::currentDataTag()[0] == 't' ? 1 : 2));
        QVERIFY(QFile::copy(m_demo, damaged));
        ::damage(damaged, damage);
        const QString schema = m_schema + u"_damaged"_qs;
        auto report = WorkspaceCopy::run(fileAddress(damaged), TestServer::parsed(schema));
        QVERIFY(!report);
        QVERIFY2(report.error().what.startsWith(what), qPrintable(report.error().toString()));
        QVERIFY(!report.error().hint.isEmpty());
        QVERIFY(!TestServer::schemaExists(schema));
    }

    // A cancel (the first progress report asks for it) writes nothing, into a server or a file.
    void cancelWritesNothing_data()
    {
        QTest::addColumn<bool>("toServer");
        QTest::newRow("into a server") << true;
        QTest::newRow("into a file") << false;
    }

    void cancelWritesNothing()
    {
        QFETCH(bool, toServer);
        const QString schema = m_schema + u"_damaged"_qs;
        const QString file = path(u"cancelled.leadstage"_qs);
        Progress copying([&copying](std::int64_t, std::int64_t) { copying.cancel(); });
        auto report = WorkspaceCopy::run(fileAddress(m_demo), toServer ? TestServer::parsed(schema) : fileAddress(file),
                                         {&copying, nullptr});
        QVERIFY(!report);
        QCOMPARE(report.error().what, u"the copy was cancelled; nothing was written"_qs);
        QVERIFY(!TestServer::schemaExists(schema));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + u".incomplete"_qs));
    }

    void mismatchIsReportedPerTable()
    {
        const QString changed = path(u"changed.leadstage"_qs);
        QVERIFY(QFile::copy(m_demo, changed));
        damage(changed, u"UPDATE leads SET first_name = 'Zed' WHERE id = 5"_qs);
        auto report = WorkspaceCopy::verify(fileAddress(m_demo), fileAddress(changed));
        QVERIFY(report);
        QVERIFY(!report->verified());
        QStringList differing;
        for (const TableCheck &check : report->tables)
            if (!check.matches())
                differing << check.table;
        QCOMPARE(differing, QStringList{u"leads"_qs});
        const TableCheck &leads = report->tables[3];
        QCOMPARE(leads.sourceRows, leads.destinationRows);
        QVERIFY(leads.sourceSha256 != leads.destinationSha256);
    }

    void olderServerWorkspaceRefusedAsSource()
    {
        const QString old = m_schema + u"_old"_qs;
        auto copied = WorkspaceCopy::run(fileAddress(m_demo), TestServer::parsed(old));
        QVERIFY(copied);
        ServerConnection connection = TestServer::connect();
        QVERIFY(connection.execute("UPDATE \"" + old.toStdString() + "\".leadstage_schema SET version = 9", u"t"_qs));
        auto report = WorkspaceCopy::run(TestServer::parsed(old), fileAddress(path(u"old.leadstage"_qs)));
        QVERIFY(!report);
        QVERIFY2(report.error().what.startsWith(u"the workspace has schema version 9"_qs),
                 qPrintable(report.error().what));
        QVERIFY(!QFile::exists(path(u"old.leadstage"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCopy)
#include "tst_workspacecopy.moc"
