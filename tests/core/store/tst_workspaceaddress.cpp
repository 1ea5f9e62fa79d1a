// WorkspaceAddress: a file path or postgresql://...?schema=name, the schema taken out
// before libpq sees the rest, and every refusal saying what to change.

#include "store/postgres/WorkspaceAddress.h"

#include <QTest>

using namespace LeadStage;

class TestWorkspaceAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("server");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("schema");
        QTest::newRow("file path") << u"/home/ana/Leads.leadstage"_qs << false << QString() << QString() << QString();
        QTest::newRow("relative file") << u"demo.leadstage"_qs << false << QString() << QString() << QString();
        QTest::newRow("file with colon") << u"C:/data/x.leadstage"_qs << false << QString() << QString() << QString();
        QTest::newRow("host and database") << u"postgresql://db.example.com/leads?schema=emea"_qs << true
                                           << u"postgresql://db.example.com/leads"_qs << u"leads"_qs << u"emea"_qs;
        QTest::newRow("postgres scheme") << u"postgres://db/leads?schema=team_1"_qs << true << u"postgres://db/leads"_qs
                                         << u"leads"_qs << u"team_1"_qs;
        QTest::newRow("user and port") << u"postgresql://ana@db:5433/leads?schema=emea"_qs << true
                                       << u"postgresql://ana@db:5433/leads"_qs << u"leads"_qs << u"emea"_qs;
        QTest::newRow("socket folder as host")
            << u"postgresql://ana@/leads?host=/run/postgresql&schema=emea"_qs << true
            << u"postgresql://ana@/leads?host=/run/postgresql"_qs << u"leads"_qs << u"emea"_qs;
        QTest::newRow("other parameters kept")
            << u"postgresql://db/leads?sslmode=require&schema=s&connect_timeout=5"_qs << true
            << u"postgresql://db/leads?sslmode=require&connect_timeout=5"_qs << u"leads"_qs << u"s"_qs;
        QTest::newRow("encoded database name") << u"postgresql://db/lead%20data?schema=s"_qs << true
                                               << u"postgresql://db/lead%20data"_qs << u"lead data"_qs << u"s"_qs;
    }

    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(bool, server);
        auto address = WorkspaceAddress::parse(text);
        QVERIFY2(address, qPrintable(address ? QString() : address.error().toString()));
        QCOMPARE(address->isServer(), server);
        QCOMPARE(address->text(), text);
        if (!server) {
            QCOMPARE(address->filePath(), text);
            return;
        }
        QTEST(address->connectionUri(), "uri");
        QTEST(address->database(), "database");
        QTEST(address->schema(), "schema");
        QVERIFY(address->filePath().isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("hint");
        QTest::newRow("empty") << QString() << u"no workspace given"_qs << u"postgresql://"_qs;
        QTest::newRow("other scheme") << u"mysql://db/leads?schema=s"_qs << u"'mysql://' is not a workspace address"_qs
                                      << u"postgresql://"_qs;
        QTest::newRow("misspelt scheme") << u"postgresq://db/leads?schema=s"_qs
                                         << u"'postgresq://' is not a workspace address"_qs << u"file path"_qs;
        QTest::newRow("password in user info")
            << u"postgresql://ana:secret@db/leads?schema=s"_qs << u"holds a password"_qs << u"~/.pgpass"_qs;
        QTest::newRow("empty password") << u"postgresql://ana:@db/leads?schema=s"_qs << u"holds a password"_qs
                                        << u"PGPASSWORD"_qs;
        QTest::newRow("password parameter") << u"postgresql://db/leads?schema=s&password=secret"_qs
                                            << u"holds a password (?password=)"_qs << u"~/.pgpass"_qs;
        QTest::newRow("no schema") << u"postgresql://db/leads"_qs << u"names no schema"_qs << u"?schema=name"_qs;
        QTest::newRow("schema twice") << u"postgresql://db/leads?schema=a&schema=b"_qs
                                      << u"names the schema more than once"_qs << u"once"_qs;
        QTest::newRow("empty schema") << u"postgresql://db/leads?schema="_qs << u"the schema name is empty"_qs
                                      << u"team_emea"_qs;
        QTest::newRow("upper-case schema")
            << u"postgresql://db/leads?schema=Team"_qs << u"'Team' is not a plain identifier"_qs << u"team_emea"_qs;
        QTest::newRow("schema with quote")
            << u"postgresql://db/leads?schema=a%22b"_qs << u"'a\"b' is not a plain identifier"_qs << u"team_emea"_qs;
        QTest::newRow("schema starting with digit")
            << u"postgresql://db/leads?schema=1team"_qs << u"'1team' is not a plain identifier"_qs << u"team_emea"_qs;
        QTest::newRow("schema with semicolon")
            << u"postgresql://db/leads?schema=a;drop"_qs << u"'a;drop' is not a plain identifier"_qs << u"team_emea"_qs;
        QTest::newRow("pg_ schema") << u"postgresql://db/leads?schema=pg_temp"_qs
                                    << u"reserved for PostgreSQL's own use"_qs << u"team_emea"_qs;
        QTest::newRow("public schema") << u"postgresql://db/leads?schema=public"_qs << u"'public' is reserved"_qs
                                       << u"team_emea"_qs;
        QTest::newRow("schema too long") << u"postgresql://db/leads?schema="_qs + QString(64, u'a')
                                         << u"longer than PostgreSQL's 63 characters"_qs << u"team_emea"_qs;
        QTest::newRow("no database") << u"postgresql://db/?schema=s"_qs << u"names no database"_qs
                                     << u"postgresql://"_qs;
        QTest::newRow("no database, no slash")
            << u"postgresql://db?schema=s"_qs << u"names no database"_qs << u"postgresql://"_qs;
        QTest::newRow("no host") << u"postgresql:///leads?schema=s"_qs << u"names no server"_qs << u"?host="_qs;
        QTest::newRow("fragment") << u"postgresql://db/leads?schema=s#x"_qs << u"'#' part"_qs << u"postgresql://"_qs;
    }

    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, what);
        QFETCH(QString, hint);
        auto address = WorkspaceAddress::parse(text);
        QVERIFY(!address);
        QVERIFY2(address.error().what.contains(what), qPrintable(address.error().what));
        QVERIFY2(address.error().hint.contains(hint), qPrintable(address.error().hint));
        // A refused password never reaches a message (the test's passwords are "secret").
        if (what.contains(u"password"_qs))
            QVERIFY2(!address.error().toString().contains(u"secret"_qs), qPrintable(address.error().toString()));
        else
            QCOMPARE(address.error().where, text);
    }

    void schemaNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters") << u"emea"_qs << true;
        QTest::newRow("underscore first") << u"_x"_qs << true;
        QTest::newRow("digits later") << u"team2025"_qs << true;
        QTest::newRow("63 characters") << QString(63, u'a') << true;
        QTest::newRow("hyphen") << u"team-a"_qs << false;
        QTest::newRow("space") << u"team a"_qs << false;
        QTest::newRow("non-ASCII letter") << u"tëam"_qs << false;
        QTest::newRow("information_schema") << u"information_schema"_qs << false;
    }

    void schemaNames()
    {
        QFETCH(QString, name);
        QTEST(WorkspaceAddress::checkSchemaName(name).ok(), "valid");
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceAddress)
#include "tst_workspaceaddress.moc"
