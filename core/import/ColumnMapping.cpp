#include "ColumnMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace LeadStage {

void ColumnMapping::map(const QString &field, const QString &header)
{
    if (header.isEmpty())
        columns.remove(field);
    else
        columns.insert(field, header);
}

namespace {

// Which columns a field or the ignored list names; by position, as a field may name its
// column `#N` though the column has a header.
std::vector<bool> takenColumns(const ColumnMapping &mapping, const QStringList &header)
{
    std::vector<bool> taken(std::size_t(header.size()), false);
    const auto take = [&](const QString &name) {
        if (const int index = findColumn(header, name); index >= 0)
            taken[std::size_t(index)] = true;
    };
    for (const QString &column : mapping.columns)
        take(column);
    for (const QString &column : mapping.ignored)
        take(column);
    return taken;
}

} // namespace

QStringList ColumnMapping::unmappedColumns(const QStringList &header) const
{
    const std::vector<bool> taken = takenColumns(*this, header);
    QStringList unmapped;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (!taken[std::size_t(i)])
            unmapped << columnLabel(header, i);
    return unmapped;
}

QStringList ColumnMapping::attributeColumns(const QStringList &header) const
{
    const std::vector<bool> taken = takenColumns(*this, header);
    QStringList attributes;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (!header[i].isEmpty() && !taken[std::size_t(i)])
            attributes << header[i];
    return attributes;
}

QStringList ColumnMapping::missingColumns(const QStringList &header) const
{
    QStringList missing;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        if (findColumn(header, it.value()) < 0)
            missing << it.key();
    return missing;
}

Status ColumnMapping::validate(const QStringList &header, const QString &file, bool idsFromLines) const
{
    const QString kindName = importKindName(kind);
    for (const QString &field : missingColumns(header))
        return Error{QCoreApplication::translate("ImportError",
                                                 "the %1 mapping takes %2 from a column '%3' this file does not have")
                         .arg(kindName, field, columns.value(field)),
                     file, 1, 0,
                     QCoreApplication::translate("ImportError",
                                                 "Map %1 to one of the file's columns: %2 (`#N` is the Nth column).")
                         .arg(field, columnLabels(header).join(u", "_qs))};
    const bool hasKey = kind == ImportKind::Leads
                            ? (columns.contains(u"external_id"_qs) || columns.contains(u"email"_qs))
                            : (columns.contains(u"lead"_qs) || columns.contains(u"email"_qs));
    if (kind == ImportKind::Leads && idsFromLines && hasKey) {
        const QString field = columns.contains(u"external_id"_qs) ? u"external_id"_qs : u"email"_qs;
        return Error{
            QCoreApplication::translate(
                "ImportError",
                "--ids-from-lines names the leads of a file with no CRM id or e-mail column, and this file "
                "maps %1 to its column '%2'")
                .arg(field, columns.value(field)),
            file, 1, 0,
            QCoreApplication::translate("ImportError", "Leave out --ids-from-lines, or leave %1 unmapped.").arg(field)};
    }
    if (!hasKey && !(kind == ImportKind::Leads && idsFromLines))
        return Error{
            QCoreApplication::translate("ImportError",
                                        "no column identifies the lead (a CRM id or an e-mail) in this %1 file")
                .arg(kindName),
            file, 1, 0,
            kind == ImportKind::Leads
                ? QCoreApplication::translate(
                    "ImportError", "Map the lead id or e-mail column with a mapping file (--mapping; `#N` is the Nth "
                                   "column), or give each row's lead the CRM id FILENAME:LINE with --ids-from-lines.")
                : QCoreApplication::translate(
                    "ImportError", "Map the lead id or e-mail column, e.g. with a mapping file (--mapping).")};
    for (const QString &field : requiredFields(kind))
        if (!columns.contains(field))
            return Error{QCoreApplication::translate("ImportError", "no column is mapped to %1 in this %2 file")
                             .arg(field, kindName),
                         file, 1, 0,
                         QCoreApplication::translate("ImportError", "Map one of the columns %1 to %2.")
                             .arg(columnLabels(header).join(u", "_qs), field)};
    return {};
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject mapped, formats;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        mapped.insert(it.key(), it.value());
    for (auto it = dateFormats.cbegin(); it != dateFormats.cend(); ++it)
        formats.insert(it.key(), dateFormatName(it.value()));
    QJsonObject json{{u"columns"_qs, mapped}};
    if (!preset.isEmpty())
        json.insert(u"preset"_qs, preset);
    if (!formats.isEmpty())
        json.insert(u"dateFormats"_qs, formats);
    if (!ignored.isEmpty())
        json.insert(u"ignored"_qs, QJsonArray::fromStringList(ignored));
    return json;
}

namespace {

const QStringList mappingKeys{u"columns"_qs, u"preset"_qs, u"dateFormats"_qs, u"ignored"_qs};

} // namespace

