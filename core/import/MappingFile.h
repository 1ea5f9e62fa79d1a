#pragma once

#include "ActivityMap.h"
#include "ColumnMapping.h"
#include "ImportRequest.h"
#include "MissingValues.h"
#include "common/Result.h"

#include <QString>

#include <map>
#include <optional>

namespace LeadStage {

// A saved, named import preset: the column mapping of each kind of file and the
// user's activity names. On disk (JSON):
//   { "format": "leadstage-mapping", "version": 1, "name": "Our HubSpot",
//     "leads": { "columns": {"email": "E-mail"}, "dateFormats": {"created_at": "dmy"} },
//     "events": {...}, "outcomes": {...}, "activities": {"Webinar Attended": "webinar_attended"},
//     "missingValues": ["Select", "unknown", "N/A", "-"],
//     "countsAsEvents": [{"column": "TotalVisits", "activity": "resource_center_visit"}] }
// A column with an empty header is named by position, "#1" for the first. Readers refuse
// an unknown format, a newer version or an unknown key, naming it, its line and the keys
// that are valid there.
struct MappingFile
{
    QString name;
    std::map<ImportKind, ColumnMapping> mappings;
    QJsonObject activities;                     // merged into an ActivityMap by the import
    std::optional<MissingValues> missingValues; // unset: the import's default
    // Count columns of the leads file made into events (`--count-as-events`); files
    // written before this key read as none.
    std::vector<CountAsEvents> countsAsEvents;
    // Written for the reader's benefit (`import --write-mapping`): the columns of the file
    // that no field takes, as a mapping names them; read back and not used.
    std::map<ImportKind, QStringList> unmappedColumns;

    QByteArray toJson() const;
    static Result<MappingFile> fromJson(const QByteArray &json, const QString &where);

    Status save(const QString &path) const;
    static Result<MappingFile> load(const QString &path);
};

} // namespace LeadStage
