#pragma once

#include "store/postgres/ServerConnection.h"
#include "store/postgres/WorkspaceAddress.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <initializer_list>
#include <vector>

// The throw-away server of the CTest fixture postgres_server (test-server.sh): its URI
// is in LEADSTAGE_TEST_POSTGRES. Each test works in schemas of its own, named after
// the test and its process, so tests running in parallel never meet.
namespace TestServer {

inline QString uri()
{
    return qEnvironmentVariable("LEADSTAGE_TEST_POSTGRES");
}

// The server address of a workspace in schema `name` (made unique per process).
inline QString schemaName(const QString &name)
{
    return name + u'_' + QString::number(QCoreApplication::applicationPid());
}

inline QString address(const QString &schema)
{
    return uri() + u"&schema="_qs + schema;
}

inline LeadStage::WorkspaceAddress parsed(const QString &schema)
{
    auto address = LeadStage::WorkspaceAddress::parse(TestServer::address(schema));
    if (!address)
        qFatal("%s", qPrintable(address.error().toString()));
    return *address;
}

inline LeadStage::ServerConnection connect()
{
    auto connection = LeadStage::ServerConnection::connect(parsed(u"unused"_qs));
    if (!connection)
        qFatal("%s", qPrintable(connection.error().toString()));
    return std::move(*connection);
}

inline void dropSchema(LeadStage::ServerConnection &connection, const QString &schema)
{
    const std::string drop = "DROP SCHEMA IF EXISTS \"" + schema.toStdString() + "\" CASCADE";
    if (auto dropped = connection.execute(drop, u"dropping a test schema"_qs); !dropped)
        qFatal("%s", qPrintable(dropped.error().toString()));
}

// Whether the schema exists, as another session sees it.
inline bool schemaExists(const QString &schema)
{
    LeadStage::ServerConnection connection = connect();
    auto found = connection.query("SELECT count(*) FROM pg_namespace WHERE nspname = $1", {schema}, u"test"_qs);
    if (!found)
        qFatal("%s", qPrintable(found.error().toString()));
    return found->int64(0, 0) == 1;
}

// The first value of `sql`, whose %1 is replaced by `schema`, as text: the tests' look
// at a server workspace's tables.
inline QString valueIn(const QString &schema, const char *sql)
{
    LeadStage::ServerConnection connection = connect();
    auto result = connection.query(QString::fromUtf8(sql).arg(schema).toStdString(), {}, u"test"_qs);
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return result->text(0, 0);
}

// A workspace's test login roles (`schema`_`who`) and its group roles, gone.
inline void dropRoles(LeadStage::ServerConnection &connection, const QString &schema,
                      std::initializer_list<const char *> logins)
{
    std::vector<const char *> all(logins);
    all.insert(all.end(), {"viewer", "analyst", "owner"});
    for (const char *who : all) {
        const std::string drop = "DROP ROLE IF EXISTS \"" + schema.toStdString() + '_' + who + '"';
        if (auto dropped = connection.execute(drop, u"dropping a test role"_qs); !dropped)
            qFatal("%s", qPrintable(dropped.error().toString()));
    }
}

// The address of `schema`'s workspace as the login role `login` (local logins are trusted).
inline QString addressAs(const QString &schema, const QString &login)
{
    return address(schema).replace(u"postgresql://leadstage_test@"_qs, u"postgresql://"_qs + login + u'@');
}

// The role the tests log in as.
inline QString role()
{
    return valueIn(QString(), "SELECT current_user");
}

// A session that holds `schema`'s one-writer lock as a LeadStage writing since `since`
// would (ServerWriteLock), until it ends or lets go (pg_advisory_unlock_all).
inline LeadStage::ServerConnection holdWriteLock(const QString &schema, const QString &since)
{
    LeadStage::ServerConnection holder = connect();
    for (const auto &[sql, parameter] :
         {std::pair{"SELECT set_config('application_name', 'leadstage, writing since ' || $1, false)", since},
          std::pair{"SELECT pg_advisory_lock(1280529479, oid::int) FROM pg_namespace WHERE nspname = $1", schema}})
        if (auto done = holder.query(sql, {parameter}, u"test"_qs); !done)
            qFatal("%s", qPrintable(done.error().toString()));
    return holder;
}

// Runs `leadstage ARGUMENTS` (the build's binary); its standard error when it fails.
inline QString runLeadstage(const QStringList &arguments)
{
    QProcess run;
    run.start(QStringLiteral(LEADSTAGE_BINARY), arguments);
    if (!run.waitForFinished(120000))
        return u"leadstage %1 did not finish"_qs.arg(arguments.join(u' '));
    return run.exitCode() == 0 ? QString() : QString::fromUtf8(run.readAllStandardError());
}

// Copies the workspace `file` into `schema` (dropped first); an empty text, or what failed.
inline QString copyToSchema(const QString &file, const QString &schema)
{
    LeadStage::ServerConnection connection = connect();
    dropSchema(connection, schema);
    return runLeadstage({u"workspace"_qs, u"copy"_qs, file, address(schema)});
}

// A demo workspace of `leads` leads at `file`, copied into `schema`; an empty text, or what failed.
inline QString demoInSchema(const QString &file, int leads, const QString &schema)
{
    if (const QString failed = runLeadstage({u"demo"_qs, u"--leads"_qs, QString::number(leads), u"--out"_qs, file});
        !failed.isEmpty())
        return failed;
    return copyToSchema(file, schema);
}

// The role test-server.sh makes give a password (scram-sha-256), made once for every
// test that asks: it may read (USAGE, SELECT) the schemas named. Its password is
// passwordRolePassword.
inline constexpr const char *passwordRole = "leadstage_password_test";
inline constexpr const char *passwordRolePassword = "s3cret-for-tests";

inline void makePasswordRole(const QStringList &readableSchemas = {})
{
    LeadStage::ServerConnection connection = connect();
    // Two tests may make it at once: the loser's duplicate is no failure.
    const QString role = QString::fromLatin1(passwordRole);
    const QString make =
        u"DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation "
        "THEN NULL; END $$; ALTER ROLE %1 PASSWORD '%2'"_qs.arg(role, QString::fromLatin1(passwordRolePassword));
    if (auto made = connection.execute(make.toStdString(), u"making the password role"_qs); !made)
        qFatal("%s", qPrintable(made.error().toString()));
    for (const QString &schema : readableSchemas) {
        const QString grant =
            u"GRANT USAGE ON SCHEMA \"%1\" TO %2; GRANT SELECT ON ALL TABLES IN SCHEMA \"%1\" TO %2"_qs.arg(schema,
                                                                                                            role);
        if (auto granted = connection.execute(grant.toStdString(), u"letting the password role read"_qs); !granted)
            qFatal("%s", qPrintable(granted.error().toString()));
    }
}

// `address` with the password role as its user in place of the test's.
inline QString asPasswordRole(const QString &address)
{
    QString changed = address;
    return changed.replace(u"postgresql://leadstage_test@"_qs,
                           u"postgresql://"_qs + QLatin1String(passwordRole) + u'@');
}

} // namespace TestServer

// Skips (outside CTest) when no server was started: under CTest the fixture always starts one.
#define REQUIRE_TEST_SERVER()                                                                                          \
    do {                                                                                                               \
        if (TestServer::uri().isEmpty())                                                                               \
            QSKIP("LEADSTAGE_TEST_POSTGRES is not set: run through CTest, whose fixture starts the server");           \
    } while (false)
