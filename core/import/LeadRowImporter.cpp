#include "LeadRowImporter.h"

#include "ImportedScoringInput.h"
#include "NumberCell.h"

#include "scoring/Moments.h"

#include "scoring/LeadBlocks.h"
#include "store/Database.h"
#include "store/ManyRowInsert.h"
#include "store/copy/CopyText.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/ServerTableSwap.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace LeadStage {

namespace {

// The text fields bound as ?3..?10, in this order.
const QString textFields[] = {u"first_name"_qs, u"last_name"_qs, u"company"_qs, u"job_title"_qs,
                              u"industry"_qs,   u"country"_qs,   u"source"_qs,  u"campaign"_qs};
static_assert(std::size(textFields) == 8, "LeadRowImporter::m_textFields holds one field a text");

} // namespace

struct LeadRowImporter::Row
{
    QString externalId, email;                       // null when empty; the lead index keeps them
    RecordBatch::Span externalIdUtf8, emailUtf8;     // the same in UTF-8 for SQLite, empty: NULL
    std::uint32_t externalIdHash = 0, emailHash = 0; // LeadIndex::hashOf, worked out while reading

    LeadIndex::Key externalIdKey() const { return {externalId, externalIdHash}; }
    LeadIndex::Key emailKey() const { return {email, emailHash}; }
    RecordBatch::Span texts[std::size(textFields)]; // UTF-8, empty: NULL
    std::optional<std::int64_t> employees, createdAt;
    RecordBatch::Span attrs;          // UTF-8 JSON
    std::vector<std::int64_t> counts; // one per count column (CountEvents)
    StageCells stages;
};

// On a server whose workspace holds no lead yet, a leads file that only adds leads
// (no stage or count columns, whose rows name the leads at once) fills a table of its
// own, keyed and checked in one pass at the end and put in the place of `leads`
// (ServerTableSwap): inserting into the keyed, referenced table checks each row by itself.
Status LeadRowImporter::chooseTable()
{
    Database &database = m_context.database();
    if (!database.isServer() || m_stages.mapped() || !m_context.options().countsAsEvents.empty())
        return {};
    auto any = database.prepare("SELECT count(*) FROM (SELECT 1 FROM leads LIMIT 1) AS stored");
    if (!any)
        return any.error();
    if (auto row = any->step(); !row)
        return row.error();
    if (any->int64(0) > 0)
        return {};
    m_table = "import_leads_next";
    return database.server()->execute("CREATE TABLE import_leads_next (LIKE leads INCLUDING DEFAULTS)",
                                      QCoreApplication::translate("ImportError", "importing leads"));
}

