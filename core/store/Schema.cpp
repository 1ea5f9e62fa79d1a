#include "Schema.h"

#include "ActivityCatalog.h"
#include "Database.h"
#include "ForeignKeyChecksOff.h"
#include "Statement.h"
#include "Transaction.h"

#include <functional>
#include <optional>

namespace LeadStage::Schema {

namespace {

// Version 1: the data that comes from outside — leads, their events and outcomes,
// and the record of every import.
const char *const version1 = R"sql(
CREATE TABLE activity_types (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    label    TEXT NOT NULL,
    track    TEXT NOT NULL CHECK (track IN ('info', 'intent', 'product')),
    category TEXT NOT NULL DEFAULT ''
);
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    file          TEXT NOT NULL,
    file_size     INTEGER,
    file_hash     TEXT,
    mapping       TEXT,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE import_errors (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    column_no INTEGER NOT NULL,
    reason    TEXT NOT NULL,
    raw       TEXT NOT NULL
);
CREATE INDEX import_errors_by_import ON import_errors(import_id);
CREATE TABLE leads (
    id          INTEGER PRIMARY KEY,
    external_id TEXT UNIQUE,
    email       TEXT UNIQUE,
    first_name  TEXT,
    last_name   TEXT,
    company     TEXT,
    job_title   TEXT,
    industry    TEXT,
    employees   INTEGER,
    country     TEXT,
    source      TEXT,
    campaign    TEXT,
    created_at  INTEGER NOT NULL,
    attrs       TEXT NOT NULL DEFAULT '{}',
    archived_at INTEGER
);
CREATE TABLE outcomes (
    lead_id        INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
    sql_at         INTEGER,
    opportunity_at INTEGER,
    customer_at    INTEGER,
    lost_at        INTEGER,
    revenue        REAL
);
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    activity_id INTEGER NOT NULL REFERENCES activity_types(id),
    detail      TEXT,
    import_id   INTEGER REFERENCES imports(id)
);
CREATE INDEX events_by_lead ON events(lead_id, occurred_at);
)sql";

// Version 2: what LeadStage derives — scoring models with every saved version,
// the per-lead state under the active model, and workspace settings.
const char *const version2 = R"sql(
CREATE TABLE models (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    json       TEXT NOT NULL,
    comment    TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    active     INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    UNIQUE (name, version)
);
CREATE UNIQUE INDEX models_one_active ON models(active) WHERE active = 1;
CREATE TABLE lead_state (
    lead_id          INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
    model_id         INTEGER REFERENCES models(id),
    as_of            INTEGER NOT NULL,
    info             INTEGER NOT NULL DEFAULT 0,
    intent           INTEGER NOT NULL DEFAULT 0,
    product          INTEGER NOT NULL DEFAULT 0,
    engagement       INTEGER NOT NULL DEFAULT 0,
    fit              INTEGER NOT NULL DEFAULT 0,
    grade            TEXT NOT NULL DEFAULT 'D',
    stage            TEXT NOT NULL DEFAULT 'Lead',
    iql_at           INTEGER,
    mql_at           INTEGER,
    pql_at           INTEGER,
    last_activity_at INTEGER,
    nurture_track    TEXT,
    nurture_step     TEXT,
    health           TEXT NOT NULL DEFAULT 'active'
);
CREATE INDEX lead_state_by_stage ON lead_state(stage);
CREATE TABLE workspace_settings (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;
)sql";

// Version 3: re-importing the same events must not count them twice, so an event is
// unique by lead, time, activity and detail (an empty detail equals NULL). Exact
// duplicates an older version let in are merged first, keeping the earliest row:
// they would count twice in scoring. Imports also record what they updated, skipped,
// found twice and created.
const char *const version3 = R"sql(
DELETE FROM events WHERE id NOT IN (
    SELECT MIN(id) FROM events GROUP BY lead_id, occurred_at, activity_id, COALESCE(detail, ''));
CREATE UNIQUE INDEX events_unique ON events(lead_id, occurred_at, activity_id, COALESCE(detail, ''));
ALTER TABLE imports ADD COLUMN rows_updated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN rows_skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN rows_duplicate INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN leads_created INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 4: events_unique begins with (lead_id, occurred_at), so it serves every
// lookup and range events_by_lead did; keeping both cost imports a fifth of their time.
const char *const version4 = R"sql(
DROP INDEX IF EXISTS events_by_lead;
)sql";

