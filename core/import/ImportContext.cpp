#include "ImportContext.h"

#include "ImportedScoringInput.h"
#include "TrimmedCell.h"

#include "store/Database.h"

#include <QDateTime>

namespace LeadStage {

namespace {

constexpr int keptRejections = 100; // in the report; import_errors keeps all

} // namespace

ImportContext::ImportContext(Database &database, LeadIndex &leads, const ImportRequest &request,
                             const ImportSource &source, std::vector<std::int64_t> &touched)
    : m_database(database)
    , m_leads(leads)
    , m_request(request)
    , m_source(source)
    , m_touched(touched)
{
    m_report.kind = source.kind;
    m_report.path = source.path;
    m_report.preset = source.mapping.preset;
    m_placeholderCells.assign(std::size_t(request.options.missingValues.texts().size()), 0);
    m_startedAt = QDateTime::currentSecsSinceEpoch();
    if (source.kind == ImportKind::Leads) {
        m_report.createdDates.column = source.mapping.columnOf(u"created_at"_qs);
        m_report.createdDates.firstEventAsked = request.options.missingCreatedDate == MissingCreatedDate::FirstEvent;
        m_report.createdDates.importTime = m_startedAt;
    }
}

Status ImportContext::prepare(std::int64_t importId, const QStringList &header)
{
    m_importId = importId;
    m_columns = ResolvedColumns::resolve(m_source.mapping, header);
    for (const QString &field : importFields(m_source.kind))
        m_dates.push_back(isDateField(m_source.kind, field) ? std::optional(
                              DateParser(m_source.mapping.dateFormats.value(field, DateFormat::Iso8601)))
                                                            : std::nullopt);
    // Ids are written out, each the largest stored plus one as SQLite's rowid would
    // take, so that a server workspace assigns the same ones.
    auto rejectInsert = m_database.prepare(
        "INSERT INTO import_errors (id, import_id, line, column_no, reason, raw) VALUES (?6, ?1, ?2, ?3, ?4, ?5)");
    auto largestError = m_database.prepare("SELECT COALESCE(max(id), 0) FROM import_errors");
    auto createLead =
        m_database.prepare("INSERT INTO leads (id, external_id, email, created_at, import_id) "
                           "VALUES ((SELECT COALESCE(max(id), 0) + 1 FROM leads), ?1, ?2, ?3, ?4) RETURNING id");
    for (auto *prepared : {&rejectInsert, &largestError, &createLead})
        if (!*prepared)
            return prepared->error();
    if (auto row = largestError->step(); !row)
        return row.error();
    m_nextErrorId = largestError->int64(0) + 1;
    m_rejectInsert = std::move(*rejectInsert);
    m_createLead = std::move(*createLead);
    return {};
}

QStringView ImportContext::cell(const CsvRecord &record, QStringView field) const
{
    return cellAt(record, m_columns.column(m_source.kind, field));
}

QStringView ImportContext::cellAt(const CsvRecord &record, int index) const
{
    if (index < 0 || index >= record.size())
        return {};
    const QStringView text = trimmedCell(record.field(index));
    if (const int placeholder = m_request.options.missingValues.match(text); placeholder >= 0) {
        ++m_placeholderCells[std::size_t(placeholder)];
        return {};
    }
    return text;
}

void ImportContext::reportMissingPlaceholders()
{
    const QStringList &texts = m_request.options.missingValues.texts();
    for (std::size_t i = 0; i < m_placeholderCells.size(); ++i)
        if (m_placeholderCells[i] > 0)
            m_report.missingPlaceholders.insert(texts[qsizetype(i)], m_placeholderCells[i]);
}

ImportContext::Field ImportContext::field(QStringView name) const
{
    const auto index = int(importFields(m_source.kind).indexOf(name));
    return {index, index < 0 ? -1 : m_columns.fieldColumn[std::size_t(index)]};
}

Result<std::optional<std::int64_t>> ImportContext::date(const CsvRecord &record, QStringView name) const
{
    return date(record, field(name));
}

Result<std::optional<std::int64_t>> ImportContext::date(const CsvRecord &record, Field field) const
{
    const QStringView text = cell(record, field);
    if (text.isEmpty())
        return std::optional<std::int64_t>();
    const auto &parser = m_dates[std::size_t(field.index)];
    if (parser->format() == DateFormat::Iso8601)
        if (const std::optional<std::int64_t> common = DateParser::commonIso(text))
            return common;
    auto seconds = parser->parse(text);
    if (!seconds) {
        Error error = seconds.error();
        error.column = field.column + 1;
        error.what = u"%1: %2 (read as %3)"_qs.arg(importFields(m_source.kind)[field.index], error.what,
                                                   dateFormatLabel(parser->format()));
        return error;
    }
    return std::optional<std::int64_t>(*seconds);
}

Status ImportContext::reject(const RecordBatch &batch, std::size_t record, int column, const QString &reason)
{
    ++m_report.rejected;
    const QString raw = batch.raw(record).toString();
    const int line = batch.line(record);
    if (m_report.firstRejected.size() < keptRejections)
        m_report.firstRejected.append(RejectedRow{line, column, reason, raw});
    // Stored with U+FFFD for a NUL, as the rejected rows' CSV writes it: a server's text
    // holds no NUL, and both stores keep the same row.
    const auto withoutNul = [](QString text) { return text.replace(QChar(0), QChar::ReplacementCharacter); };
    m_rejectInsert.bind(1, m_importId).bind(2, line).bind(3, column).bind(4, withoutNul(reason));
    m_rejectInsert.bind(5, withoutNul(raw));
    m_rejectInsert.bind(6, m_nextErrorId++);
    return m_rejectInsert.run();
}

Result<std::int64_t> ImportContext::resolveLead(QStringView key, QStringView email, std::int64_t createdAt)
{
    if (m_lastKey.repeats(key))
        return m_lastKey.lead;
    std::int64_t id = findLead(key, email);
    const QString keyText = key.toString();
    if (!id && m_request.options.createMissingLeads && !(key.isEmpty() && email.isEmpty())) {
        // A key with an @ and no e-mail column is the e-mail itself.
        const bool keyIsEmail = email.isEmpty() && key.contains(u'@');
        const QString externalId = keyIsEmail ? QString() : keyText;
        const QString normalised = LeadIndex::normaliseEmail(keyIsEmail ? key : email);
        m_createLead.bind(1, externalId).bind(2, normalised.isEmpty() ? QString() : normalised).bind(3, createdAt);
        m_createLead.bind(4, m_importId);
        auto created = m_createLead.step();
        id = created && *created ? m_createLead.int64(0) : 0;
        m_createLead.reset();
        if (!created)
            return created.error();
        m_leads.add(id, externalId, normalised);
        ++m_report.leadsCreated;
        if (m_imported) // a lead the leads file did not have: the store has it
            m_imported->giveUp();
    }
    m_lastKey = {keyText, id};
    return id;
}

std::int64_t ImportContext::findLeadWhileReading(QStringView key, QStringView email) const
{
    if (m_readLastKey.repeats(key))
        return m_readLastKey.lead;
    const std::int64_t id = findLead(key, email);
    m_readLastKey = {key.toString(), id};
    return id;
}

std::int64_t ImportContext::findLead(QStringView key, QStringView email) const
{
    std::int64_t id = key.isEmpty() ? 0 : m_leads.find(key);
    if (!id && !email.isEmpty())
        id = m_leads.byEmail(LeadIndex::normaliseEmail(email));
    return id;
}

void ImportContext::replaceTouchedSince(std::size_t mark, const std::vector<std::int64_t> &leads)
{
    m_touched.resize(std::min(mark, m_touched.size()));
    m_touched.insert(m_touched.end(), leads.begin(), leads.end());
    m_lastTouched = 0;
}

void ImportContext::touch(std::int64_t leadId)
{
    // Rows come grouped by lead: skip the repeats here, the rest are deduplicated at the end.
    if (leadId != m_lastTouched)
        m_touched.push_back(leadId);
    m_lastTouched = leadId;
}

} // namespace LeadStage