Status LeadRowImporter::prepare()
{
    if (Status chosen = chooseTable(); !chosen)
        return chosen;
    // Whether a row changes what is stored for lead ?14 (an empty cell keeps it).
    const std::string changes =
        "external_id IS NOT COALESCE(?1, external_id) OR email IS NOT COALESCE(?2, email) OR "
        "first_name IS NOT COALESCE(?3, first_name) OR last_name IS NOT COALESCE(?4, last_name) OR "
        "company IS NOT COALESCE(?5, company) OR job_title IS NOT COALESCE(?6, job_title) OR "
        "industry IS NOT COALESCE(?7, industry) OR country IS NOT COALESCE(?8, country) OR "
        "source IS NOT COALESCE(?9, source) OR campaign IS NOT COALESCE(?10, campaign) OR "
        "employees IS NOT COALESCE(?11, employees) OR created_at IS NOT COALESCE(?12, created_at) OR "
        "attrs IS NOT json_patch(attrs, ?13))";
    // OR FAIL (see manyRowInsert): a failure fails the whole import, whose transaction
    // then rolls back anyway.
    const std::string_view insertLeads =
        "INSERT OR FAIL INTO leads (id, external_id, email, first_name, last_name, company, job_title, industry, "
        "country, source, campaign, employees, created_at, attrs, import_id)";
    auto insert = m_context.database().prepare(manyRowInsert(insertLeads, columnsPerRow, 1));
    auto insertMany = m_context.database().prepare(manyRowInsert(insertLeads, columnsPerRow, rowsPerInsert));
    // An update fills in what the row has; an empty cell keeps what is stored.
    auto update = m_context.database().prepare(
        "UPDATE " + m_table
        + " SET external_id = COALESCE(?1, external_id), email = COALESCE(?2, email), "
          "first_name = COALESCE(?3, first_name), last_name = COALESCE(?4, last_name), company = COALESCE(?5, "
          "company), "
          "job_title = COALESCE(?6, job_title), industry = COALESCE(?7, industry), country = COALESCE(?8, country), "
          "source = COALESCE(?9, source), campaign = COALESCE(?10, campaign), employees = COALESCE(?11, employees), "
          "created_at = COALESCE(?12, created_at), attrs = json_patch(attrs, ?13) WHERE id = ?14 AND ("
        + changes);
    // The lead as it was, kept once per import for its undo (schema version 9): only
    // when the row changes what is stored (the update's own condition), and not for a
    // lead this import created, which its undo removes.
    auto keepPrevious = m_context.database().prepare(
        "INSERT OR IGNORE INTO import_lead_changes (import_id, lead_id, external_id, email, first_name, last_name, "
        "company, job_title, industry, employees, country, source, campaign, created_at, attrs) "
        "SELECT ?15, id, external_id, email, first_name, last_name, company, job_title, industry, employees, country, "
        "source, campaign, created_at, attrs FROM "
        + m_table + " WHERE id = ?14 AND import_id IS NOT ?15 AND (" + changes);
    auto largestId = m_context.database().prepare("SELECT COALESCE(max(id), 0) FROM " + m_table);
    for (auto *prepared : {&insert, &insertMany, &update, &keepPrevious, &largestId})
        if (!*prepared)
            return prepared->error();
    if (auto row = largestId->step(); !row)
        return row.error();
    m_nextId = largestId->int64(0) + 1;
    if (ImportedScoringInput *imported = m_context.imported(); imported && imported->nextLeadId() != m_nextId)
        imported->giveUp();
    if (Status counts = m_counts.prepare(); !counts)
        return counts;
    if (!m_counts.isEmpty()) {
        auto createdOf = m_context.database().prepare("SELECT created_at FROM leads WHERE id = ?1");
        if (!createdOf)
            return createdOf.error();
        m_createdOf = std::move(*createdOf);
        if (ImportedScoringInput *imported = m_context.imported())
            imported->giveUp(); // it gathers events from events files only
    }
    m_insert = std::move(*insert);
    m_insertMany = std::move(*insertMany);
    m_update = std::move(*update);
    m_keepPrevious = std::move(*keepPrevious);
    m_pending.reserve(rowsPerInsert);
    m_stagesMapped = m_stages.mapped();
    m_externalIdField = m_context.field(u"external_id");
    m_emailField = m_context.field(u"email");
    m_employeesField = m_context.field(u"employees");
    m_createdField = m_context.field(u"created_at");
    for (std::size_t i = 0; i < std::size(textFields); ++i)
        m_textFields[i] = m_context.field(textFields[i]);
    // validate() refused a file that maps a key column and asks for ids from lines.
    if (m_context.options().idsFromLines && m_context.columnOf(u"external_id") == 0
        && m_context.columnOf(u"email") == 0) {
        m_idsFromLines = QFileInfo(m_context.sourcePath()).fileName() + u':';
        m_context.report().idsFromLines = true;
    }
    return m_stagesMapped ? m_stages.prepare() : Status();
}

std::unique_ptr<RecordBatch> LeadRowImporter::newBatch() const
{
    return std::make_unique<Batch>();
}

// Binds a row's 13 values from `first` on, in the order of the insert's columns after
// the id; an empty cell binds NULL (an update keeps what is stored).
void LeadRowImporter::bindValues(Statement &statement, int first, const Batch &batch, const Row &row)
{
    const auto bindText = [&](int index, RecordBatch::Span text) {
        if (text.length == 0)
            statement.bindNull(index);
        else
            statement.bindUtf8UntilRun(index, batch.utf8(text));
    };
    bindText(first, row.externalIdUtf8);
    bindText(first + 1, row.emailUtf8);
    for (int i = 0; i < int(std::size(textFields)); ++i)
        bindText(first + 2 + i, row.texts[i]);
    statement.bind(first + 10, row.employees).bind(first + 11, row.createdAt);
    statement.bindUtf8UntilRun(first + 12, batch.utf8(row.attrs));
}

