#include "ImportDraft.h"

#include <QCoreApplication>
#include <QSet>

#include <QDir>
#include <QFileInfo>

namespace LeadStage {

namespace {

constexpr int sampleCount = 5;

bool fits(const ColumnMapping &mapping, const QStringList &header)
{
    return !mapping.columns.isEmpty() && mapping.missingColumns(header).isEmpty();
}

} // namespace

QString DraftFile::fileName() const
{
    return QFileInfo(path).fileName();
}

ImportKind ImportDraft::guessKind(const QStringList &header)
{
    ImportKind best = ImportKind::Leads;
    int bestMatched = 0;
    for (ImportKind kind : allImportKinds) {
        // Strictly more: on a tie the earlier kind (leads first) keeps it.
        if (const auto match = recognisePreset(kind, header); match && match->matched > bestMatched) {
            best = kind;
            bestMatched = match->matched;
        }
    }
    return best;
}

bool ImportDraft::addFile(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (const DraftFile &file : m_files)
        if (file.path == absolute)
            return false;
    DraftFile file;
    file.path = absolute;
    file.mapping.kind = file.kind;
    m_files.push_back(std::move(file));
    return true;
}

void ImportDraft::removeFile(int index)
{
    m_files.erase(m_files.begin() + index);
}

void ImportDraft::setPreview(int index, const std::optional<CsvPreview> &preview, const std::optional<Error> &problem)
{
    DraftFile &file = this->file(index);
    file.preview = preview;
    file.problem = problem;
    file.invalidateScan();
    if (!preview)
        return;
    if (!file.kindChosen)
        file.kind = guessKind(preview->header);
    if (file.mapping.kind != file.kind || !fits(file.mapping, preview->header))
        mapWithPreset(file);
}

void ImportDraft::setKind(int index, ImportKind kind)
{
    DraftFile &file = this->file(index);
    file.kindChosen = true;
    if (file.kind == kind)
        return;
    file.kind = kind;
    file.invalidateScan();
    file.dateChoices.clear();
    mapWithPreset(file);
}

void ImportDraft::mapWithPreset(DraftFile &file)
{
    file.dateChoices.clear();
    const QStringList header = file.header();
    if (m_preferred) {
        const auto saved = m_preferred->mappings.find(file.kind);
        if (saved != m_preferred->mappings.end() && fits(saved->second, header)) {
            file.mapping = saved->second;
            file.dateChoices = file.mapping.dateFormats;
            file.mapping.dateFormats.clear();
            // Its count columns too, those this file has, unless some are chosen already.
            if (file.kind == ImportKind::Leads && options.countsAsEvents.empty())
                for (const CountAsEvents &count : m_preferred->countsAsEvents)
                    if (columnLabels(header).contains(count.column))
                        options.countsAsEvents.push_back(count);
            return;
        }
    }
    if (const auto match = recognisePreset(file.kind, header)) {
        file.mapping = match->preset->apply(header);
    } else {
        file.mapping = ColumnMapping{};
        file.mapping.kind = file.kind;
    }
}

void ImportDraft::applyPreset(int index, const ImportPreset &preset)
{
    DraftFile &file = this->file(index);
    file.mapping = preset.apply(file.header());
    file.dateChoices.clear();
    file.invalidateScan();
}

void ImportDraft::mapColumn(int index, const QString &column, const QString &field)
{
    DraftFile &file = this->file(index);
    const QString activityBefore = file.mapping.columnOf(u"activity"_qs);
    for (auto it = file.mapping.columns.begin(); it != file.mapping.columns.end();)
        it = it.value() == column ? file.mapping.columns.erase(it) : std::next(it);
    file.mapping.ignored.removeAll(column);
    if (field == ignoredField)
        file.mapping.ignored << column;
    else if (!field.isEmpty())
        file.mapping.map(field, column);
    // The activity counts come from the activity column; date guesses do not depend on the mapping.
    if (file.mapping.columnOf(u"activity"_qs) != activityBefore)
        file.invalidateScan();
}

QString ImportDraft::fieldOf(int index, const QString &column) const
{
    const ColumnMapping &mapping = file(index).mapping;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
        if (it.value() == column)
            return it.key();
    return mapping.ignored.contains(column) ? ignoredField : QString();
}

QStringList ImportDraft::samples(int index, const QString &column) const
{
    const DraftFile &file = this->file(index);
    QStringList values;
    const qsizetype at = findColumn(file.header(), column);
    if (!file.preview || at < 0)
        return values;
    for (const CsvPreview::Row &row : file.preview->rows) {
        if (row.error || at >= row.fields.size())
            continue;
        const QString value = row.fields[at].trimmed();
        if (!value.isEmpty() && options.missingValues.match(value) < 0 && !values.contains(value)
            && values.size() < sampleCount)
            values << value;
    }
    return values;
}

Result<QStringList> ImportDraft::applyMappingFile(const MappingFile &saved)
{
    ActivityMap merged = activities;
    if (Status status = merged.merge(saved.activities, saved.name); !status)
        return status.error();
    activities = merged;
    if (saved.missingValues)
        options.missingValues = *saved.missingValues;
    if (!saved.countsAsEvents.empty())
        options.countsAsEvents = saved.countsAsEvents;
    QStringList notFitting;
    for (DraftFile &file : m_files) {
        const auto it = saved.mappings.find(file.kind);
        if (it == saved.mappings.end() || !fits(it->second, file.header())) {
            notFitting << file.fileName();
            continue;
        }
        const QString activityBefore = file.mapping.columnOf(u"activity"_qs);
        file.mapping = it->second;
        file.dateChoices = file.mapping.dateFormats;
        file.mapping.dateFormats.clear();
        if (file.mapping.columnOf(u"activity"_qs) != activityBefore)
            file.invalidateScan();
    }
    return notFitting;
}

MappingFile ImportDraft::mappingFile(const QString &name) const
{
    MappingFile saved;
    saved.name = name;
    for (const DraftFile &file : m_files) {
        ColumnMapping mapping = file.mapping;
        mapping.dateFormats = file.dateChoices;
        saved.mappings[file.kind] = mapping;
    }
    saved.activities = activities.toJson();
    saved.missingValues = options.missingValues;
    saved.countsAsEvents = options.countsAsEvents;
    return saved;
}

bool ImportDraft::previewsReady() const
{
    if (m_files.empty())
        return false;
    for (const DraftFile &file : m_files)
        if (!file.preview || file.problem)
            return false;
    return true;
}

Status ImportDraft::checkMappings() const
{
    for (const DraftFile &file : m_files) {
        if (Status unique = checkUniqueColumns(file.header(), file.fileName()); !unique)
            return unique;
        if (Status valid = file.mapping.validate(file.header(), file.fileName(), options.idsFromLines); !valid)
            return valid;
    }
    return {};
}

std::vector<int> ImportDraft::filesToScan() const
{
    std::vector<int> files;
    for (int i = 0; i < fileCount(); ++i)
        if (!file(i).scan)
            files.push_back(i);
    return files;
}

bool ImportDraft::hasEvents() const
{
    for (const DraftFile &file : m_files)
        if (file.kind == ImportKind::Events)
            return true;
    return false;
}

QMap<QString, std::int64_t> ImportDraft::activityCounts() const
{
    QMap<QString, std::int64_t> counts;
    for (const DraftFile &file : m_files)
        if (file.kind == ImportKind::Events && file.scan)
            for (auto it = file.scan->activityCounts.cbegin(); it != file.scan->activityCounts.cend(); ++it)
                if (!it.key().isEmpty())
                    counts[it.key()] += it.value();
    return counts;
}

QMap<QString, std::int64_t> ImportDraft::unmappedActivities() const
{
    QMap<QString, std::int64_t> unmapped;
    const QMap<QString, std::int64_t> counts = activityCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!activities.keyFor(it.key()))
            unmapped.insert(it.key(), it.value());
    return unmapped;
}

