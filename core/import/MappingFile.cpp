#include "MappingFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace LeadStage {

namespace {

constexpr int currentVersion = 1;
const QString formatName = u"leadstage-mapping"_qs;

Error invalid(const QString &where, const QString &what, int line = 0)
{
    return Error{
        what, where, line, 0,
        QCoreApplication::translate("ImportError", "Save the mapping again from LeadStage, or fix the named key.")};
}

// The line of a key path ({"leads", "columns", "emial"}) in the file's text: each key
// looked for after the one before. Good enough to point an editor at the right place.
int lineOfKey(const QByteArray &json, const QStringList &path)
{
    qsizetype at = 0;
    for (const QString &key : path) {
        const qsizetype found = json.indexOf(QByteArray('"' + key.toUtf8() + '"'), at);
        if (found < 0)
            return 0;
        at = found + 1;
    }
    return at > 0 ? int(json.left(at).count('\n')) + 1 : 0;
}

QStringList topLevelKeys()
{
    QStringList keys{u"format"_qs,        u"version"_qs,    u"name"_qs,
                     u"missingValues"_qs, u"activities"_qs, u"countsAsEvents"_qs};
    for (ImportKind kind : allImportKinds)
        keys << importKindName(kind);
    return keys;
}

} // namespace

QByteArray MappingFile::toJson() const
{
    QJsonObject json{{u"format"_qs, formatName}, {u"version"_qs, currentVersion}, {u"name"_qs, name}};
    for (const auto &[kind, mapping] : mappings) {
        QJsonObject kindJson = mapping.toJson();
        if (const auto it = unmappedColumns.find(kind); it != unmappedColumns.end() && !it->second.isEmpty())
            kindJson.insert(u"unmappedColumns"_qs, QJsonArray::fromStringList(it->second));
        json.insert(importKindName(kind), kindJson);
    }
    if (!activities.isEmpty())
        json.insert(u"activities"_qs, activities);
    if (missingValues)
        json.insert(u"missingValues"_qs, QJsonArray::fromStringList(missingValues->texts()));
    if (!countsAsEvents.empty()) {
        QJsonArray counts;
        for (const CountAsEvents &count : countsAsEvents)
            counts.append(QJsonObject{{u"column"_qs, count.column}, {u"activity"_qs, count.activity}});
        json.insert(u"countsAsEvents"_qs, counts);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<MappingFile> MappingFile::fromJson(const QByteArray &bytes, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return invalid(where, QCoreApplication::translate("ImportError", "is not a JSON object (%1 at byte %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    const QJsonObject json = document.object();
    if (json.value(u"format"_qs).toString() != formatName)
        return invalid(where, QCoreApplication::translate("ImportError", "format is '%1', not '%2'")
                                  .arg(json.value(u"format"_qs).toString(), formatName));
    if (json.value(u"version"_qs).toInt() > currentVersion)
        return invalid(where,
                       QCoreApplication::translate("ImportError", "version %1 is newer than this LeadStage reads (%2)")
                           .arg(json.value(u"version"_qs).toInt())
                           .arg(currentVersion));
    MappingFile file;
    file.name = json.value(u"name"_qs).toString();
    const ColumnMapping::KeyLine lineOf = [&bytes](const QStringList &path) { return lineOfKey(bytes, path); };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (QStringList{u"format"_qs, u"version"_qs, u"name"_qs}.contains(it.key()))
            continue;
        if (it.key() == u"activities") {
            file.activities = it.value().toObject();
            continue;
        }
        if (it.key() == u"missingValues") {
            if (!it.value().isArray())
                return invalid(where,
                               QCoreApplication::translate(
                                   "ImportError", "missingValues is not a list of texts, e.g. [\"Select\", \"N/A\"]"),
                               lineOf({it.key()}));
            QStringList texts;
            for (const QJsonValue &text : it.value().toArray())
                texts << text.toString();
            file.missingValues = MissingValues(texts);
            continue;
        }
        if (it.key() == u"countsAsEvents") {
            const QString shape = QCoreApplication::translate(
                "ImportError", "countsAsEvents is not a list like [{\"column\": \"TotalVisits\", "
                               "\"activity\": \"resource_center_visit\"}]");
            if (!it.value().isArray())
                return invalid(where, shape, lineOf({it.key()}));
            for (const QJsonValue &value : it.value().toArray()) {
                const QJsonObject count = value.toObject();
                const QString column = count.value(u"column"_qs).toString();
                const QString activity = count.value(u"activity"_qs).toString();
                if (column.isEmpty() || activity.isEmpty() || count.size() != 2)
                    return invalid(where, shape, lineOf({it.key()}));
                file.countsAsEvents.push_back({column, activity});
            }
            continue;
        }
        const auto kind = importKindFromName(it.key());
        if (!kind)
            return invalid(where,
                           QCoreApplication::translate("ImportError", "unknown key '%1' (keys: %2)")
                               .arg(it.key(), topLevelKeys().join(u", "_qs)),
                           lineOf({it.key()}));
        QJsonObject kindJson = it.value().toObject();
        QStringList unmapped;
        for (const QJsonValue &column : kindJson.take(u"unmappedColumns"_qs).toArray())
            unmapped << column.toString();
        auto mapping = ColumnMapping::fromJson(*kind, kindJson, where, lineOf);
        if (!mapping)
            return mapping.error();
        file.mappings.emplace(*kind, *mapping);
        if (!unmapped.isEmpty())
            file.unmappedColumns.emplace(*kind, unmapped);
    }
    return file;
}

Status MappingFile::save(const QString &path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(toJson()) < 0 || !out.commit())
        return Error{
            QCoreApplication::translate("ImportError", "cannot be written: %1").arg(out.errorString()), path, 0, 0,
            QCoreApplication::translate("ImportError", "Check that the folder exists and that you may write there.")};
    return {};
}

Result<MappingFile> MappingFile::load(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ImportError", "cannot be read: %1").arg(in.errorString()), path, 0, 0,
                     QCoreApplication::translate("ImportError", "Check the path of the mapping file.")};
    return fromJson(in.readAll(), path);
}

} // namespace LeadStage
