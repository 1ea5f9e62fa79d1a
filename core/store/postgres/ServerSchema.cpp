#include "ServerSchema.h"

#include "ServerConnection.h"
#include "ServerNames.h"
#include "ServerTransaction.h"
#include "WorkspaceAddress.h"
#include "store/Schema.h"

#include <QDateTime>

#include <string>

namespace LeadStage::ServerSchema {

namespace {

// The version `tables` below is: later versions come as steps (Schema::serverSteps).
constexpr int tablesVersion = 14;

// Schema version 14 of Schema.cpp in PostgreSQL's dialect. Table and column names,
// keys, uniqueness, checks and references are the same as in the SQLite file, so that
// queries can be shared. The differences, all here, and why:
// - lead_state is made without event_months (version 11 in the file), which version 16's
//   step adds: a server workspace made before it reads its IQL leads' events for the
//   metrics. It is derived from the events (EventMonths): a copy leaves it out either way,
//   and the rows read the events until the next rescore writes it.
// - event_blocks (the events packed again for a fast full load, EventBlocks) and
//   lead_blocks (the leads likewise, LeadBlocks) start empty: a copy leaves them out,
//   and the first rescore on the server writes them, with the triggers that empty them
//   when their tables change (WatchedCopy). A server schema made before them has
//   neither, and its loads read the rows. No lead_state_digests (LeadStateDigests).
// - SQLite's INTEGER is a 64-bit integer: bigint everywhere (flags too), so every value
//   fits as it does in the file. REAL is an 8-byte IEEE double: double precision.
//   TEXT is text (the database must be UTF-8, as LeadStage's texts are).
// - `INTEGER PRIMARY KEY` is SQLite's rowid, which hands out new ids by itself; here it
//   is a plain bigint key, as the copy keeps every id. (New ids on the server come with
//   the PostgreSQL store: not yet.)
// - WITHOUT ROWID has no meaning here: those tables are ordinary tables with the same
//   primary key.
// - Secondary indexes and foreign keys are made after the rows are in (addReferences).
// - Text keys order as bytes in SQLite (BINARY); readers that need that order on the
//   server say COLLATE "C".
const char *const tables = R"sql(
CREATE TABLE imports (
    id             bigint PRIMARY KEY,
    kind           text NOT NULL,
    file           text NOT NULL,
    file_size      bigint,
    file_hash      text,
    mapping        text,
    started_at     bigint NOT NULL,
    finished_at    bigint,
    rows_read      bigint NOT NULL DEFAULT 0,
    rows_imported  bigint NOT NULL DEFAULT 0,
    rows_rejected  bigint NOT NULL DEFAULT 0,
    rows_updated   bigint NOT NULL DEFAULT 0,
    rows_skipped   bigint NOT NULL DEFAULT 0,
    rows_duplicate bigint NOT NULL DEFAULT 0,
    leads_created  bigint NOT NULL DEFAULT 0,
    rows_unchanged bigint NOT NULL DEFAULT 0,
    undo_recorded  bigint NOT NULL DEFAULT 0,
    undone_at      bigint
);
CREATE TABLE activity_types (
    id        bigint PRIMARY KEY,
    key       text NOT NULL UNIQUE,
    label     text NOT NULL,
    track     text NOT NULL CHECK (track IN ('info', 'intent', 'product')),
    category  text NOT NULL DEFAULT '',
    import_id bigint
);
CREATE TABLE import_errors (
    id        bigint PRIMARY KEY,
    import_id bigint NOT NULL,
    line      bigint NOT NULL,
    column_no bigint NOT NULL,
    reason    text NOT NULL,
    raw       text NOT NULL
);
CREATE TABLE leads (
    id          bigint PRIMARY KEY,
    external_id text UNIQUE,
    email       text UNIQUE,
    first_name  text,
    last_name   text,
    company     text,
    job_title   text,
    industry    text,
    employees   bigint,
    country     text,
    source      text,
    campaign    text,
    created_at  bigint NOT NULL,
    attrs       text NOT NULL DEFAULT '{}',
    archived_at bigint,
    import_id   bigint
);
CREATE TABLE outcomes (
    lead_id             bigint PRIMARY KEY,
    sql_at              bigint,
    opportunity_at      bigint,
    customer_at         bigint,
    lost_at             bigint,
    revenue             double precision,
    sql_undated         bigint NOT NULL DEFAULT 0 CHECK (sql_undated IN (0, 1)),
    opportunity_undated bigint NOT NULL DEFAULT 0 CHECK (opportunity_undated IN (0, 1)),
    customer_undated    bigint NOT NULL DEFAULT 0 CHECK (customer_undated IN (0, 1)),
    lost_undated        bigint NOT NULL DEFAULT 0 CHECK (lost_undated IN (0, 1))
);
CREATE TABLE event_details (
    id   bigint PRIMARY KEY,
    text text NOT NULL UNIQUE
);
CREATE TABLE events (
    id          bigint NOT NULL,
    lead_id     bigint NOT NULL,
    occurred_at bigint NOT NULL,
    activity_id bigint NOT NULL,
    detail_id   bigint NOT NULL DEFAULT 0,
    import_id   bigint,
    PRIMARY KEY (lead_id, occurred_at, activity_id, detail_id)
);
CREATE TABLE event_sequence (
    id      bigint PRIMARY KEY CHECK (id = 1),
    next_id bigint NOT NULL
);
CREATE TABLE models (
    id         bigint PRIMARY KEY,
    name       text NOT NULL,
    version    bigint NOT NULL,
    json       text NOT NULL,
    comment    text NOT NULL DEFAULT '',
    created_at bigint NOT NULL,
    active     bigint NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    UNIQUE (name, version)
);
CREATE TABLE lead_state (
    lead_id          bigint PRIMARY KEY,
    model_id         bigint,
    as_of            bigint NOT NULL,
    info             bigint NOT NULL DEFAULT 0,
    intent           bigint NOT NULL DEFAULT 0,
    product          bigint NOT NULL DEFAULT 0,
    engagement       bigint NOT NULL DEFAULT 0,
    fit              bigint NOT NULL DEFAULT 0,
    grade            text NOT NULL DEFAULT 'D',
    stage            text NOT NULL DEFAULT 'Lead',
    iql_at           bigint,
    mql_at           bigint,
    pql_at           bigint,
    last_activity_at bigint,
    nurture_track    text,
    nurture_step     text,
    health           text NOT NULL DEFAULT 'active'
);
CREATE TABLE event_blocks (
    first_lead bigint PRIMARY KEY,
    last_lead  bigint NOT NULL,
    events     bigint NOT NULL,
    data       bytea NOT NULL
);
CREATE TABLE lead_blocks (
    first_lead bigint PRIMARY KEY,
    last_lead  bigint NOT NULL,
    leads      bigint NOT NULL,
    data       bytea NOT NULL
);
CREATE TABLE workspace_settings (
    key   text PRIMARY KEY,
    value text
);
CREATE TABLE score_status (
    id          bigint PRIMARY KEY CHECK (id = 1),
    stale_since bigint,
    reason      text
);
CREATE TABLE recorded_stages (
    lead_id   bigint NOT NULL,
    stage     text NOT NULL CHECK (stage IN ('MQL', 'SQL', 'Opportunity', 'Customer')),
    at        bigint,
    import_id bigint,
    PRIMARY KEY (lead_id, stage)
);
CREATE TABLE import_lead_changes (
    import_id   bigint NOT NULL,
    lead_id     bigint NOT NULL,
    external_id text,
    email       text,
    first_name  text,
    last_name   text,
    company     text,
    job_title   text,
    industry    text,
    employees   bigint,
    country     text,
    source      text,
    campaign    text,
    created_at  bigint NOT NULL,
    attrs       text NOT NULL,
    PRIMARY KEY (import_id, lead_id)
);
CREATE TABLE import_outcome_changes (
    import_id           bigint NOT NULL,
    lead_id             bigint NOT NULL,
    existed             bigint NOT NULL CHECK (existed IN (0, 1)),
    sql_at              bigint,
    opportunity_at      bigint,
    customer_at         bigint,
    lost_at             bigint,
    revenue             double precision,
    sql_undated         bigint NOT NULL DEFAULT 0,
    opportunity_undated bigint NOT NULL DEFAULT 0,
    customer_undated    bigint NOT NULL DEFAULT 0,
    lost_undated        bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (import_id, lead_id)
);
CREATE TABLE import_recorded_stage_changes (
    import_id          bigint NOT NULL,
    lead_id            bigint NOT NULL,
    stage              text NOT NULL,
    existed            bigint NOT NULL CHECK (existed IN (0, 1)),
    at                 bigint,
    previous_import_id bigint,
    PRIMARY KEY (import_id, lead_id, stage)
);
CREATE TABLE leadstage_schema (
    id         integer PRIMARY KEY CHECK (id = 1),
    version    integer NOT NULL,
    created_at bigint NOT NULL
);
)sql";

// The references between the tables and the secondary indexes of Schema.cpp.
const char *const references = R"sql(
ALTER TABLE activity_types ADD FOREIGN KEY (import_id) REFERENCES imports(id);
ALTER TABLE import_errors ADD FOREIGN KEY (import_id) REFERENCES imports(id) ON DELETE CASCADE;
CREATE INDEX import_errors_by_import ON import_errors(import_id);
ALTER TABLE leads ADD FOREIGN KEY (import_id) REFERENCES imports(id);
ALTER TABLE outcomes ADD FOREIGN KEY (lead_id) REFERENCES leads(id) ON DELETE CASCADE;
ALTER TABLE events
    ADD FOREIGN KEY (lead_id) REFERENCES leads(id) ON DELETE CASCADE,
    ADD FOREIGN KEY (activity_id) REFERENCES activity_types(id),
    ADD FOREIGN KEY (detail_id) REFERENCES event_details(id),
    ADD FOREIGN KEY (import_id) REFERENCES imports(id);
CREATE UNIQUE INDEX models_one_active ON models(active) WHERE active = 1;
ALTER TABLE lead_state
    ADD FOREIGN KEY (lead_id) REFERENCES leads(id) ON DELETE CASCADE,
    ADD FOREIGN KEY (model_id) REFERENCES models(id);
ALTER TABLE recorded_stages
    ADD FOREIGN KEY (lead_id) REFERENCES leads(id) ON DELETE CASCADE,
    ADD FOREIGN KEY (import_id) REFERENCES imports(id);
ALTER TABLE import_lead_changes
    ADD FOREIGN KEY (import_id) REFERENCES imports(id),
    ADD FOREIGN KEY (lead_id) REFERENCES leads(id) ON DELETE CASCADE;
CREATE INDEX import_lead_changes_by_lead ON import_lead_changes(lead_id);
ALTER TABLE import_outcome_changes
    ADD FOREIGN KEY (import_id) REFERENCES imports(id),
    ADD FOREIGN KEY (lead_id) REFERENCES leads(id) ON DELETE CASCADE;
CREATE INDEX import_outcome_changes_by_lead ON import_outcome_changes(lead_id);
ALTER TABLE import_recorded_stage_changes
    ADD FOREIGN KEY (import_id) REFERENCES imports(id),
    ADD FOREIGN KEY (lead_id) REFERENCES leads(id) ON DELETE CASCADE;
CREATE INDEX import_recorded_stage_changes_by_lead ON import_recorded_stage_changes(lead_id);
)sql";