// Version 5: an event's detail text stored once in event_details, the event holding
// its id. The detail text was written twice per event (the row and the unique index)
// and compared as text in every duplicate check; as an integer an import of ten
// million events writes a third less. Event ids are kept, so events of the same
// second keep their import order.
const char *const version5 = R"sql(
CREATE TABLE event_details (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);
INSERT INTO event_details (id, text) VALUES (0, '');
INSERT INTO event_details (text)
    SELECT detail FROM events WHERE detail <> '' GROUP BY detail ORDER BY min(id);
CREATE TABLE events_v5 (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    activity_id INTEGER NOT NULL REFERENCES activity_types(id),
    detail_id   INTEGER NOT NULL DEFAULT 0 REFERENCES event_details(id),
    import_id   INTEGER REFERENCES imports(id)
);
INSERT INTO events_v5 (id, lead_id, occurred_at, activity_id, detail_id, import_id)
    SELECT e.id, e.lead_id, e.occurred_at, e.activity_id, COALESCE(d.id, 0), e.import_id
    FROM events e LEFT JOIN event_details d ON d.text = e.detail ORDER BY e.id;
DROP TABLE events;
ALTER TABLE events_v5 RENAME TO events;
CREATE UNIQUE INDEX events_unique ON events(lead_id, occurred_at, activity_id, detail_id);
)sql";

// Version 6: whether lead_state follows the data (ScoreStatus). An import commits its
// rows, then rescores in a second transaction; the mark, set with the rows and cleared
// with the scores, tells every later reader when a crash fell between the two. A file
// from an older version whose leads are not all scored is marked stale at once.
const char *const version6 = R"sql(
CREATE TABLE score_status (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    stale_since INTEGER,
    reason      TEXT
);
INSERT INTO score_status (id, stale_since, reason)
    SELECT 1, CASE WHEN unscored THEN CAST(strftime('%s', 'now') AS INTEGER) END,
           CASE WHEN unscored THEN 'unscored' END
    FROM (SELECT EXISTS (SELECT 1 FROM leads l WHERE NOT EXISTS
                             (SELECT 1 FROM lead_state s WHERE s.lead_id = l.id)) AS unscored);
)sql";

// Version 7: an import counts the rows that matched and changed nothing apart from
// the ones it updated.
const char *const version7 = R"sql(
ALTER TABLE imports ADD COLUMN rows_unchanged INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 8: what real exports carry beside dated outcomes (DESIGN §4). An outcome
// may be known without its date (a yes/no column): `*_undated` says the stage was
// reached at no known time, and is only ever 1 while the stage's date is NULL.
// `recorded_stages` holds what the CRM says happened (HubSpot's "Became a … Date",
// Salesforce's conversion, a flag), kept apart from the stages LeadStage computes;
// `at` is NULL for a stage the CRM records without a date.
const char *const version8 = R"sql(
ALTER TABLE outcomes ADD COLUMN sql_undated INTEGER NOT NULL DEFAULT 0 CHECK (sql_undated IN (0, 1));
ALTER TABLE outcomes ADD COLUMN opportunity_undated INTEGER NOT NULL DEFAULT 0 CHECK (opportunity_undated IN (0, 1));
ALTER TABLE outcomes ADD COLUMN customer_undated INTEGER NOT NULL DEFAULT 0 CHECK (customer_undated IN (0, 1));
ALTER TABLE outcomes ADD COLUMN lost_undated INTEGER NOT NULL DEFAULT 0 CHECK (lost_undated IN (0, 1));
CREATE TABLE recorded_stages (
    lead_id   INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    stage     TEXT NOT NULL CHECK (stage IN ('MQL', 'SQL', 'Opportunity', 'Customer')),
    at        INTEGER,
    import_id INTEGER REFERENCES imports(id),
    PRIMARY KEY (lead_id, stage)
) WITHOUT ROWID;
)sql";

