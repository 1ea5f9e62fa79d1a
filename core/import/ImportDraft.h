#pragma once

#include "ImportPreset.h"
#include "ImportRequest.h"
#include "ImportScan.h"
#include "MappingFile.h"
#include "RepeatedKeys.h"
#include "store/ActivityCatalog.h"

#include <optional>
#include <vector>

namespace LeadStage {

// One file of the import being prepared: what the user chose for it and what reading
// it showed.
struct DraftFile
{
    QString path;
    ImportKind kind = ImportKind::Leads;
    bool kindChosen = false; // by the user: a new preview no longer guesses it
    CsvReader::Options csv;  // encoding and separator unset: detected
    std::optional<CsvPreview> preview;
    std::optional<Error> problem; // why the file cannot be read as chosen
    ColumnMapping mapping;
    std::optional<ImportScan> scan;        // the whole file; dropped when it no longer fits the choices
    QMap<QString, DateFormat> dateChoices; // date field -> the user's format
    int revision = 0;                      // counts the changes that make a scan stale

    void invalidateScan()
    {
        scan.reset();
        ++revision;
    }

    QString fileName() const;
    QStringList header() const { return preview ? preview->header : QStringList(); }
};

// A mapped date column of one file and what its values allow.
struct DraftDateColumn
{
    int file = 0;
    QString field;
    QString column;
    QStringList samples;
    DateColumnGuess guess;
    std::optional<DateFormat> chosen;

    bool needsChoice() const { return guess.ambiguous() && !chosen; }
};

// The import the wizard prepares: its files, the user's choices and what follows from
// them (a file's kind from its header, the preset's mapping, which dates need a
// choice, the ImportRequest that runs it). No widgets: the pages show and change it.
class ImportDraft
{
public:
    static inline const QString ignoredField = u"-"_qs; // mapColumn: neither a field nor attrs

    // The kind whose best preset knows most of the header's columns; leads when none fits.
    static ImportKind guessKind(const QStringList &header);

    bool addFile(const QString &path); // false when it is in the draft already
    void removeFile(int index);
    int fileCount() const { return int(m_files.size()); }
    DraftFile &file(int index) { return m_files[std::size_t(index)]; }
    const DraftFile &file(int index) const { return m_files[std::size_t(index)]; }

    // A new preview after the file was added or its reading options changed: guesses the
    // kind unless the user chose one, and maps the columns again when the mapping does
    // not fit the header (a saved preset that fits wins over the recognised one).
    void setPreview(int index, const std::optional<CsvPreview> &preview, const std::optional<Error> &problem);
    void setKind(int index, ImportKind kind);
    void applyPreset(int index, const ImportPreset &preset);
    // Maps `column` to `field`; an empty field keeps it in attrs, ignoredField drops it.
    void mapColumn(int index, const QString &column, const QString &field);
    QString fieldOf(int index, const QString &column) const;     // as mapColumn takes it
    QStringList samples(int index, const QString &column) const; // from the preview

    // A saved preset: its mapping for every file whose kind it has and whose columns it
    // finds, and its activity names. Says which files it did not fit.
    Result<QStringList> applyMappingFile(const MappingFile &saved);
    MappingFile mappingFile(const QString &name) const;
    void setPreferredPreset(std::optional<MappingFile> preset) { m_preferred = std::move(preset); }

    bool previewsReady() const;           // every file read without a problem
    Status checkMappings() const;         // the first file whose mapping cannot import
    std::vector<int> filesToScan() const; // files with no scan that fits the choices
    bool hasEvents() const;

    QMap<QString, std::int64_t> activityCounts() const; // over every scanned events file
    QMap<QString, std::int64_t> unmappedActivities() const;
    void mapActivity(const QString &sourceName, const QString &key); // empty key: no mapping

    QList<DraftDateColumn> dateColumns() const;
    void chooseDateFormat(int index, const QString &field, std::optional<DateFormat> format);
    bool datesResolved() const; // no ambiguous column is left without a choice

    // A leads file maps no column to created_at: options.missingCreatedDate decides the
    // new leads' date, and the user must have chosen it (createdDateChosen).
    bool needsCreatedDate() const;
    bool createdDateResolved() const { return createdDateChosen || !needsCreatedDate(); }
    // The rows of a leads file's preview that repeat the CRM id or e-mail of an earlier
    // one: the mapping page warns before the whole file is read (the import refuses them
    // unless options.allowRepeatedKeys).
    RepeatedKeys repeatedKeys(int index) const;

    Result<ImportRequest> request(bool dryRun) const;

    // The workspace's activity types (defaults until useActivityTypes): what activity
    // names and count columns can map to.
    const std::vector<ActivityType> &activityTypes() const { return m_activityTypes; }
    // The types the open workspace holds, an earlier import's created ones included: their
    // keys and labels map names as the import itself does.
    void useActivityTypes(std::vector<ActivityType> types);
    // Columns of leads file `index` that no field takes (attrs or ignored): what
    // options.countsAsEvents may turn into events.
    QStringList countColumns(int index) const;

    ActivityMap activities = ActivityMap::defaults();
    ImportOptions options; // countsAsEvents as `import --count-as-events` takes them
    bool createdDateChosen = false;

private:
    void mapWithPreset(DraftFile &file);

    std::vector<DraftFile> m_files;
    std::optional<MappingFile> m_preferred;
    std::vector<ActivityType> m_activityTypes = defaultActivityTypes();
};

} // namespace LeadStage