// The statements below run in the workspace's schema: search_path is set for the
// transaction only (set_config(..., true)), with the name as a parameter.
Status useSchema(ServerConnection &connection, const QString &schema)
{
    auto set = connection.query("SELECT set_config('search_path', $1, true)", {QString(u'"' + schema + u'"')},
                                u"choosing the schema %1"_qs.arg(schema));
    return set ? Status() : Status(set.error());
}

} // namespace

Result<Found> inspect(ServerConnection &connection, const QString &schema)
{
    if (Status valid = WorkspaceAddress::checkSchemaName(schema); !valid)
        return valid.error();
    const QString doing = u"looking for the schema %1"_qs.arg(schema);
    auto found = connection.query(
        "SELECT n.oid IS NOT NULL, "
        "       (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'v', 'm', "
        "'S', 'f', 'p')), "
        "       to_regclass(quote_ident($1) || '.leadstage_schema') IS NOT NULL "
        "FROM (SELECT 1) AS one LEFT JOIN pg_namespace n ON n.nspname = $1",
        {schema}, doing);
    if (!found)
        return found.error();
    Found result;
    if (found->utf8(0, 0) != "t")
        return result;
    result.relations = int(found->int64(0, 1).value_or(0));
    if (found->utf8(0, 2) != "t") {
        result.state = result.relations == 0 ? Found::State::Empty : Found::State::Foreign;
        return result;
    }
    const std::string read = "SELECT version FROM " + qualifiedName(schema, u"leadstage_schema"_qs) + " WHERE id = 1";
    auto version = connection.query(read, {}, doing);
    if (!version)
        return version.error();
    result.state = Found::State::Workspace;
    result.version = version->rows() == 1 ? int(version->int64(0, 0).value_or(0)) : 0;
    return result;
}

