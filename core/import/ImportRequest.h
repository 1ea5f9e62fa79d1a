#pragma once

#include "ActivityMap.h"
#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportKind.h"
#include "MissingValues.h"

#include <memory>
#include <vector>

namespace LeadStage {

class HashingFile;

// One file of an import: its kind, where it is, how it is read and mapped.
struct ImportSource
{
    ImportKind kind = ImportKind::Leads;
    QString path;
    ColumnMapping mapping; // every date field needs a format here (ImportScan resolves them)
    CsvReader::Options csv;
    // The file already open and rewound to its first byte (a pipe can be opened only
    // once: its first rows were scanned through it); unset: the import opens `path`.
    std::shared_ptr<HashingFile> input;
};

// What a new lead gets as its created date when its row has none: no column mapped to
// created_at, or an empty cell. Never chosen in silence: the command line refuses a
// leads file with no created_at column until told, the wizard asks, and the summary
// says how many leads got which (FileReport::createdDates).
// A lead-level count column ("TotalVisits", "Emails Opened") turned into that many
// events of `activity` at the lead's created date (see CountEvents).
struct CountAsEvents
{
    QString column;
    QString activity; // an activity key the workspace knows
};

enum class MissingCreatedDate {
    ImportTime, // when this import started
    // The lead's earliest event among those in the store when this import's files have
    // all landed (the same run's events file included); later imports do not move it.
    // A lead with no event then gets the import time, counted apart.
    FirstEvent,
};

struct ImportOptions
{
    OnMatch onMatch = OnMatch::Update;
    bool createMissingLeads = false; // events/outcomes of unknown leads create them instead of being rejected
    bool rescore = true;             // rescore the touched leads after the commit
    bool dryRun = false;             // do everything, then roll back: the wizard's validation summary
    bool strict = false;             // any rejected row rolls the whole import back (`import --strict`)
    // Nothing else reads the workspace meanwhile (the command line): write with a
    // rollback journal, about twice as fast for large files (BulkWriteJournal).
    bool exclusive = false;
    // Cells that mean "not answered", read as empty (and counted in the report).
    MissingValues missingValues = MissingValues::standard();
    MissingCreatedDate missingCreatedDate = MissingCreatedDate::ImportTime;
    // A leads file whose rows match a lead an earlier row of the same file matched or
    // created (a key column that repeats, e.g. `age` mapped as the CRM id) is refused
    // whole unless this is set; the report lists the most repeated values either way.
    bool allowRepeatedKeys = false;
    // An activity name no key is known for creates an activity type (key from the name,
    // track `info`, category "Imported": worth 0 points until a rule uses it) instead of
    // its rows being rejected. The report lists what was created, or what was rejected.
    bool createActivities = false;
    std::vector<CountAsEvents> countsAsEvents; // leads files
    // A leads file with no column mapped to external_id or email (a survey or marketing
    // file without ids): each row's lead gets the CRM id FILENAME:LINE ("bank.csv:2"),
    // so importing the file again updates the same leads and no two files collide.
    // Unset, such a file is refused (ColumnMapping::validate); never chosen in silence.
    bool idsFromLines = false;
};

// Everything one import needs; the files land in the order leads, events, outcomes,
// all in one transaction.
struct ImportRequest
{
    std::vector<ImportSource> sources;
    ActivityMap activities = ActivityMap::defaults();
    ImportOptions options;
};

} // namespace LeadStage