Result<ColumnMapping> ColumnMapping::fromJson(ImportKind kind, const QJsonObject &json, const QString &where,
                                              const KeyLine &lineOf)
{
    const QString kindName = importKindName(kind);
    const auto badKey = [&](const QStringList &path, const QString &what) {
        return Error{u"%1.%2"_qs.arg(kindName, path.join(u'.')) + u": "_qs + what, where,
                     lineOf ? lineOf(QStringList{kindName} + path) : 0, 0,
                     QCoreApplication::translate("ImportError",
                                                 "Fix the mapping file; `leadstage import --help` lists the fields.")};
    };
    ColumnMapping mapping;
    mapping.kind = kind;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!mappingKeys.contains(it.key()))
            return badKey({it.key()}, QCoreApplication::translate("ImportError", "unknown key '%1' (keys: %2)")
                                          .arg(it.key(), mappingKeys.join(u", "_qs)));
    mapping.preset = json.value(u"preset"_qs).toString();
    const QJsonObject columns = json.value(u"columns"_qs).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (!importFields(kind).contains(it.key()))
            return badKey({u"columns"_qs, it.key()},
                          QCoreApplication::translate("ImportError", "'%1' is not a field of %2 files (fields: %3)")
                              .arg(it.key(), kindName, importFields(kind).join(u", "_qs)));
        if (!it.value().isString())
            return badKey(
                {u"columns"_qs, it.key()},
                QCoreApplication::translate(
                    "ImportError", "the column is not a string: give the column's header, or `#N` for the Nth column"));
        mapping.map(it.key(), it.value().toString());
    }
    const QJsonObject formats = json.value(u"dateFormats"_qs).toObject();
    for (auto it = formats.begin(); it != formats.end(); ++it) {
        const auto format = dateFormatFromName(it.value().toString());
        if (!format || !isDateField(kind, it.key()))
            return badKey(
                {u"dateFormats"_qs, it.key()},
                QCoreApplication::translate(
                    "ImportError", "'%1' is not a date field with a known format (iso, mdy, dmy, epoch, epoch-ms)")
                    .arg(it.value().toString()));
        mapping.dateFormats.insert(it.key(), *format);
    }
    for (const QJsonValue &name : json.value(u"ignored"_qs).toArray())
        mapping.ignored << name.toString();
    return mapping;
}

QString columnLabel(const QStringList &header, qsizetype index)
{
    return header[index].isEmpty() ? u"#%1"_qs.arg(index + 1) : header[index];
}

QStringList columnLabels(const QStringList &header)
{
    QStringList labels;
    labels.reserve(header.size());
    for (qsizetype i = 0; i < header.size(); ++i)
        labels << columnLabel(header, i);
    return labels;
}

int findColumn(const QStringList &header, QStringView name)
{
    if (name.isEmpty())
        return -1;
    if (const qsizetype named = header.indexOf(name); named >= 0)
        return int(named);
    if (!name.startsWith(u'#'))
        return -1;
    bool number = false;
    const int position = name.sliced(1).toInt(&number);
    return number && position >= 1 && position <= header.size() ? position - 1 : -1;
}

Status checkUniqueColumns(const QStringList &header, const QString &file)
{
    QHash<QString, int> first;
    first.reserve(header.size());
    for (int i = 0; i < int(header.size()); ++i) {
        const QString &name = header[i];
        if (name.isEmpty())
            continue;
        const auto it = first.constFind(name);
        if (it == first.cend()) {
            first.insert(name, i);
            continue;
        }
        return Error{
            QCoreApplication::translate("ImportError", "the header names two columns '%1': column %2 and column %3")
                .arg(name)
                .arg(*it + 1)
                .arg(i + 1),
            file, 1, i + 1,
            QCoreApplication::translate("ImportError",
                                        "Rename one of them in the file and import again: columns are mapped and kept "
                                        "in attrs by name.")};
    }
    return {};
}

ResolvedColumns ResolvedColumns::resolve(const ColumnMapping &mapping, const QStringList &header)
{
    ResolvedColumns resolved;
    resolved.header = header;
    QHash<QString, int> index; // the first column of each name
    index.reserve(header.size());
    for (int i = int(header.size()) - 1; i >= 0; --i)
        index.insert(header[i], i);
    for (const QString &field : importFields(mapping.kind)) {
        const auto it = mapping.columns.find(field);
        int column = -1;
        if (it != mapping.columns.end())
            column = index.contains(*it) ? index.value(*it) : findColumn(header, *it);
        resolved.fieldColumn.push_back(column);
    }
    QStringList attributes = mapping.attributeColumns(header);
    // Inserted in key order, attrs' JSON object only ever appends.
    std::sort(attributes.begin(), attributes.end());
    for (const QString &name : attributes)
        resolved.attributeColumns.push_back(index.value(name));
    return resolved;
}

int ResolvedColumns::column(ImportKind kind, QStringView field) const
{
    const qsizetype index = importFields(kind).indexOf(field);
    return index < 0 ? -1 : fieldColumn[std::size_t(index)];
}

} // namespace LeadStage
