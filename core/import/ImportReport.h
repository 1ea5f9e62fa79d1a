#pragma once

#include "ImportKind.h"
#include "TextEncoding.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

// What an activity type created by an import is: counted with the information track,
// filed under its own category, and worth nothing until a rule of the model uses it.
inline const QString createdActivityTrack = u"info"_qs;
inline const QString createdActivityCategory = u"Imported"_qs;

// A row the import refused: where it is, why, and the row as it was in the file.
struct RejectedRow
{
    int line = 0;
    int column = 0; // 0 when the reason is about the whole row
    QString reason;
    QString raw;
};

// Where the new leads of a leads file got their created dates (see MissingCreatedDate).
struct CreatedDates
{
    QString column;                  // the column mapped to created_at; empty when none
    bool firstEventAsked = false;    // leads without a date take their first event's time
    std::int64_t importTime = 0;     // the time given to leads with neither
    std::int64_t fromColumn = 0;     // new leads dated by their cell
    std::int64_t fromFirstEvent = 0; // new leads dated by their earliest event
    std::int64_t fromImport = 0;     // new leads given the import's time

    QJsonObject toJson() const;
};

// A key value that more than one row of a leads file resolved to the same lead by.
struct RepeatedKey
{
    QString field; // external_id or email
    QString value;
    std::int64_t rows = 0; // the rows after the first one
};

// What one file of an import did.
struct FileReport
{
    ImportKind kind = ImportKind::Leads;
    QString path;
    std::int64_t importId = 0; // the `imports` row (0 after a dry run, and for a file without rows)
    bool noRows = false;       // a header and no rows: nothing was imported from it, not even an `imports` row
    EncodingChoice encoding;   // which encoding the file was read in, and why
    std::int64_t size = 0;     // bytes read
    QString sha256;
    QString preset;
    std::int64_t rowsRead = 0;
    std::int64_t inserted = 0;
    std::int64_t updated = 0;    // leads or outcomes matched and changed
    std::int64_t unchanged = 0;  // matched, and the row changed nothing stored
    std::int64_t skipped = 0;    // matched and left alone (--on-match skip)
    std::int64_t duplicates = 0; // events already in the workspace (or twice in the file)
    std::int64_t rejected = 0;
    std::int64_t leadsCreated = 0;                  // by events/outcomes of unknown leads, when asked to
    QMap<QString, std::int64_t> unmappedActivities; // source name -> rows, all rejected
    // Activity types this file created (ImportOptions::createActivities): source name -> key, and its rows.
    struct CreatedActivity
    {
        QString key;
        std::int64_t rows = 0;
    };
    QMap<QString, CreatedActivity> createdActivities;
    QList<RejectedRow> firstRejected;                // the first ones; all are in import_errors
    QMap<QString, std::int64_t> missingPlaceholders; // placeholder ("N/A") -> cells read as missing
    CreatedDates createdDates;                       // leads files
    // Leads files: the events made from each count column (ImportOptions::countsAsEvents).
    struct CountedEvents
    {
        QString column;
        QString activity;
        std::int64_t events = 0;     // stored
        std::int64_t duplicates = 0; // there already (the same lead, date, activity and number)
    };
    QList<CountedEvents> countedEvents;
    // Leads files: rows that matched a lead an earlier row of the same file matched or
    // created, and the most repeated key values (at most five, most rows first).
    std::int64_t repeatedKeyRows = 0;
    // Leads files: the leads were named FILENAME:LINE (ImportOptions::idsFromLines).
    bool idsFromLines = false;
    QList<RepeatedKey> topRepeatedKeys;
    // An earlier import of a file with the same SHA-256: which, and when it finished.
    struct EarlierImport
    {
        std::int64_t importId = 0;
        std::int64_t finishedAt = 0;
    };
    std::optional<EarlierImport> sameFileAs;

    std::int64_t imported() const { return inserted + updated; }
    QJsonObject toJson() const;
};

// {"name": "Windows-1252", "byteOrderMark": false, "reason": "not UTF-8", "firstBadByte": {...}}
QJsonObject encodingJson(const EncodingChoice &encoding);

struct ImportReport
{
    std::vector<FileReport> files;
    std::int64_t touchedLeads = 0;
    bool committed = false; // false after a dry run
    bool refused = false;   // strict: rows were rejected, so nothing landed
    // A leads file repeats keys and allowRepeatedKeys is unset: nothing landed.
    bool refusedRepeatedKeys = false;
    bool rescored = false;
    QString rescoreError; // the import landed, but rescoring failed: `leadstage score` retries
    qint64 elapsedMs = 0; // all of it, rescoring included
    qint64 rescoreMs = 0;
    bool rescoredFromImport = false;     // scored from the rows the import wrote, not read back
    bool rescoreUsedScoresAhead = false; // ... scored while the import committed (RescoreAhead)

    std::int64_t imported() const;
    std::int64_t rejected() const;
    QJsonObject toJson() const;
};

} // namespace LeadStage
