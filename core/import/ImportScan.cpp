#include "ImportScan.h"

#include <QCoreApplication>
#include <QFile>

namespace LeadStage {

namespace {

constexpr int sampleCount = 5;
constexpr int previewRows = 100;

Status chooseMapping(ImportScan &scan, const ImportScan::Options &options)
{
    if (options.mapping) {
        scan.mapping = *options.mapping;
        return {};
    }
    if (options.preset) {
        scan.mapping = options.preset->apply(scan.preview.header);
        return {};
    }
    scan.preset = recognisePreset(scan.kind, scan.preview.header, options.idsFromLines);
    if (!scan.preset)
        return Error{
            QCoreApplication::translate("ImportError", "the columns (%1) match no preset for %2 files")
                .arg(scan.preview.header.join(u", "_qs), importKindName(scan.kind)),
            scan.path, 1, 0,
            scan.kind == ImportKind::Leads && !options.idsFromLines
                ? QCoreApplication::translate(
                    "ImportError", "Name the preset with --preset, or map the columns in a mapping file (--mapping); a "
                                   "file with no CRM id or e-mail column can name its leads by file and line "
                                   "(--ids-from-lines).")
                : QCoreApplication::translate(
                    "ImportError", "Name the preset with --preset, or map the columns in a mapping file (--mapping).")};
    scan.mapping = scan.preset->preset->apply(scan.preview.header);
    return {};
}

} // namespace

Result<ImportScan> ImportScan::scan(ImportKind kind, const QString &path, const std::optional<ColumnMapping> &mapping,
                                    const ActivityMap &activities, const CsvReader::Options &csv, std::int64_t maxRows,
                                    Progress *progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ImportError", "cannot open the file: ") + file.errorString(), path, 0,
                     0, QCoreApplication::translate("ImportError", "Check the path and that you may read the file.")};
    return scan(kind, &file, path, Options{mapping, nullptr, csv, maxRows, 0}, activities, progress);
}

Result<ImportScan> ImportScan::scan(ImportKind kind, QIODevice *device, const QString &name, const Options &options,
                                    const ActivityMap &activities, Progress *progress)
{
    ImportScan scan;
    scan.kind = kind;
    scan.path = name;
    CsvReader reader(options.csv);
    reader.setProgress(progress);
    if (Status opened = reader.open(device, name); !opened)
        return opened.error();
    scan.preview = CsvPreview{reader.encodingChoice(), reader.separator(), reader.header(), {}, false};
    if (Status unique = checkUniqueColumns(reader.header(), name); !unique)
        return unique.error();
    if (Status chosen = chooseMapping(scan, options); !chosen)
        return chosen.error();
    std::vector<DateColumnDetector> detectors(std::size_t(reader.header().size()));
    for (const QString &column : reader.header())
        scan.columns.append(Column{column, {}, {}});
    const int activityColumn = findColumn(reader.header(), scan.mapping.columnOf(u"activity"_qs));
    bool stopped = false;
    Status read = reader.read([&](const CsvRecord &record) {
        ++scan.rowsScanned;
        if (scan.preview.rows.size() < previewRows)
            scan.preview.rows.append({record.line(), record.fields(), record.raw().toString(), record.error()});
        if (record.rejected()) {
            ++scan.rowsRejected;
        } else {
            for (qsizetype i = 0; i < record.size() && i < scan.columns.size(); ++i) {
                QStringView value = record.field(i).trimmed();
                if (options.missingValues.match(value) >= 0)
                    value = QStringView();
                detectors[std::size_t(i)].add(value);
                if (!value.isEmpty() && scan.columns[i].samples.size() < sampleCount)
                    scan.columns[i].samples << value.toString();
            }
            if (kind == ImportKind::Events && activityColumn >= 0 && activityColumn < record.size()) {
                const QStringView activity = record.field(activityColumn).trimmed();
                ++scan.activityCounts[options.missingValues.match(activity) >= 0 ? QString() : activity.toString()];
            }
        }
        stopped = (options.maxRows > 0 && scan.rowsScanned >= options.maxRows)
                  || (options.maxBytes > 0 && reader.bytesRead() >= options.maxBytes);
        return !stopped;
    });
    if (!read)
        return read.error();
    scan.complete = !stopped;
    scan.preview.complete = scan.complete && scan.rowsScanned <= previewRows;
    for (qsizetype i = 0; i < scan.columns.size(); ++i)
        scan.columns[i].dates = detectors[std::size_t(i)].guess();
    for (auto it = scan.activityCounts.cbegin(); it != scan.activityCounts.cend(); ++it)
        if (!it.key().isEmpty() && !activities.keyFor(it.key()))
            scan.unmappedActivities.insert(it.key(), it.value());
    return scan;
}

const ImportScan::Column *ImportScan::column(const QString &name) const
{
    const int index = findColumn(preview.header, name);
    return index >= 0 && index < columns.size() ? &columns[index] : nullptr;
}

QStringList ImportScan::ambiguousDateFields() const
{
    QStringList fields;
    for (const QString &field : importFields(kind)) {
        const Column *source = column(mapping.columnOf(field));
        if (isDateField(kind, field) && source && !mapping.dateFormats.contains(field) && source->dates.ambiguous())
            fields << field;
    }
    return fields;
}

Status ImportScan::resolveDateFormats(std::optional<DateFormat> chosen)
{
    for (const QString &field : importFields(kind)) {
        const Column *source = column(mapping.columnOf(field));
        if (!isDateField(kind, field) || !source || mapping.dateFormats.contains(field))
            continue;
        const DateColumnGuess &guess = source->dates;
        if (guess.ambiguous()) {
            if (!chosen || !guess.formats.contains(*chosen))
                return Error{
                    QCoreApplication::translate("ImportError", "the dates of column '%1' (%2) read as %3 alike")
                        .arg(
                            columnLabel(preview.header, source - columns.constData()), source->samples.join(u", "_qs),
                            QCoreApplication::translate("ImportError", "%1 and %2")
                                .arg(dateFormatLabel(guess.formats.value(0)), dateFormatLabel(guess.formats.value(1)))),
                    path, 1, int(source - columns.constData()) + 1,
                    QCoreApplication::translate("ImportError",
                                                "Say which with --date-format mdy or --date-format dmy.")};
            mapping.dateFormats.insert(field, *chosen);
        } else if (guess.format()) {
            mapping.dateFormats.insert(field, *guess.format());
        } else {
            mapping.dateFormats.insert(field, chosen.value_or(DateFormat::Iso8601));
        }
    }
    return {};
}

} // namespace LeadStage
