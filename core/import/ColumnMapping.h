#pragma once

#include "DateFormat.h"
#include "ImportKind.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace LeadStage {

// Which source column feeds which field of one kind of file, by header name (so a
// saved mapping survives reordered columns), and the date format of each date field.
// A column with an empty header goes by its position, `#1` for the first (see
// findColumn). Columns mapped to no field are kept in the lead's `attrs` unless ignored.
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
    // Every column no field takes and not ignored, as a mapping names it (`#N` for one
    // without a header): what a user may still map.
    QStringList unmappedColumns(const QStringList &header) const;
    // Fields whose column is absent from this header: a mapping made for another file.
    QStringList missingColumns(const QStringList &header) const;
    // Says what is missing for this kind of file (no lead key, no activity ...), naming `file`.
    // idsFromLines: a leads file may have no key column, its rows' leads are named by
    // file and line (ImportOptions::idsFromLines); it must then have none.
    Status validate(const QStringList &header, const QString &file, bool idsFromLines = false) const;

    QJsonObject toJson() const;
    // `lineOf` tells an error the line of a key path in the file ({"columns", "emial"}).
    using KeyLine = std::function<int(const QStringList &path)>;
    static Result<ColumnMapping> fromJson(ImportKind kind, const QJsonObject &json, const QString &where,
                                          const KeyLine &lineOf = {});
};

// The name a mapping gives the column at `index` (0-based): its header, or `#N` (its
// 1-based position) when the header is empty.
QString columnLabel(const QStringList &header, qsizetype index);
QStringList columnLabels(const QStringList &header);
// The column a mapping's name stands for: the first column with that header, else
// `#N` by position (any column, named or not); -1 when neither.
int findColumn(const QStringList &header, QStringView name);

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