// Version 9: what undoing an import needs to put back exactly. A lead remembers the
// import that created it; an import that changes a stored lead or outcome keeps the row
// as it was before (once per lead, only when the row really changes), and an outcome
// row it created is marked as such; likewise each recorded stage (version 8) it adds or
// redates, and each activity type it creates (activity_types.import_id). Imports say
// whether they kept that record (older ones did not and cannot be undone) and when they
// were undone: the row stays, for the history. No index on events(import_id): it would
// cost every import's writes, and an undo's scan of the events is rare.
const char *const version9 = R"sql(
ALTER TABLE imports ADD COLUMN undo_recorded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN undone_at INTEGER;
ALTER TABLE leads ADD COLUMN import_id INTEGER REFERENCES imports(id);
CREATE TABLE import_lead_changes (
    import_id   INTEGER NOT NULL REFERENCES imports(id),
    lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    external_id TEXT,
    email       TEXT,
    first_name  TEXT,
    last_name   TEXT,
    company     TEXT,
    job_title   TEXT,
    industry    TEXT,
    employees   INTEGER,
    country     TEXT,
    source      TEXT,
    campaign    TEXT,
    created_at  INTEGER NOT NULL,
    attrs       TEXT NOT NULL,
    PRIMARY KEY (import_id, lead_id)
) WITHOUT ROWID;
CREATE INDEX import_lead_changes_by_lead ON import_lead_changes(lead_id);
CREATE TABLE import_outcome_changes (
    import_id      INTEGER NOT NULL REFERENCES imports(id),
    lead_id        INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    existed        INTEGER NOT NULL CHECK (existed IN (0, 1)),
    sql_at         INTEGER,
    opportunity_at INTEGER,
    customer_at    INTEGER,
    lost_at        INTEGER,
    revenue        REAL,
    sql_undated         INTEGER NOT NULL DEFAULT 0,
    opportunity_undated INTEGER NOT NULL DEFAULT 0,
    customer_undated    INTEGER NOT NULL DEFAULT 0,
    lost_undated        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (import_id, lead_id)
) WITHOUT ROWID;
CREATE INDEX import_outcome_changes_by_lead ON import_outcome_changes(lead_id);
CREATE TABLE import_recorded_stage_changes (
    import_id          INTEGER NOT NULL REFERENCES imports(id),
    lead_id            INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    stage              TEXT NOT NULL,
    existed            INTEGER NOT NULL CHECK (existed IN (0, 1)),
    at                 INTEGER,
    previous_import_id INTEGER,
    PRIMARY KEY (import_id, lead_id, stage)
) WITHOUT ROWID;
CREATE INDEX import_recorded_stage_changes_by_lead ON import_recorded_stage_changes(lead_id);
ALTER TABLE activity_types ADD COLUMN import_id INTEGER REFERENCES imports(id);
)sql";

// Version 10: events clustered by lead and time. The table is its own unique key
// (lead, time, activity, detail: version 3's duplicate check) in a WITHOUT ROWID table,
// so an import writes each event once instead of into the table and again into
// events_unique, and a lead's events are one contiguous range for every reader.
// `id` stays, a plain column now, with the same values: it is the import order that
// orders a lead's events within one second. New ids come from event_sequence, since
// max(id) is no longer one step down an index.
const char *const version10 = R"sql(
CREATE TABLE events_v10 (
    id          INTEGER NOT NULL,
    lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    activity_id INTEGER NOT NULL REFERENCES activity_types(id),
    detail_id   INTEGER NOT NULL DEFAULT 0 REFERENCES event_details(id),
    import_id   INTEGER REFERENCES imports(id),
    PRIMARY KEY (lead_id, occurred_at, activity_id, detail_id)
) WITHOUT ROWID;
INSERT INTO events_v10 (id, lead_id, occurred_at, activity_id, detail_id, import_id)
    SELECT id, lead_id, occurred_at, activity_id, detail_id, import_id FROM events
    ORDER BY lead_id, occurred_at, activity_id, detail_id;
CREATE TABLE event_sequence (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    next_id INTEGER NOT NULL
);
INSERT INTO event_sequence (id, next_id) SELECT 1, coalesce(max(id), 0) + 1 FROM events;
DROP TABLE events;
ALTER TABLE events_v10 RENAME TO events;
)sql";

// Version 11: each IQL lead's months with events (EventMonths), written by the rescore
// that holds the events in memory anyway, so that opening the dashboard reads no
// events. Rows scored before it hold NULL: the dashboard reads those leads' events, as
// before, until the next rescore fills the column in.
const char *const version11 = R"sql(
ALTER TABLE lead_state ADD COLUMN event_months BLOB;
)sql";

