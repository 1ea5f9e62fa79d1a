#pragma once

#include "ActivityMap.h"
#include "ColumnMapping.h"
#include "CsvPreview.h"
#include "CsvReader.h"
#include "DateColumnDetector.h"
#include "ImportPreset.h"
#include "MissingValues.h"
#include "common/Progress.h"

#include <QMap>

#include <optional>

namespace LeadStage {

// What the wizard shows between choosing a file and importing it, and what the
// command line checks first: the preview, the recognised preset and its mapping,
// a few sample values and the date formats that fit each column, and the activity
// names with their counts (those with no mapping listed apart).
struct ImportScan
{
    struct Column
    {
        QString name;
        QStringList samples;   // the first non-empty values, at most five
        DateColumnGuess dates; // which date formats fit every value seen
    };

    ImportKind kind = ImportKind::Leads;
    QString path;
    CsvPreview preview;
    std::optional<PresetMatch> preset;              // recognised from the header
    ColumnMapping mapping;                          // the preset's, or the one given
    QList<Column> columns;                          // in header order
    QMap<QString, std::int64_t> activityCounts;     // events: source name -> rows
    QMap<QString, std::int64_t> unmappedActivities; // the names of those with no key
    std::int64_t rowsScanned = 0;
    std::int64_t rowsRejected = 0; // malformed or ragged
    bool complete = false;         // the whole file was scanned

    struct Options
    {
        std::optional<ColumnMapping> mapping; // else the preset's, else the one recognised
        const ImportPreset *preset = nullptr; // applied to the header
        CsvReader::Options csv;
        std::int64_t maxRows = 0;  // 0: the whole file
        std::int64_t maxBytes = 0; // stop once this many bytes are read too; 0: no limit
        // Cells read as missing: no sample, and no vote on a column's date format.
        MissingValues missingValues = MissingValues::standard();
        bool idsFromLines = false; // a recognised leads preset need not find a key column
    };

    // Reads `device` once: the preview (the first 100 rows) and the scan of up to
    // `maxRows` records. Refuses a header that names a column twice. With no mapping
    // and no preset the preset is recognised from the header (an error when none fits:
    // map by hand then). `name` is what errors call the file.
    static Result<ImportScan> scan(ImportKind kind, QIODevice *device, const QString &name, const Options &options,
                                   const ActivityMap &activities, Progress *progress = nullptr);
    // The same on the file at `path`, opened once.
    static Result<ImportScan> scan(ImportKind kind, const QString &path, const std::optional<ColumnMapping> &mapping,
                                   const ActivityMap &activities, const CsvReader::Options &csv = {},
                                   std::int64_t maxRows = 0, Progress *progress = nullptr);

    // The column a mapping names: by header, or `#N` by position.
    const Column *column(const QString &name) const;
    // Date fields with no format in the mapping whose column fits M/D and D/M alike.
    QStringList ambiguousDateFields() const;
    // Fills in the mapping's missing date formats: `chosen` for ambiguous columns (an
    // Error naming the column when there is none), else the one format that fits, else
    // the format most values fit (the rest are rejected with their reason).
    Status resolveDateFormats(std::optional<DateFormat> chosen);
};

} // namespace LeadStage
