#pragma once

#include "ActivityMap.h"
#include "ColumnMapping.h"
#include "common/Result.h"

#include <QString>

#include <map>

namespace LeadStage {

// A saved, named import preset: the column mapping of each kind of file and the
// user's activity names. On disk (JSON):
//   { "format": "leadstage-mapping", "version": 1, "name": "Our HubSpot",
//     "leads": { "columns": {"email": "E-mail"}, "dateFormats": {"created_at": "dmy"} },
//     "events": {...}, "outcomes": {...}, "activities": {"Webinar Attended": "webinar_attended"} }
// Readers refuse an unknown format, a newer version or an unknown key, naming it.
struct MappingFile
{
    QString name;
    std::map<ImportKind, ColumnMapping> mappings;
    QJsonObject activities; // merged into an ActivityMap by the import

    QByteArray toJson() const;
    static Result<MappingFile> fromJson(const QByteArray &json, const QString &where);

    Status save(const QString &path) const;
    static Result<MappingFile> load(const QString &path);
};

} // namespace LeadStage