// Version 12: the events a second time, packed by range of leads in the order a full
// load reads them (EventBlocks): decoding a few dozen blobs instead of stepping ten
// million rows took the load of a full rescore of the 1 M-lead demo from 1.8 s to 0.85 s.
// Derived, like lead_state: written by a full rescore together with triggers that delete
// the blocks as soon as an event changes (so also under the sqlite3 shell), and dropped
// with those triggers by LeadStage's own bulk writers first. A load uses the blocks only
// while all three triggers exist: a later migration that rebuilds `events` drops them and
// so sets the blocks aside; one that changes events in place must empty event_blocks.
// lead_state_digests likewise holds a 128-bit digest of lead_state's rows per range of
// leads (LeadStateDigests): a full rescore whose rows digest the same writes nothing and
// reads no row back. Triggers on lead_state keep it true in the same way; a later
// migration that changes lead_state in place must empty lead_state_digests.
const char *const version12 = R"sql(
CREATE TABLE event_blocks (
    first_lead INTEGER PRIMARY KEY,
    last_lead  INTEGER NOT NULL,
    events     INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE TABLE lead_state_digests (
    first_lead INTEGER PRIMARY KEY,
    last_lead  INTEGER NOT NULL,
    rows       INTEGER NOT NULL,
    digest_a   INTEGER NOT NULL,
    digest_b   INTEGER NOT NULL
);
)sql";

// Version 13: the leads' cells and outcomes a second time, packed by range of leads
// (LeadBlocks): a full load decodes a few dozen blobs, each text field as its distinct
// values and a code per lead, instead of stepping every lead row and hashing each of its
// cells. Derived and kept true as event_blocks is, by triggers on leads and on
// outcomes; a later migration that changes leads or outcomes in place must empty
// lead_blocks.
const char *const version13 = R"sql(
CREATE TABLE lead_blocks (
    first_lead INTEGER PRIMARY KEY,
    last_lead  INTEGER NOT NULL,
    leads      INTEGER NOT NULL,
    data       BLOB NOT NULL
);
)sql";

// Version 14: lead_state's index on stage goes. No query of LeadStage's reads through it
// (the explorer and the dashboard filter stages in memory), a seven-valued column makes
// a poor index for anyone else, and every full rescore built it again: a third of a
// second of a 1 M-lead import's rescore.
const char *const version14 = R"sql(
DROP INDEX IF EXISTS lead_state_by_stage;
)sql";

// Version 15: each model version records who saved it (issue 21: several analysts save
// into one team workspace). Versions saved before it have none (NULL): nobody recorded it.
// In a file the author is the workstation's account, which ModelStore writes; on a server
// it is the session's PostgreSQL role, which the server fills in itself (a default, set
// after the column is added so that older versions do not take the upgrader's name).
const char *const version15 = R"sql(
ALTER TABLE models ADD COLUMN author TEXT;
)sql";
const char *const version15OnServer = R"sql(
ALTER TABLE models ADD COLUMN author text;
ALTER TABLE models ALTER COLUMN author SET DEFAULT current_user;
)sql";

// Version 16: a server workspace keeps each IQL lead's months with events too (version
// 11's lead_state.event_months, which a file has had since), so that its dashboard and
// metrics read no events either. Nothing changes in a file. Rows scored before hold NULL
// and are read from the events until the next rescore writes them.
const char *const version16OnServer = R"sql(
ALTER TABLE lead_state ADD COLUMN event_months bytea;
)sql";

// What a version changed that a server does not keep (derived copies of the file's own,
// see ServerSchema), or kept from its first version on: nothing to do there.
const char *const nothingOnServer = "";

Status seedActivityTypes(Database &database)
{
    auto insert = database.prepare("INSERT INTO activity_types (key, label, track, category) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    for (const ActivityType &type : defaultActivityTypes()) {
        insert->bind(1, type.key).bind(2, type.label).bind(3, type.track).bind(4, type.category);
        if (Status status = insert->run(); !status)
            return status;
    }
    return {};
}

