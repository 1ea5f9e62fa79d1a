#include "ImportArguments.h"

#include "import/HashingFile.h"
#include "import/ImportPreset.h"
#include "import/ImportScan.h"

#include <map>

namespace LeadStage::Commands {

namespace {

// Enough rows to see a day over 12 in a D/M column, few enough to start at once; the
// bytes bound what a pipe's scanned rows keep in memory until the import reads them.
constexpr std::int64_t scannedRows = 5000;
constexpr std::int64_t scannedBytes = 16 * 1024 * 1024;

// --encoding NAME for every file, or KIND=NAME for one kind of file.
struct Encodings
{
    std::optional<TextEncoding> all;
    std::map<ImportKind, TextEncoding> byKind;

    std::optional<TextEncoding> of(ImportKind kind) const
    {
        const auto it = byKind.find(kind);
        return it != byKind.end() ? std::optional(it->second) : all;
    }
};

Error badArgument(const QString &what)
{
    return Error{what, QString()};
}

Status chooseMapping(ImportKind kind, const QString &presetName, const std::optional<MappingFile> &mappingFile,
                     ImportScan::Options &options)
{
    if (mappingFile) {
        const auto it = mappingFile->mappings.find(kind);
        if (it == mappingFile->mappings.end())
            return Error{u"has no mapping for %1 files"_qs.arg(importKindName(kind)), QString(), 0, 0,
                         u"Add a \"%1\" object to the mapping file."_qs.arg(importKindName(kind))};
        options.mapping = it->second;
        return {};
    }
    if (presetName.isEmpty())
        return {}; // recognised from the header
    options.preset = findPreset(kind, presetName);
    if (!options.preset)
        return badArgument(u"there is no %1 preset for %2 files (presets: %3)"_qs.arg(presetName, importKindName(kind),
                                                                                      presetNames().join(u", "_qs)));
    return {};
}

// A leads file's new leads need a created date: from the column mapped to created_at,
// from a column named with --created-date column:NAME, or, with no column, the import's
// time or each lead's first event as --created-date says; never the import's time in
// silence. With a column, --created-date import|first-event says what empty cells get.
Status chooseCreatedDate(ImportScan &scan, const QCommandLineParser &parser)
{
    const QString value = parser.value(u"created-date"_qs);
    if (value.startsWith(u"column:")) {
        const QString column = value.mid(7);
        if (!scan.preview.header.contains(column))
            return Error{u"--created-date names a column '%1' the file does not have"_qs.arg(column), scan.path, 1, 0,
                         u"Name one of its columns: %1."_qs.arg(scan.preview.header.join(u", "_qs))};
        scan.mapping.map(u"created_at"_qs, column);
        scan.mapping.ignored.removeAll(column);
        return {};
    }
    // A mapping that does not fit the file is the first thing to say; --write-mapping
    // imports nothing, so it dates nothing.
    // A mapping written to be edited may still lack the key: adding it is what the user
    // writes it for (the summary of --write-mapping says so); it must fit the file though.
    if (parser.isSet(u"write-mapping"_qs)) {
        return scan.mapping.missingColumns(scan.preview.header).isEmpty()
                   ? Status()
                   : scan.mapping.validate(scan.preview.header, scan.path, parser.isSet(u"ids-from-lines"_qs));
    }
    if (Status fits = scan.mapping.validate(scan.preview.header, scan.path, parser.isSet(u"ids-from-lines"_qs)); !fits)
        return fits;
    // A header without rows makes no leads: nothing to date (the summary says it imported nothing).
    if (scan.mapping.columnOf(u"created_at"_qs).isEmpty() && value.isEmpty() && scan.rowsScanned > 0)
        return Error{u"no column is mapped to created_at, so the new leads have no created date"_qs, scan.path, 1, 0,
                     u"Say which date they get: --created-date column:NAME (one of the file's columns), "
                     "--created-date import (this import's time) or --created-date first-event (each lead's "
                     "earliest event in this import, else the import's time)."_qs};
    return {};
}

// Opens the file once: its first rows are scanned through it (presets, date formats)
// and kept, and the import reads them again from memory, then the rest of the file.
Result<ImportSource> readSource(ImportKind kind, const QString &path, const QCommandLineParser &parser,
                                const std::optional<MappingFile> &mappingFile, const ImportRequest &request,
                                const Encodings &encodings, MappingFile &written)
{
    const ActivityMap &activities = request.activities;
    ImportScan::Options options;
    options.missingValues = request.options.missingValues;
    options.idsFromLines = kind == ImportKind::Leads && request.options.idsFromLines;
    options.csv.encoding = encodings.of(kind);
    options.maxRows = scannedRows;
    options.maxBytes = scannedBytes;
    if (Status chosen = chooseMapping(kind, parser.value(u"preset"_qs), mappingFile, options); !chosen)
        return chosen.error();
    auto input = std::make_shared<HashingFile>(path);
    if (!input->open(QIODevice::ReadOnly))
        return Error{u"cannot open the file: "_qs + input->fileErrorString(), path, 0, 0,
                     u"Check the path and that you may read the file."_qs};
    input->keepForRewind();
    auto scan = ImportScan::scan(kind, input.get(), path, options, activities);
    if (!scan)
        return scan.error();
    if (kind == ImportKind::Leads)
        if (Status dated = chooseCreatedDate(*scan, parser); !dated)
            return dated.error();
    std::optional<DateFormat> chosen;
    if (parser.isSet(u"date-format"_qs))
        chosen = dateFormatFromName(parser.value(u"date-format"_qs));
    if (Status resolved = scan->resolveDateFormats(chosen); !resolved)
        return resolved.error();
    if (!input->rewind())
        return Error{u"cannot read the file from its start again"_qs, path};
    written.unmappedColumns[kind] = scan->mapping.unmappedColumns(scan->preview.header);
    return ImportSource{kind, path, scan->mapping, options.csv, std::move(input)};
}

Result<Encodings> readEncodings(const QCommandLineParser &parser)
{
    Encodings encodings;
    for (const QString &value : parser.values(u"encoding"_qs)) {
        const qsizetype equals = value.indexOf(u'=');
        const QString name = equals < 0 ? value : value.mid(equals + 1);
        const auto encoding = encodingFromName(name);
        if (!encoding)
            return badArgument(u"--encoding expects one of %1 (or KIND=NAME), not '%2'"_qs.arg(encodingNames(), value));
        if (equals < 0) {
            encodings.all = encoding;
            continue;
        }
        const auto kind = importKindFromName(value.left(equals));
        if (!kind)
            return badArgument(
                u"--encoding %1: '%2' is not leads, events or outcomes"_qs.arg(value, value.left(equals)));
        encodings.byKind[*kind] = *encoding;
    }
    return encodings;
}

Status readImportOptions(const QCommandLineParser &parser, ImportOptions &options)
{
    const QString onMatch = parser.value(u"on-match"_qs);
    if (onMatch == u"skip")
        options.onMatch = OnMatch::Skip;
    else if (!onMatch.isEmpty() && onMatch != u"update")
        return badArgument(u"--on-match expects update or skip, not '%1'"_qs.arg(onMatch));
    options.createMissingLeads = parser.isSet(u"create-missing-leads"_qs);
    options.strict = parser.isSet(u"strict"_qs);
    options.exclusive = true; // the command holds the workspace's lock and nothing reads it meanwhile
    if (parser.isSet(u"date-format"_qs) && !dateFormatFromName(parser.value(u"date-format"_qs)))
        return badArgument(u"--date-format expects iso, mdy, dmy, epoch or epoch-ms, not '%1'"_qs.arg(
            parser.value(u"date-format"_qs)));
    const QString created = parser.value(u"created-date"_qs);
    if (created == u"first-event")
        options.missingCreatedDate = MissingCreatedDate::FirstEvent;
    else if (!created.isEmpty() && created != u"import" && !(created.startsWith(u"column:") && created.size() > 7))
        return badArgument(u"--created-date expects import, first-event or column:NAME, not '%1'"_qs.arg(created));
    options.allowRepeatedKeys = parser.isSet(u"allow-repeated-keys"_qs);
    options.createActivities = parser.isSet(u"create-activities"_qs);
    options.idsFromLines = parser.isSet(u"ids-from-lines"_qs);
    for (const QString &value : parser.values(u"count-as-events"_qs)) {
        const qsizetype equals = value.lastIndexOf(u'=');
        if (equals <= 0 || equals == value.size() - 1)
            return badArgument(u"--count-as-events expects COLUMN=ACTIVITY (e.g. TotalVisits=resource_center_visit), "
                               "not '%1'"_qs.arg(value));
        options.countsAsEvents.push_back({value.left(equals), value.mid(equals + 1)});
    }
    if (parser.isSet(u"preset"_qs) && parser.isSet(u"mapping"_qs))
        return badArgument(u"give --preset or --mapping, not both"_qs);
    if (parser.isSet(u"missing-values"_qs))
        options.missingValues = MissingValues::fromList(parser.value(u"missing-values"_qs));
    return {};
}

} // namespace

QList<QCommandLineOption> importOptions()
{
    return {
        {u"leads"_qs, u"A leads CSV file."_qs, u"a.csv"_qs},
        {u"events"_qs, u"An events CSV file (lead id or e-mail, activity, time, detail)."_qs, u"b.csv"_qs},
        {u"outcomes"_qs, u"An outcomes CSV file (lead id or e-mail, SQL/opportunity/customer/lost dates, revenue)."_qs,
         u"c.csv"_qs},
        {u"preset"_qs,
         u"Map the columns with a built-in preset: generic, hubspot, salesforce, marketo, mautic. "
         "Without --preset or --mapping the preset is recognised from each file's header."_qs,
         u"NAME"_qs},
        {u"mapping"_qs, u"Map the columns (and activity names) with a saved mapping file."_qs, u"m.json"_qs},
        {u"on-match"_qs, u"What to do with a lead (or outcome) that exists already: update (default) or skip."_qs,
         u"update|skip"_qs},
        {u"create-missing-leads"_qs, u"Create the leads that events or outcomes name but the workspace lacks, "
                                     "instead of rejecting those rows."_qs},
        {u"date-format"_qs, u"The format of dates that read as M/D and D/M alike: iso, mdy, dmy, epoch, epoch-ms."_qs,
         u"FMT"_qs},
        {u"encoding"_qs,
         u"Read the files as UTF-8, UTF-16LE, UTF-16BE or Windows-1252 instead of detecting it; "
         "KIND=NAME (e.g. leads=windows-1252) for one kind of file."_qs,
         u"NAME"_qs},
        {u"missing-values"_qs,
         u"Cells read as missing (not answered), compared trimmed and in any case, comma-separated; \"\" for none. "
         "Default: Select,unknown,N/A,- (or the mapping file's missingValues)."_qs,
         u"LIST"_qs},
        {u"write-mapping"_qs,
         u"Write the mapping the preset (or --mapping) chose for the given files to m.json, ready to edit and give "
         "back with --mapping; nothing is imported, and the workspace may be left out."_qs,
         u"m.json"_qs},
        {u"created-date"_qs,
         u"The created date of new leads whose row has none: import (this import's time), first-event (the "
         "lead's earliest event in this import, else the import's time), or column:NAME to read it from a "
         "column. Required when no column is mapped to created_at."_qs,
         u"WHICH"_qs},
        {u"allow-repeated-keys"_qs, u"Import a leads file even when rows repeat a CRM id or e-mail an earlier row "
                                    "of the same file has (later rows then update the lead)."_qs},
        {u"ids-from-lines"_qs,
         u"A leads file with no CRM id or e-mail column: give each row's lead the CRM id FILENAME:LINE "
         "(e.g. bank.csv:2), so importing the file again updates the same leads. Without it such a file is "
         "refused; map a key column instead when the file has one."_qs},
        {u"create-activities"_qs,
         u"Create an activity type for each activity name no key is known for (key from the name, track info, "
         "category Imported, 0 points until a rule uses it) instead of rejecting its rows."_qs},
        {u"count-as-events"_qs,
         u"Turn a leads file's count column into that many events of an activity at each lead's created date "
         "(e.g. TotalVisits=resource_center_visit); a row counting more than 10,000 is rejected. Repeatable."_qs,
         u"COLUMN=ACTIVITY"_qs},
        {u"strict"_qs, u"Import nothing when any row is rejected; the summary lists the rejected rows."_qs},
        {u"json"_qs, u"Print the summary as JSON."_qs},
    };
}

Result<ImportArguments> readImportArguments(const QCommandLineParser &parser)
{
    ImportArguments arguments;
    arguments.writeMapping = parser.value(u"write-mapping"_qs);
    const qsizetype positional = parser.positionalArguments().size();
    if (positional > 1 || (positional == 0 && arguments.writeMapping.isEmpty()))
        return badArgument(u"give one workspace file"_qs);
    arguments.workspace = parser.positionalArguments().value(0);
    arguments.json = parser.isSet(u"json"_qs);
    std::optional<MappingFile> mappingFile;
    if (parser.isSet(u"mapping"_qs)) {
        auto loaded = MappingFile::load(parser.value(u"mapping"_qs));
        if (!loaded)
            return loaded.error();
        if (Status merged = arguments.request.activities.merge(loaded->activities, parser.value(u"mapping"_qs));
            !merged)
            return merged.error();
        if (loaded->missingValues)
            arguments.request.options.missingValues = *loaded->missingValues;
        arguments.chosen.activities = loaded->activities;
        mappingFile = *loaded;
    }
    // After the mapping file: --missing-values overrides its list.
    if (Status status = readImportOptions(parser, arguments.request.options); !status)
        return status.error();
    // The mapping file's count columns unless --count-as-events names its own.
    if (mappingFile && arguments.request.options.countsAsEvents.empty())
        arguments.request.options.countsAsEvents = mappingFile->countsAsEvents;
    arguments.chosen.missingValues = arguments.request.options.missingValues;
    arguments.chosen.countsAsEvents = arguments.request.options.countsAsEvents; // --write-mapping keeps them
    const auto encodings = readEncodings(parser);
    if (!encodings)
        return encodings.error();
    const std::pair<QString, ImportKind> files[] = {
        {u"leads"_qs, ImportKind::Leads}, {u"events"_qs, ImportKind::Events}, {u"outcomes"_qs, ImportKind::Outcomes}};
    for (const auto &[option, kind] : files) {
        if (!parser.isSet(option))
            continue;
        auto source = readSource(kind, parser.value(option), parser, mappingFile, arguments.request, *encodings,
                                 arguments.chosen);
        if (!source)
            return source.error();
        arguments.request.sources.push_back(*source);
    }
    if (arguments.request.sources.empty())
        return badArgument(u"give at least one of --leads, --events or --outcomes"_qs);
    return arguments;
}

MappingFile chosenMapping(const ImportArguments &arguments)
{
    MappingFile file = arguments.chosen;
    for (const ImportSource &source : arguments.request.sources)
        file.mappings[source.kind] = source.mapping;
    return file;
}

MappingFile exampleMappingFile()
{
    MappingFile example;
    example.name = u"Our CRM"_qs;
    for (ImportKind kind : allImportKinds) {
        ColumnMapping mapping;
        mapping.kind = kind;
        for (const QString &field : importFields(kind)) {
            // The leads' CRM id in a first column without a header, the rest by header.
            mapping.map(field, kind == ImportKind::Leads && field == u"external_id" ? u"#1"_qs : field);
            if (isDateField(kind, field))
                mapping.dateFormats.insert(field,
                                           kind == ImportKind::Leads ? DateFormat::DayMonthYear : DateFormat::Iso8601);
        }
        if (kind == ImportKind::Leads)
            mapping.ignored << u"Notes"_qs;
        example.mappings.emplace(kind, mapping);
    }
    example.activities = QJsonObject{{u"Webinar Attended"_qs, u"webinar_attended"_qs}};
    example.missingValues = MissingValues::standard();
    return example;
}

QString mappingHelp()
{
    QString help = u"Mapping files (--mapping, --write-mapping) map each kind of file's fields to its columns, by\n"
                   "header, or by position: \"#1\" is the first column, the way to name a column without a header.\n"
                   "Columns no field takes are kept in the lead's attrs unless \"ignored\". The fields, per kind\n"
                   "(date fields take a dateFormat: iso, mdy, dmy, epoch, epoch-ms; unset, it is detected):\n"_qs;
    for (ImportKind kind : allImportKinds) {
        QStringList fields;
        for (const QString &field : importFields(kind)) {
            QStringList notes;
            if (isDateField(kind, field))
                notes << u"date"_qs;
            if (requiredFields(kind).contains(field))
                notes << u"required"_qs;
            fields << (notes.isEmpty() ? field : u"%1 (%2)"_qs.arg(field, notes.join(u", "_qs)));
        }
        // Wrapped under the first field, as the option list is.
        QString line = u"  "_qs + importKindName(kind).leftJustified(9);
        const qsizetype indent = line.size();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString item = fields[i] + (i + 1 < fields.size() ? u","_qs : QString());
            if (line.size() + 1 + item.size() > 100 && line.size() > indent) {
                help += line + u'\n';
                line = QString(indent, u' ');
            }
            line += u' ' + item;
        }
        help += line + u'\n';
    }
    help += u"A leads file needs external_id or email; events and outcomes name their lead by lead (a CRM id\n"
            "or an e-mail) and/or email. A complete mapping file:\n\n"_qs;
    return help + QString::fromUtf8(exampleMappingFile().toJson());
}

} // namespace LeadStage::Commands
