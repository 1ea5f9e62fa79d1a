#pragma once

#include "DateFormat.h"
#include "ImportKind.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>
#include <vector>

namespace LeadStage {

// Which source column feeds which field of one kind of file, by header name (so a
// saved mapping survives reordered columns), and the date format of each date field.
// Columns mapped to no field are kept in the lead's `attrs` unless ignored.
struct ColumnMapping
{
    ImportKind kind = ImportKind::Leads;
    QString preset;                        // the preset it started from, for the record
    QMap<QString, QString> columns;        // field -> header name
    QMap<QString, DateFormat> dateFormats; // date field -> format; unset: detect
    QStringList ignored;                   // header names neither mapped nor kept in attrs

    void map(const QString &field, const QString &header); // an empty header unmaps the field
    QString columnOf(const QString &field) const { return columns.value(field); }
    // Header names no field takes and not ignored: where `attrs` come from.
    QStringList attributeColumns(const QStringList &header) const;
    // Fields whose column is absent from this header: a mapping made for another file.
    QStringList missingColumns(const QStringList &header) const;
    // Says what is missing for this kind of file (no lead key, no activity ...), naming `file`.
    Status validate(const QStringList &header, const QString &file) const;

    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(ImportKind kind, const QJsonObject &json, const QString &where);
};

// Refuses a header that names a column twice, naming both positions: a mapping and the
// `attrs` go by name, so one of the two would be dropped without a word.
Status checkUniqueColumns(const QStringList &header, const QString &file);

// A mapping resolved against one header: the column index of each field (-1 when
// unmapped) and the indexes of the attribute columns. What the row parsers use.
// Resolving takes time linear in the header's width.
struct ResolvedColumns
{
    std::vector<int> fieldColumn;      // indexed like importFields(kind)
    std::vector<int> attributeColumns; // in the order of their names (as attrs' JSON keeps its keys)
    QStringList header;

    static ResolvedColumns resolve(const ColumnMapping &mapping, const QStringList &header);
    int column(ImportKind kind, QStringView field) const;
};

} // namespace LeadStage