Status createTables(ServerConnection &connection, const QString &schema)
{
    auto found = inspect(connection, schema);
    if (!found)
        return found.error();
    if (found->state != Found::State::Absent && found->state != Found::State::Empty)
        return Error{u"the schema %1 is not empty"_qs.arg(schema), connection.label(), 0, 0,
                     u"Choose another ?schema= name: a workspace is created only in a new or empty schema."_qs};
    const QString doing = u"creating the workspace's tables in the schema %1"_qs.arg(schema);
    if (found->state == Found::State::Absent) {
        // An identifier cannot be a parameter; the name was checked to be a plain one.
        const std::string create = "CREATE SCHEMA \"" + schema.toStdString() + '"';
        if (Status made = connection.execute(create, doing); !made)
            return made;
    }
    if (Status used = useSchema(connection, schema); !used)
        return used;
    if (Status made = connection.execute(tables, doing); !made)
        return made;
    // The later versions' steps, as an upgrade takes them: one list for both stores.
    for (const Schema::ServerStep &step : Schema::serverSteps(tablesVersion))
        if (Status taken = connection.execute(step.sql, doing); !taken)
            return taken;
    return {};
}

Status addReferences(ServerConnection &connection, const QString &schema)
{
    if (Status used = useSchema(connection, schema); !used)
        return used;
    if (Status added = connection.execute(references, u"checking the references between the tables"_qs); !added)
        return added;
    auto recorded = connection.query(
        "INSERT INTO leadstage_schema (id, version, created_at) VALUES (1, $1, $2)",
        {QString::number(Schema::latestVersion()), QString::number(QDateTime::currentSecsSinceEpoch())},
        u"recording the schema version"_qs);
    return recorded ? Status() : Status(recorded.error());
}