void ImportDraft::mapActivity(const QString &sourceName, const QString &key)
{
    if (key.isEmpty())
        activities.remove(sourceName);
    else
        activities.set(sourceName, key);
}

QList<DraftDateColumn> ImportDraft::dateColumns() const
{
    QList<DraftDateColumn> columns;
    for (int i = 0; i < fileCount(); ++i) {
        const DraftFile &file = this->file(i);
        for (const QString &field : importFields(file.kind)) {
            const QString column = file.mapping.columnOf(field);
            if (!isDateField(file.kind, field) || column.isEmpty())
                continue;
            DraftDateColumn date{i, field, column, samples(i, column), {}, file.dateChoices.value(field)};
            if (!file.dateChoices.contains(field))
                date.chosen.reset();
            if (const ImportScan::Column *scanned = file.scan ? file.scan->column(column) : nullptr) {
                date.guess = scanned->dates;
                if (!scanned->samples.isEmpty())
                    date.samples = scanned->samples;
            }
            columns << date;
        }
    }
    return columns;
}

void ImportDraft::chooseDateFormat(int index, const QString &field, std::optional<DateFormat> format)
{
    if (format)
        file(index).dateChoices.insert(field, *format);
    else
        file(index).dateChoices.remove(field);
}

bool ImportDraft::datesResolved() const
{
    for (const DraftDateColumn &date : dateColumns())
        if (date.needsChoice())
            return false;
    return true;
}