Status LeadRowImporter::insert(const Batch &batch, const Row &row)
{
    const std::int64_t id = m_nextId++;
    if (std::size_t(id) >= m_seen.size())
        m_seen.resize(std::size_t(id) * 2 + 1024);
    m_seen[std::size_t(id)] = true;
    CreatedDates &created = m_context.report().createdDates;
    if (row.createdAt) {
        ++created.fromColumn;
    } else {
        ++created.fromImport; // until ImportJob finds a first event, when asked to
        if (m_context.options().missingCreatedDate == MissingCreatedDate::FirstEvent)
            m_context.undatedLeads().push_back(id);
    }
    m_context.leads().add(id, row.externalIdKey(), row.emailKey());
    m_context.touch(id);
    ++m_context.report().inserted;
    // A server checks each event's lead at once: its counts wait until the lead is stored.
    if (m_context.database().isServer() && !m_counts.isEmpty())
        m_pendingCounts.push_back({id, &row});
    else if (Status counted = writeCounts(id, row.createdAt.value_or(m_context.startedAt()), row); !counted)
        return counted;
    m_pending.push_back({id, &row});
    if (!row.stages.empty())
        m_pendingStages.emplace_back(id, row.stages);
    return int(m_pending.size()) == rowsPerInsert ? flush(batch) : Status();
}

// Stores the waiting leads: a full group in one statement, a short rest row by row;
// on a server, into the COPY the connection keeps open between groups.
Status LeadRowImporter::flush(const Batch &batch)
{
    if (m_context.database().isServer())
        return streamToServer(batch);
    const bool many = int(m_pending.size()) == rowsPerInsert;
    for (std::size_t i = 0; i < m_pending.size(); ++i) {
        Statement &statement = many ? m_insertMany : m_insert;
        const int first = many ? 1 + columnsPerRow * int(i) : 1;
        const Row &row = *m_pending[i].row;
        statement.bind(first, m_pending[i].id);
        bindValues(statement, first + 1, batch, row);
        // A lead without a creation date counts from the import (or, when asked, from its
        // first event: ImportJob sets that once every file has landed).
        statement.bind(first + 12, row.createdAt.value_or(m_context.startedAt()));
        statement.bind(first + 14, m_context.importId());
        if (!many)
            if (Status status = m_insert.run(); !status)
                return status;
    }
    if (many)
        if (Status status = m_insertMany.run(); !status)
            return status;
    m_pending.clear();
    return {};
}

Status LeadRowImporter::streamToServer(const Batch &batch)
{
    if (m_pending.empty())
        return {};
    const auto text = [&batch](RecordBatch::Span span) {
        return span.length == 0 ? FieldValue{} : FieldValue{FieldValue::Kind::Text, 0, 0, batch.utf8(span)};
    };
    const auto integer = [](std::int64_t value) { return FieldValue{FieldValue::Kind::Integer, value, 0, {}}; };
    std::array<FieldValue, columnsPerRow> cells;
    m_serverRows.clear();
    for (const Pending &pending : m_pending) {
        const Row &row = *pending.row;
        cells[0] = integer(pending.id);
        cells[1] = text(row.externalIdUtf8);
        cells[2] = text(row.emailUtf8);
        for (std::size_t i = 0; i < std::size(textFields); ++i)
            cells[3 + i] = text(row.texts[i]);
        cells[11] = row.employees ? integer(*row.employees) : FieldValue{};
        cells[12] = integer(row.createdAt.value_or(m_context.startedAt()));
        cells[13] = FieldValue{FieldValue::Kind::Text, 0, 0, batch.utf8(row.attrs)};
        cells[14] = integer(m_context.importId());
        CopyText::appendRow(m_serverRows, cells);
    }
    m_pending.clear();
    return m_context.database().server()->streamRows(
        "COPY " + m_table
            + " (id, external_id, email, first_name, last_name, company, job_title, industry, country, source, "
              "campaign, employees, created_at, attrs, import_id) FROM STDIN",
        m_serverRows, QCoreApplication::translate("ImportError", "importing leads"));
}