Status create(ServerConnection &connection, const QString &schema)
{
    if (Status made = createTables(connection, schema); !made)
        return made;
    return addReferences(connection, schema);
}

Result<int> readableVersion(ServerConnection &connection, const QString &schema)
{
    auto found = inspect(connection, schema);
    if (!found)
        return found.error();
    const QString where = connection.label() + u", schema "_qs + schema;
    switch (found->state) {
    case Found::State::Absent:
        return Error{u"holds no workspace: there is no schema %1"_qs.arg(schema), where, 0, 0,
                     u"Check ?schema= in the address (psql: \\dn lists the schemas)."_qs};
    case Found::State::Empty:
    case Found::State::Foreign:
        return Error{u"the schema %1 is not a LeadStage workspace (it has no leadstage_schema table)"_qs.arg(schema),
                     where, 0, 0, u"Check ?schema= in the address."_qs};
    case Found::State::Workspace:
        break;
    }
    const int latest = Schema::latestVersion();
    if (found->version > latest)
        return Error{u"the workspace has schema version %1, made by a newer LeadStage; this one reads version %2"_qs
                         .arg(found->version)
                         .arg(latest),
                     where, 0, 0, u"Update LeadStage to open it."_qs};
    // Versions 11 to 13 added derived copies (lead_state.event_months, event_blocks,
    // lead_state_digests, lead_blocks), which the server keeps without or keeps apart
    // from the version (see `tables`), and version 14 dropped an index: a server
    // workspace of version 10 has the very tables of version 14 (one made before 14
    // keeps lead_state_by_stage, which changes no answer). From 15 on, upgrade() takes
    // the versions' steps; until an owner's LeadStage has, the workspace is read as it is.
    if (found->version < Schema::serverFirstVersion)
        return Error{u"the workspace has schema version %1; this LeadStage reads version %2 and upgrades server "
                     "workspaces from version %3 on"_qs.arg(found->version)
                         .arg(latest)
                         .arg(Schema::serverFirstVersion),
                     where, 0, 0,
                     u"Copy it with the LeadStage that made it to a file, open the file here (which upgrades it), "
                     "and copy it back to a new schema."_qs};
    return found->version;
}

Result<bool> mayUpgrade(ServerConnection &connection)
{
    auto owns = connection.query("SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
                                 "WHERE c.oid = to_regclass('models')",
                                 {}, u"checking who may upgrade the workspace"_qs);
    if (!owns)
        return owns.error();
    return owns->rows() == 1 && owns->utf8(0, 0) == "t";
}

Status upgrade(ServerConnection &connection, int from)
{
    for (const Schema::ServerStep &step : Schema::serverSteps(from)) {
        ServerTransaction transaction(connection);
        if (!transaction.isActive())
            return transaction.beginStatus();
        const QString doing = u"upgrading the workspace to version %1"_qs.arg(step.version);
        if (*step.sql != '\0')
            if (Status taken = connection.execute(step.sql, doing); !taken)
                return taken;
        auto recorded = connection.query("UPDATE leadstage_schema SET version = $1 WHERE id = 1",
                                         {QString::number(step.version)}, doing);
        if (!recorded)
            return recorded.error();
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

Status checkReadable(ServerConnection &connection, const QString &schema)
{
    auto version = readableVersion(connection, schema);
    return version ? Status() : Status(version.error());
}

} // namespace LeadStage::ServerSchema