struct Migration
{
    int version;
    std::function<Status(Database &)> apply;
    // A copy of rows as they are: checking each copied row's references again would
    // only cost time, and an orphan an older import let in would stop the upgrade.
    bool copiesRowsAsTheyAre = false;
    // The same step on a server workspace, in PostgreSQL's dialect: nullptr for the
    // versions before a server's first one (serverFirstVersion), whose tables it is made
    // with, and nothingOnServer where the step changes nothing a server keeps.
    const char *server = nullptr;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {1,
         [](Database &database) -> Status {
             if (Status status = database.exec(version1); !status)
                 return status;
             // application_id is a literal integer: PRAGMAs take no bound parameters.
             if (Status status = database.exec("PRAGMA application_id = 1280529479"); !status)
                 return status;
             return seedActivityTypes(database);
         }},
        {2, [](Database &database) { return database.exec(version2); }},
        {3, [](Database &database) { return database.exec(version3); }},
        {4, [](Database &database) { return database.exec(version4); }},
        {5, [](Database &database) { return database.exec(version5); }},
        {6, [](Database &database) { return database.exec(version6); }},
        {7, [](Database &database) { return database.exec(version7); }},
        {8, [](Database &database) { return database.exec(version8); }},
        {9, [](Database &database) { return database.exec(version9); }},
        {10, [](Database &database) { return database.exec(version10); }, true},
        {11, [](Database &database) { return database.exec(version11); }, false, nothingOnServer},
        {12, [](Database &database) { return database.exec(version12); }, false, nothingOnServer},
        {13, [](Database &database) { return database.exec(version13); }, false, nothingOnServer},
        {14, [](Database &database) { return database.exec(version14); }, false, nothingOnServer},
        {15, [](Database &database) { return database.exec(version15); }, false, version15OnServer},
        {16, [](Database &) { return Status(); }, false, version16OnServer},
    };
    return all;
}

} // namespace

Result<bool> hasUndatedOutcomes(Database &database)
{
    auto version = currentVersion(database);
    if (!version)
        return version.error();
    return *version >= 8;
}

int latestVersion()
{
    return migrations().back().version;
}

std::vector<ServerStep> serverSteps(int from)
{
    std::vector<ServerStep> steps;
    for (const Migration &migration : migrations())
        if (migration.version > from && migration.server != nullptr)
            steps.push_back(ServerStep{migration.version, migration.server});
    return steps;
}

namespace {

// The version the workspace records: a file's PRAGMA user_version, a server's row in
// leadstage_schema (which an owner's LeadStage moves on, ServerSchema::upgrade).
Result<int> recordedVersion(Database &database)
{
    auto query = database.prepare(database.isServer() ? "SELECT version FROM leadstage_schema WHERE id = 1"
                                                      : "PRAGMA user_version");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return *row ? int(query->int64(0)) : 0;
}

} // namespace

Result<bool> recordsModelAuthors(Database &database)
{
    // A server workspace an owner has not opened since version 15 keeps its older version.
    auto version = recordedVersion(database);
    if (!version)
        return version.error();
    return *version >= modelAuthorsVersion;
}

Result<int> currentVersion(Database &database)
{
    auto version = recordedVersion(database);
    if (!version || !database.isServer())
        return version;
    // A server workspace keeps the tables of the file's version 10 (ServerSchema), and
    // from its version 16 on version 11's event_months: what else later versions added
    // are the file's own derived copies, which readers go without.
    return *version >= serverEventMonthsVersion ? eventMonthsVersion : serverTablesVersion;
}

Status migrate(Database &database, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion(database);
    if (!current)
        return current.error();
    for (const Migration &migration : migrations()) {
        if (migration.version <= *current || migration.version > target)
            continue;
        std::optional<ForeignKeyChecksOff> unchecked;
        if (migration.copiesRowsAsTheyAre)
            unchecked.emplace(database); // before the transaction: SQLite ignores it inside one
        Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus();
        Status applied = migration.apply(database);
        if (applied) {
            // PRAGMA user_version takes no parameters; the value is our own constant.
            const std::string setVersion = "PRAGMA user_version = " + std::to_string(migration.version);
            applied = database.exec(setVersion);
        }
        if (applied)
            applied = transaction.commit();
        if (!applied) {
            Error error = applied.error();
            error.what = u"upgrading the workspace to version %1 failed: %2"_qs.arg(migration.version).arg(error.what);
            return error;
        }
    }
    return {};
}

} // namespace LeadStage::Schema