Status LeadRowImporter::flushStages()
{
    for (const auto &[lead, cells] : m_pendingStages)
        if (auto stored = m_stages.store(lead, cells); !stored)
            return stored.error();
    m_pendingStages.clear();
    return {};
}

Status LeadRowImporter::updateOrSkip(std::int64_t id, const Batch &batch, const Row &row)
{
    if (m_context.options().onMatch == OnMatch::Skip) {
        ++m_context.report().skipped;
        return {};
    }
    if (Status flushed = flush(batch); !flushed) // the lead may be one still waiting
        return flushed;
    if (Status flushed = flushStages(); !flushed) // in file order, before this row's
        return flushed;
    bindValues(m_keepPrevious, 1, batch, row);
    m_keepPrevious.bind(14, id).bind(15, m_context.importId());
    if (Status kept = m_keepPrevious.run(); !kept)
        return kept;
    bindValues(m_update, 1, batch, row);
    m_update.bind(14, id);
    if (Status status = m_update.run(); !status)
        return status;
    bool changed = m_context.database().changes() > 0;
    if (Status counted = writeCounts(id, std::nullopt, row); !counted)
        return counted;
    if (!row.stages.empty()) {
        auto stagesChanged = m_stages.store(id, row.stages);
        if (!stagesChanged)
            return stagesChanged.error();
        changed = changed || *stagesChanged;
    }
    // A row that matches what is stored changes nothing: counted apart, nothing to rescore.
    if (!changed) {
        ++m_context.report().unchanged;
        return {};
    }
    m_context.leads().add(id, row.externalIdKey(), row.emailKey());
    m_context.touch(id);
    ++m_context.report().updated;
    return {};
}

Result<std::int64_t> LeadRowImporter::match(Batch &batch, std::size_t record, const Row &row)
{
    const QString &externalId = row.externalId;
    const QString &email = row.email;
    if (!externalId.isEmpty())
        if (const std::int64_t id = m_context.leads().byExternalId(row.externalIdKey()))
            return id;
    if (email.isEmpty())
        return std::int64_t(0);
    const std::int64_t id = m_context.leads().byEmail(row.emailKey());
    if (!id || externalId.isEmpty())
        return id;
    // Same e-mail, another CRM id: merging two CRM records silently would lose one.
    if (Status flushed = flush(batch); !flushed) // the lead may be one still waiting
        return flushed.error();
    auto stored = m_context.database().prepare("SELECT external_id FROM " + m_table + " WHERE id = ?1");
    if (!stored)
        return stored.error();
    stored->bind(1, id);
    if (auto found = stored->step(); !found)
        return found.error();
    if (!stored->isNull(0) && stored->text(0) != externalId) {
        const QString reason =
            u"e-mail %1 belongs to the lead with CRM id %2, not %3"_qs.arg(email, stored->text(0), externalId);
        if (Status status = m_context.reject(batch, record, m_context.columnOf(u"email"), reason); !status)
            return status.error();
        return std::int64_t(-1);
    }
    return id;
}

void LeadRowImporter::read(const CsvRecord &record, RecordBatch &batch)
{
    Row row;
    const QStringView externalId = m_context.cell(record, m_externalIdField);
    if (!externalId.isEmpty())
        row.externalId = externalId.toString();
    if (const QString email = LeadIndex::normaliseEmail(m_context.cell(record, m_emailField)); !email.isEmpty())
        row.email = email;
    if (!m_idsFromLines.isEmpty())
        row.externalId = m_idsFromLines + QString::number(record.line());
    if (row.externalId.isEmpty() && row.email.isEmpty())
        return batch.reject(0, u"the row has neither a CRM id nor an e-mail"_qs);
    // Encoded here, on the reading thread: the writing one binds them as they are.
    row.externalIdUtf8 = batch.keepUtf8(row.externalId);
    row.emailUtf8 = batch.keepUtf8(row.email);
    row.externalIdHash = LeadIndex::hashOf(row.externalId);
    row.emailHash = LeadIndex::hashOf(row.email);
    if (const QStringView employees = m_context.cell(record, m_employeesField); !employees.isEmpty()) {
        auto count = parseCount(employees);
        if (!count)
            return batch.reject(m_context.columnOf(u"employees"), u"employees: "_qs + count.error().what);
        row.employees = *count;
    }
    auto created = m_context.date(record, m_createdField);
    if (!created)
        return batch.reject(created.error().column, created.error().what);
    row.createdAt = *created;
    if (!m_counts.isEmpty()) {
        auto counts = m_counts.read(record);
        if (!counts)
            return batch.reject(counts.error().column, counts.error().what);
        row.counts = std::move(*counts);
    }
    if (m_stagesMapped) {
        auto stages = m_stages.read(record);
        if (!stages)
            return batch.reject(stages.error().column, stages.error().what);
        row.stages = *stages;
    }
    for (int i = 0; i < int(std::size(textFields)); ++i)
        row.texts[i] = batch.keepUtf8(m_context.cell(record, m_textFields[std::size_t(i)]));
    m_attrs.start();
    for (int column : m_context.columns().attributeColumns)
        if (const QStringView value = m_context.cellAt(record, column); !value.isEmpty())
            m_attrs.add(m_context.columns().header[column], value);
    row.attrs = batch.keepUtf8(m_attrs.finish());
    if (ImportedScoringInput *imported = m_context.imported())
        addImported(*imported, batch, row);
    static_cast<Batch &>(batch).rows.push_back(std::move(row));
}

