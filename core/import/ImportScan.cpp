#include "ImportScan.h"

namespace LeadStage {

namespace {

constexpr int sampleCount = 5;

Status chooseMapping(ImportScan &scan, const std::optional<ColumnMapping> &mapping)
{
    if (mapping) {
        scan.mapping = *mapping;
        return {};
    }
    scan.preset = recognisePreset(scan.kind, scan.preview.header);
    if (!scan.preset)
        return Error{u"the columns (%1) match no preset for %2 files"_qs.arg(scan.preview.header.join(u", "_qs),
                                                                             importKindName(scan.kind)),
                     scan.path, 1, 0,
                     u"Name the preset with --preset, or map the columns in a mapping file (--mapping)."_qs};
    scan.mapping = scan.preset->preset->apply(scan.preview.header);
    return {};
}

} // namespace

Result<ImportScan> ImportScan::scan(ImportKind kind, const QString &path, const std::optional<ColumnMapping> &mapping,
                                    const ActivityMap &activities, const CsvReader::Options &csv,
                                    std::int64_t maxRows, Progress *progress)
{
    ImportScan scan;
    scan.kind = kind;
    scan.path = path;
    auto preview = CsvReader::preview(path, csv, 100);
    if (!preview)
        return preview.error();
    scan.preview = *preview;
    if (Status chosen = chooseMapping(scan, mapping); !chosen)
        return chosen.error();
    CsvReader reader(csv);
    reader.setProgress(progress);
    if (Status opened = reader.open(path); !opened)
        return opened.error();
    std::vector<DateColumnDetector> detectors(std::size_t(reader.header().size()));
    for (const QString &name : reader.header())
        scan.columns.append(Column{name, {}, {}});
    const int activityColumn = int(reader.header().indexOf(scan.mapping.columnOf(u"activity"_qs)));
    Status read = reader.read([&](const CsvRecord &record) {
        ++scan.rowsScanned;
        if (record.rejected()) {
            ++scan.rowsRejected;
        } else {
            for (qsizetype i = 0; i < record.size() && i < scan.columns.size(); ++i) {
                const QStringView value = record.field(i).trimmed();
                detectors[std::size_t(i)].add(value);
                if (!value.isEmpty() && scan.columns[i].samples.size() < sampleCount)
                    scan.columns[i].samples << value.toString();
            }
            if (kind == ImportKind::Events && activityColumn >= 0 && activityColumn < record.size())
                ++scan.activityCounts[record.field(activityColumn).trimmed().toString()];
        }
        return maxRows <= 0 || scan.rowsScanned < maxRows;
    });
    if (!read)
        return read.error();
    scan.complete = maxRows <= 0 || scan.rowsScanned < maxRows;
    for (qsizetype i = 0; i < scan.columns.size(); ++i)
        scan.columns[i].dates = detectors[std::size_t(i)].guess();
    for (auto it = scan.activityCounts.cbegin(); it != scan.activityCounts.cend(); ++it)
        if (!it.key().isEmpty() && !activities.keyFor(it.key()))
            scan.unmappedActivities.insert(it.key(), it.value());
    return scan;
}

const ImportScan::Column *ImportScan::column(const QString &name) const
{
    for (const Column &candidate : columns)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
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
                return Error{u"the dates of column '%1' (%2) read as %3 alike"_qs.arg(
                                 source->name, source->samples.join(u", "_qs),
                                 dateFormatLabel(guess.formats.value(0)) + u" and "_qs +
                                     dateFormatLabel(guess.formats.value(1))),
                             path, 1, int(preview.header.indexOf(source->name)) + 1,
                             u"Say which with --date-format mdy or --date-format dmy."_qs};
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
