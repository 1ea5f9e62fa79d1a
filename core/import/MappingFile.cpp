#include "MappingFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace LeadStage {

namespace {

constexpr int currentVersion = 1;
const QString formatName = u"leadstage-mapping"_qs;

Error invalid(const QString &where, const QString &what)
{
    return Error{what, where, 0, 0, u"Save the mapping again from LeadStage, or fix the named key."_qs};
}

} // namespace

QByteArray MappingFile::toJson() const
{
    QJsonObject json{{u"format"_qs, formatName}, {u"version"_qs, currentVersion}, {u"name"_qs, name}};
    for (const auto &[kind, mapping] : mappings)
        json.insert(importKindName(kind), mapping.toJson());
    if (!activities.isEmpty())
        json.insert(u"activities"_qs, activities);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<MappingFile> MappingFile::fromJson(const QByteArray &bytes, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return invalid(where,
                       u"is not a JSON object (%1 at byte %2)"_qs.arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject json = document.object();
    if (json.value(u"format"_qs).toString() != formatName)
        return invalid(where, u"format is '%1', not '%2'"_qs.arg(json.value(u"format"_qs).toString(), formatName));
    if (json.value(u"version"_qs).toInt() > currentVersion)
        return invalid(where,
                       u"version %1 is newer than this LeadStage reads (%2)"_qs.arg(json.value(u"version"_qs).toInt())
                           .arg(currentVersion));
    MappingFile file;
    file.name = json.value(u"name"_qs).toString();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (QStringList{u"format"_qs, u"version"_qs, u"name"_qs}.contains(it.key()))
            continue;
        if (it.key() == u"activities") {
            file.activities = it.value().toObject();
            continue;
        }
        const auto kind = importKindFromName(it.key());
        if (!kind)
            return invalid(where, u"unknown key '%1'"_qs.arg(it.key()));
        auto mapping = ColumnMapping::fromJson(*kind, it.value().toObject(), where + u": "_qs + it.key());
        if (!mapping)
            return mapping.error();
        file.mappings.emplace(*kind, *mapping);
    }
    return file;
}

Status MappingFile::save(const QString &path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(toJson()) < 0 || !out.commit())
        return Error{u"cannot be written: %1"_qs.arg(out.errorString()), path, 0, 0,
                     u"Check that the folder exists and that you may write there."_qs};
    return {};
}

Result<MappingFile> MappingFile::load(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error{u"cannot be read: %1"_qs.arg(in.errorString()), path, 0, 0,
                     u"Check the path of the mapping file."_qs};
    return fromJson(in.readAll(), path);
}

} // namespace LeadStage
