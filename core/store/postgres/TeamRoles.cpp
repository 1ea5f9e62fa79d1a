#include "TeamRoles.h"

#include "ServerConnection.h"
#include "ServerTransaction.h"
#include "WorkspaceAddress.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

namespace LeadStage::TeamRoles {

namespace {

constexpr TeamRole allRoles[] = {TeamRole::Viewer, TeamRole::Analyst, TeamRole::Owner};

QString tr(const char *text)
{
    return QCoreApplication::translate("TeamRoles", text);
}

struct Groups
{
    QString viewer, analyst, owner;
};

Result<Groups> groupsOf(const QString &schema)
{
    Groups groups;
    for (auto [role, name] :
         {std::pair{TeamRole::Viewer, &groups.viewer}, std::pair{TeamRole::Analyst, &groups.analyst},
          std::pair{TeamRole::Owner, &groups.owner}}) {
        auto group = groupOf(schema, role);
        if (!group)
            return group.error();
        *name = *group;
    }
    return groups;
}

} // namespace

std::optional<TeamRole> parse(const QString &text)
{
    for (TeamRole role : allRoles)
        if (text == name(role))
            return role;
    return std::nullopt;
}

QString name(TeamRole role)
{
    switch (role) {
    case TeamRole::Viewer:
        return u"viewer"_qs;
    case TeamRole::Analyst:
        return u"analyst"_qs;
    case TeamRole::Owner:
        return u"owner"_qs;
    }
    return {};
}

Result<QString> groupOf(const QString &schema, TeamRole role)
{
    if (Status valid = WorkspaceAddress::checkSchemaName(schema); !valid)
        return valid.error();
    const QString group = schema + u'_' + name(role);
    if (group.toUtf8().size() > 63)
        return Error{tr("the schema's name is too long for its roles (%1 passes PostgreSQL's 63 bytes)").arg(group),
                     schema, 0, 0, tr("Copy the workspace to a schema with a shorter name to give it roles.")};
    return group;
}

Status setUp(ServerConnection &connection, const QString &schema)
{
    auto groups = groupsOf(schema);
    if (!groups)
        return groups.error();
    const QString doing = tr("setting up the roles of the workspace %1").arg(schema);
    ServerTransaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    const QString &viewer = groups->viewer, &analyst = groups->analyst, &owner = groups->owner;
    const std::pair<const char *, ServerParameters> steps[] = {
        // The groups where missing, each holding the one before; the one who sets them up owns.
        {"SELECT format('CREATE ROLE %I NOLOGIN', g) FROM unnest(ARRAY[$1::text, $2::text, $3::text]) AS g "
         "WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g)",
         {viewer, analyst, owner}},
        {"SELECT format('GRANT %I TO %I', $1::text, $2::text) UNION ALL "
         "SELECT format('GRANT %I TO %I', $2::text, $3::text) UNION ALL "
         "SELECT format('GRANT %I TO %I', $3::text, current_user)",
         {viewer, analyst, owner}},
        // Viewers read; analysts may make tables (a rescore swaps lead_state in whole).
        {"SELECT format('GRANT USAGE ON SCHEMA %I TO %I', $1::text, $2::text) UNION ALL "
         "SELECT format('GRANT CREATE ON SCHEMA %I TO %I', $1::text, $3::text)",
         {schema, viewer, analyst}},
        // The tables belong to the analysts, the model versions to the owners: only they
        // may make one active (an UPDATE); analysts add versions and refer to them.
        {"SELECT format('ALTER TABLE %I.%I OWNER TO %I', schemaname, tablename, "
         "CASE WHEN tablename = 'models' THEN $3::text ELSE $2::text END) FROM pg_tables WHERE schemaname = $1::text",
         {schema, analyst, owner}},
        {"SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, $2::text) FROM pg_proc p "
         "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1::text",
         {schema, analyst}},
        {"SELECT format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', $1::text, $2::text) UNION ALL "
         "SELECT format('GRANT INSERT, REFERENCES ON %I.models TO %I', $1::text, $3::text)",
         {schema, viewer, analyst}},
    };
    for (const auto &[step, parameters] : steps)
        if (Status done = connection.executeBuilt(step, parameters, doing); !done)
            return done;
    return transaction.commit();
}

Status grant(ServerConnection &connection, const QString &schema, const QString &user, TeamRole role)
{
    auto groups = groupsOf(schema);
    if (!groups)
        return groups.error();
    auto group = groupOf(schema, role);
    if (!group)
        return group.error();
    const QString doing = tr("making %1 %2 of the workspace %3").arg(user, name(role), schema);
    ServerTransaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    // What the user had goes first, so that a step down takes effect.
    if (Status done =
            connection.executeBuilt("SELECT format('REVOKE %I FROM %I', g.rolname, $4::text) FROM pg_roles g "
                                    "JOIN pg_auth_members m ON m.roleid = g.oid JOIN pg_roles u ON u.oid = m.member "
                                    "WHERE g.rolname IN ($1::text, $2::text, $3::text) AND u.rolname = $4::text",
                                    {groups->viewer, groups->analyst, groups->owner, user}, doing);
        !done)
        return done;
    if (Status done =
            connection.executeBuilt("SELECT format('GRANT %I TO %I', $1::text, $2::text)", {*group, user}, doing);
        !done)
        return done;
    return transaction.commit();
}

Result<TeamRights> rightsOf(ServerConnection &connection)
{
    // Changing the scores takes lead_state's owner's rights: a rescore swaps it in whole.
    auto rights = connection.query("SELECT pg_has_role(current_user, c.relowner, 'USAGE'), "
                                   "has_table_privilege('models', 'UPDATE'), current_user FROM pg_class c "
                                   "WHERE c.oid = to_regclass('lead_state')",
                                   {}, tr("checking what you may do in the workspace"));
    if (!rights)
        return rights.error();
    TeamRights found;
    if (rights->rows() == 1) {
        found.change = rights->utf8(0, 0) == "t";
        found.activate = found.change && rights->utf8(0, 1) == "t";
        found.user = rights->text(0, 2);
    }
    return found;
}

Status checkMayChange(const TeamRights &rights, const QString &schema, const QString &address)
{
    if (rights.change)
        return {};
    auto analysts = groupOf(schema, TeamRole::Analyst);
    return Error{tr("%1 may only read this team workspace: rescoring it and saving model versions take its "
                    "analyst role (%2)")
                     .arg(rights.user, analysts ? *analysts : schema + u"_analyst"_qs),
                 address, 0, 0,
                 tr("Ask its owner to run `leadstage workspace grant ADDRESS %1 analyst`.").arg(rights.user)};
}

Status checkMayActivate(Database &database)
{
    if (!database.isServer())
        return {};
    auto may = database.prepare("SELECT has_table_privilege('models', 'UPDATE'), current_user");
    if (!may)
        return may.error();
    auto row = may->step();
    if (!row)
        return row.error();
    if (*row && may->int64(0) != 0)
        return {};
    const QString user = *row ? may->text(1) : QString();
    auto address = WorkspaceAddress::parse(database.path());
    auto owners = address ? groupOf(address->schema(), TeamRole::Owner) : Result<QString>(address.error());
    return Error{tr("%1 may not make a model active in this team workspace: that takes its owner role (%2)")
                     .arg(user, owners ? *owners : u"owner"_qs),
                 database.path(), 0, 0,
                 tr("Save the model as a version (`leadstage model import`) and ask an owner to activate it.")};
}

// Names reach the SQL text through the server's format('%I').
Status keepOwnerAndGrants(ServerConnection &connection, const QString &oldTable, const QString &newTable,
                          const QString &doing)
{
    return connection.executeBuilt(
        "SELECT sql FROM ("
        "SELECT 1 AS step, format('GRANT %s ON %I TO %s', a.privilege_type, $2::text, "
        "CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END) AS sql "
        "FROM pg_class c, aclexplode(c.relacl) a WHERE c.oid = to_regclass($1) AND a.grantee <> c.relowner "
        "UNION ALL SELECT 2, format('ALTER TABLE %I OWNER TO %I', $2::text, pg_get_userbyid(c.relowner)) "
        "FROM pg_class c WHERE c.oid = to_regclass($1) "
        "AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)) AS steps ORDER BY step",
        {oldTable, newTable}, doing);
}

} // namespace LeadStage::TeamRoles