// The cells as the writer stores them (insert() and flush()), for the rescore: read on
// this thread, which waits for the writer anyway.
void LeadRowImporter::addImported(ImportedScoringInput &imported, const RecordBatch &batch, const Row &row) const
{
    const QByteArray email = row.email.toUtf8();
    LeadColumns::Cells cells;
    cells.createdAt = row.createdAt.value_or(m_context.startedAt());
    cells.company = batch.utf8(row.texts[2]);
    cells.jobTitle = batch.utf8(row.texts[3]);
    cells.industry = batch.utf8(row.texts[4]);
    cells.country = batch.utf8(row.texts[5]);
    cells.source = batch.utf8(row.texts[6]);
    cells.campaign = batch.utf8(row.texts[7]);
    cells.email = std::string_view(email.constData(), std::size_t(email.size()));
    cells.attrs = batch.utf8(row.attrs);
    cells.employees = row.employees;
    // A new lead's outcomes are the undated ones of its row (DESIGN §4).
    const auto undated = [&row](StageCells::Outcome outcome) {
        return (row.stages.undatedOutcomes & outcome) ? std::optional<std::int64_t>(undatedTime) : std::nullopt;
    };
    cells.sqlAt = undated(StageCells::Sql);
    cells.opportunityAt = undated(StageCells::Opportunity);
    cells.customerAt = undated(StageCells::Customer);
    imported.addLead(cells);
}

Status LeadRowImporter::write(RecordBatch &batch)
{
    auto &rows = static_cast<Batch &>(batch);
    if (!m_reserved && batch.bytesRead > 0 && m_context.sourceSize() > 0) {
        // The first batch tells the file's rows per byte: the lead index is sized once.
        m_reserved = true;
        const double perByte = double(batch.size()) / double(batch.bytesRead);
        const auto expected = qsizetype(std::min(perByte * double(m_context.sourceSize()), 5e7));
        m_context.leads().reserve(m_context.leads().size() + expected);
        // Each lead is touched by its row and, once, by an events file of the same import.
        m_context.reserveTouched(2 * std::size_t(expected));
        if (!m_context.database().isServer())
            if (Status sized = sizePageCache(m_context.leads().size() + expected); !sized)
                return sized;
    }
    // Each row's key slots are asked for a few rows before its lookups (LeadIndex::prefetch).
    for (std::size_t row = 0; row < rowsAhead; ++row)
        prefetchKeys(rows, row);
    if (Status status = m_context.writeInOrder(rows,
                                               [&](const Row &row, std::size_t record) {
                                                   prefetchKeys(rows, std::size_t(&row - rows.rows.data()) + rowsAhead);
                                                   return store(rows, row, record);
                                               });
        !status)
        return status;
    // What waits points into the batch: it is stored before the batch is reused.
    if (Status status = flush(rows); !status)
        return status;
    for (const Pending &counts : m_pendingCounts)
        if (Status counted = writeCounts(counts.id, counts.row->createdAt.value_or(m_context.startedAt()), *counts.row);
            !counted)
            return counted;
    m_pendingCounts.clear();
    return flushStages();
}