bool ImportDraft::needsCreatedDate() const
{
    return std::any_of(m_files.begin(), m_files.end(), [](const DraftFile &file) {
        return file.kind == ImportKind::Leads && file.mapping.columnOf(u"created_at"_qs).isEmpty();
    });
}

RepeatedKeys ImportDraft::repeatedKeys(int index) const
{
    const DraftFile &file = this->file(index);
    RepeatedKeys repeated;
    if (file.kind != ImportKind::Leads || !file.preview)
        return repeated;
    // The CRM id first, as the import matches: the e-mail counts where the row has no id.
    const int id = int(file.header().indexOf(file.mapping.columnOf(u"external_id"_qs)));
    const int email = int(file.header().indexOf(file.mapping.columnOf(u"email"_qs)));
    QSet<QString> ids, emails;
    for (const CsvPreview::Row &row : file.preview->rows) {
        if (row.error)
            continue;
        const auto cell = [&row](int column) {
            return column >= 0 && column < row.fields.size() ? row.fields[column].trimmed() : QString();
        };
        const QString key = cell(id), mail = cell(email).toLower();
        if (!key.isEmpty() && ids.contains(key))
            repeated.add(u"external_id"_qs, key);
        else if (key.isEmpty() && !mail.isEmpty() && emails.contains(mail))
            repeated.add(u"email"_qs, mail);
        if (!key.isEmpty())
            ids.insert(key);
        if (!mail.isEmpty())
            emails.insert(mail);
    }
    return repeated;
}

Result<ImportRequest> ImportDraft::request(bool dryRun) const
{
    ImportRequest request;
    request.activities = activities;
    request.options = options;
    request.options.dryRun = dryRun;
    for (const DraftFile &file : m_files) {
        if (!file.scan)
            return Error{QCoreApplication::translate("ImportError", "has not been read to the end yet"),
                         file.fileName(), 0, 0,
                         QCoreApplication::translate("ImportError", "Go back to the column mapping and on again.")};
        ImportScan resolved = *file.scan;
        resolved.mapping = file.mapping;
        resolved.mapping.dateFormats = file.dateChoices;
        if (Status status = resolved.resolveDateFormats(std::nullopt); !status) {
            Error error = status.error();
            error.hint =
                QCoreApplication::translate("ImportError", "Choose the column's date format on the Dates page.");
            return error;
        }
        request.sources.push_back(ImportSource{file.kind, file.path, resolved.mapping, file.csv});
    }
    return request;
}

void ImportDraft::useActivityTypes(std::vector<ActivityType> types)
{
    for (const ActivityType &type : types)
        activities.addKey(type.key, type.label);
    m_activityTypes = std::move(types);
    for (DraftFile &file : m_files)
        if (file.kind == ImportKind::Events)
            file.invalidateScan(); // its unmapped names were counted with the old keys
}

QStringList ImportDraft::countColumns(int index) const
{
    const DraftFile &draftFile = file(index);
    QStringList columns;
    if (draftFile.kind != ImportKind::Leads)
        return columns;
    const QStringList header = draftFile.header();
    for (int i = 0; i < header.size(); ++i) {
        const QString column = columnLabel(header, i);
        const QString field = fieldOf(index, column);
        if (field.isEmpty() || field == ignoredField)
            columns << column;
    }
    return columns;
}

} // namespace LeadStage