// SQLite's page cache for this import (ImportJob puts the usual one back): room for the
// two key indexes of the leads there will be, whose pages a file's leads hit at random,
// and for little more. The usual quarter of a gigabyte only had to be zeroed page by
// page first: on 1 M leads 128 MB wrote the leads a tenth faster, with 200 MB less memory.
Status LeadRowImporter::sizePageCache(qsizetype leads)
{
    constexpr qsizetype bytesPerLead = 128;
    constexpr qsizetype leastKiB = 64 * 1024, mostKiB = 256 * 1024;
    const qsizetype kib = std::clamp<qsizetype>(leads * bytesPerLead / 1024, leastKiB, mostKiB);
    return m_context.database().exec("PRAGMA cache_size = -" + std::to_string(kib));
}

void LeadRowImporter::prefetchKeys(const Batch &batch, std::size_t row) const
{
    if (row < batch.rows.size())
        m_context.leads().prefetch(batch.rows[row].externalIdKey(), batch.rows[row].emailKey());
}

Status LeadRowImporter::store(Batch &batch, const Row &row, std::size_t record)
{
    auto matched = match(batch, record, row);
    if (!matched)
        return matched.error();
    // Only an inserted row is stored as the reading half saw it.
    if (*matched != 0)
        if (ImportedScoringInput *imported = m_context.imported())
            imported->giveUp();
    if (*matched < 0)
        return {};
    if (*matched > 0)
        noteRepeat(*matched, row);
    // A new lead's e-mail was looked up by match() already and belongs to nobody.
    if (const std::int64_t owner = !*matched || row.email.isEmpty() ? 0 : m_context.leads().byEmail(row.emailKey());
        owner && owner != *matched)
        return m_context.reject(batch, record, m_context.columnOf(u"email"),
                                u"e-mail %1 belongs to another lead than CRM id %2"_qs.arg(row.email, row.externalId));
    return *matched ? updateOrSkip(*matched, batch, row) : insert(batch, row);
}

} // namespace LeadStage

namespace LeadStage {

// A row that matched a lead is a repeat when an earlier row of this file matched or
// created that lead; the key it matched by is what repeats.
void LeadRowImporter::noteRepeat(std::int64_t id, const Row &row)
{
    if (std::size_t(id) >= m_seen.size())
        m_seen.resize(std::size_t(id) * 2 + 1024);
    if (!m_seen[std::size_t(id)]) {
        m_seen[std::size_t(id)] = true;
        return;
    }
    const bool byExternalId = !row.externalId.isEmpty() && m_context.leads().byExternalId(row.externalId) == id;
    m_repeated.add(byExternalId ? u"external_id"_qs : u"email"_qs, byExternalId ? row.externalId : row.email);
}

// The row's count columns as events at the lead's created date: `createdAt`, or for an
// updated lead the date stored now.
Status LeadRowImporter::writeCounts(std::int64_t id, std::optional<std::int64_t> createdAt, const Row &row)
{
    if (m_counts.isEmpty())
        return {};
    if (!createdAt) {
        m_createdOf.bind(1, id);
        auto found = m_createdOf.step();
        createdAt = found && *found ? m_createdOf.int64(0) : m_context.startedAt();
        m_createdOf.reset();
        if (!found)
            return found.error();
    }
    auto stored = m_counts.write(id, *createdAt, row.counts);
    if (!stored)
        return stored.error();
    if (*stored > 0)
        m_context.touch(id);
    return {};
}

Status LeadRowImporter::finish()
{
    m_context.report().repeatedKeyRows = m_repeated.rows();
    m_context.report().topRepeatedKeys = m_repeated.top();
    if (m_table != "leads") {
        Database &database = m_context.database();
        const QString doing = QCoreApplication::translate("ImportError", "importing leads");
        ServerTableSwap swap(*database.server(), u"leads"_qs, QString::fromStdString(m_table), doing);
        if (Status copied = swap.copyConstraints(); !copied)
            return copied;
        if (Status replaced = swap.replace(); !replaced)
            return replaced;
        // The packed copy's triggers on leads went with the old table.
        if (Status forgotten = LeadBlocks::forget(database); !forgotten)
            return forgotten;
    }
    return m_counts.finish();
}

} // namespace LeadStage
