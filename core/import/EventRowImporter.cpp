#include "EventRowImporter.h"

#include "ImportedScoringInput.h"

#include "common/TextHash.h"
#include "store/Database.h"

#include <algorithm>

namespace LeadStage {

// `rows` events to a statement, four parameters each from ?3 on: the import's id (?1)
// is the same for every row, and the rows take consecutive ids from ?2, so that SQLite
// is handed two thirds of the values it was (a bound value costs more than an addition).
std::string EventRowImporter::insertSql(int rows)
{
    std::string sql =
        "INSERT OR IGNORE INTO events (lead_id, occurred_at, activity_id, detail_id, import_id, id) VALUES ";
    for (int row = 0; row < rows; ++row) {
        const int first = 3 + columnsPerRow * row;
        sql += row > 0 ? ", (" : "(";
        for (int column = 0; column < columnsPerRow; ++column)
            sql += '?' + std::to_string(first + column) + ", ";
        sql += "?1, ?2";
        sql += row > 0 ? " + " + std::to_string(row) + ")" : ")";
    }
    return sql;
}

Status EventRowImporter::prepare()
{
    auto types = m_context.database().prepare("SELECT key, id, label FROM activity_types");
    if (!types)
        return types.error();
    for (;;) {
        auto row = types->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        m_activityIds.insert(types->text(0), types->int64(1));
        m_storedNames.insert(ActivityMap::normalised(types->text(2)), types->int64(1));
        m_storedNames.insert(ActivityMap::normalised(types->text(0)), types->int64(1));
    }
    auto createType = m_context.database().prepare(
        "INSERT OR IGNORE INTO activity_types (id, key, label, track, category, import_id) "
        "VALUES ((SELECT COALESCE(max(id), 0) + 1 FROM activity_types), ?1, ?2, ?3, ?4, ?5)");
    auto typeId = m_context.database().prepare("SELECT id FROM activity_types WHERE key = ?1");
    for (auto *prepared : {&createType, &typeId})
        if (!*prepared)
            return prepared->error();
    m_createType = std::move(*createType);
    m_typeId = std::move(*typeId);
    auto insert = m_context.database().prepare(insertSql(1));
    auto many = m_context.database().prepare(insertSql(rowsPerInsert));
    auto stored = m_context.database().prepare(
        "SELECT import_id FROM events WHERE lead_id = ?1 AND occurred_at = ?2 AND activity_id = ?3 "
        "AND detail_id = ?4");
    for (auto *prepared : {&insert, &many, &stored})
        if (!*prepared)
            return prepared->error();
    m_insert = std::move(*insert);
    m_insertMany = std::move(*many);
    // Bindings outlive each run: the import's id is bound once.
    m_insert.bind(1, m_context.importId());
    m_insertMany.bind(1, m_context.importId());
    m_storedByThis = std::move(*stored);
    m_pending.reserve(rowsPerInsert);
    m_activityField = m_context.field(u"activity");
    m_occurredField = m_context.field(u"occurred_at");
    m_leadField = m_context.field(u"lead");
    m_emailField = m_context.field(u"email");
    m_detailField = m_context.field(u"detail");
    if (m_context.database().isServer()) {
        m_server.emplace(m_context.database());
        m_touchedMark = m_context.touchedMark();
        if (Status began = m_server->begin(); !began)
            return began;
    }
    if (Status status = m_ids.load(); !status)
        return status;
    return m_details.load();
}

std::unique_ptr<RecordBatch> EventRowImporter::newBatch() const
{
    return std::make_unique<RowsBatch<Row>>();
}

const EventRowImporter::Activity &EventRowImporter::activity(QStringView sourceName)
{
    // A file holds a few dozen activity names: a small table by hash, as comparing each
    // row's name with a list of them in turn took a twelfth of the reading thread.
    const std::uint32_t hash = textHash(sourceName);
    if (m_activitySlots.empty())
        m_activitySlots.resize(64);
    const std::size_t slot = slotFor(m_activitySlots, hash,
                                     [&](std::uint32_t ref) { return m_activities[ref - 1].sourceName == sourceName; });
    if (const std::uint32_t ref = m_activitySlots[slot].ref)
        return m_activities[ref - 1];
    Activity found{sourceName.toString(), 0};
    if (const auto key = m_context.activities().keyFor(sourceName))
        found.id = m_activityIds.value(*key);
    else
        found.id = m_storedNames.value(ActivityMap::normalised(sourceName));
    m_activities.push_back(found);
    m_activitySlots[slot] = {hash, std::uint32_t(m_activities.size())};
    if (m_activities.size() * 2 > m_activitySlots.size())
        m_activitySlots = rehashed(m_activitySlots, m_activitySlots.size() * 2);
    return m_activities.back();
}

void EventRowImporter::read(const CsvRecord &record, RecordBatch &batch)
{
    auto &rows = static_cast<RowsBatch<Row> &>(batch);
    const QStringView name = m_context.cell(record, m_activityField);
    if (name.isEmpty())
        return batch.reject(m_context.columnOf(u"activity"), u"activity: the cell is empty"_qs);
    const Activity &type = activity(name);
    if (!type.id && !m_context.options().createActivities)
        return batch.reject(m_context.columnOf(u"activity"),
                            u"activity: '%1' maps to no activity key; map it and import again"_qs.arg(name),
                            type.sourceName);
    const std::int64_t activityId = type.id;
    auto occurred = m_context.date(record, m_occurredField);
    if (!occurred)
        return batch.reject(occurred.error().column, occurred.error().what);
    if (!*occurred)
        return batch.reject(m_context.columnOf(u"occurred_at"), u"occurred_at: the cell is empty"_qs);
    const QStringView key = m_context.cell(record, m_leadField);
    const QStringView email = m_context.cell(record, m_emailField);
    const std::int64_t leadId = m_context.leadsFixedWhileReading() ? m_context.findLeadWhileReading(key, email) : 0;
    const RecordBatch::Span detail = batch.keepUtf8(m_context.cell(record, m_detailField));
    // A lead found needs no key: the writer keeps the texts only to look up or to name.
    rows.rows.push_back({**occurred, activityId, leadId, leadId ? RecordBatch::Span() : batch.keep(key),
                         leadId ? RecordBatch::Span() : batch.keep(email), detail,
                         activityId ? RecordBatch::Span() : batch.keep(name), detailSlot(batch.utf8(detail))});
}

std::uint32_t EventRowImporter::detailSlot(std::string_view text)
{
    if (text.empty())
        return 0;
    if (text == m_lastSlotText)
        return m_lastSlot;
    const std::uint32_t hash = textHash(text);
    if (m_detailSlots.empty())
        m_detailSlots.resize(64);
    std::size_t slot = slotFor(m_detailSlots, hash, [&](std::uint32_t ref) { return m_slotTexts[ref - 1] == text; });
    if (m_detailSlots[slot].ref == 0) {
        m_slotTexts.emplace_back(text);
        m_detailSlots[slot] = {hash, std::uint32_t(m_slotTexts.size())};
        if (m_slotTexts.size() * 2 > m_detailSlots.size()) {
            m_detailSlots = rehashed(m_detailSlots, m_detailSlots.size() * 2);
            slot = slotFor(m_detailSlots, hash, [&](std::uint32_t ref) { return m_slotTexts[ref - 1] == text; });
        }
    }
    m_lastSlot = m_detailSlots[slot].ref;
    m_lastSlotText = m_slotTexts[m_lastSlot - 1];
    return m_lastSlot;
}

Status EventRowImporter::write(RecordBatch &batch)
{
    auto &rows = static_cast<RowsBatch<Row> &>(batch);
    if (ImportedScoringInput *imported = m_context.imported();
        imported && !m_reserved && batch.bytesRead > 0 && m_context.sourceSize() > 0) {
        // The first batch tells the file's rows per byte: ten million rows grown by
        // doubling would briefly hold the old and the new copy. Generously, as pages
        // reserved and never written take no memory; the first rows may be long ones.
        m_reserved = true;
        const double perByte = double(batch.size()) / double(batch.bytesRead);
        const double expected = perByte * double(m_context.sourceSize());
        imported->reserveEvents(std::size_t(std::min(expected * 1.5, 5e7)));
    }
    if (Status status =
            m_context.writeInOrder(rows, [&](const Row &row, std::size_t record) { return store(rows, row, record); });
        !status)
        return status;
    // What waits points into the batch: it is written before the batch is reused.
    return flush();
}

Status EventRowImporter::store(RowsBatch<Row> &batch, const Row &row, std::size_t record)
{
    const QStringView key = batch.text(row.lead);
    auto lead = row.leadId || m_context.leadsFixedWhileReading()
                    ? Result<std::int64_t>(row.leadId)
                    : m_context.resolveLead(key, batch.text(row.email), row.occurredAt);
    if (!lead)
        return lead.error();
    if (!*lead)
        return m_context.reject(batch, record, m_context.columnOf(u"lead"),
                                u"no lead has the CRM id or e-mail '%1'; import the lead first, or let the import "
                                "create missing leads (--create-missing-leads)"_qs.arg(key));
    std::int64_t activityId = row.activityId;
    if (!activityId) {
        const QStringView name = batch.text(row.activityName);
        auto created = createdActivity(name);
        if (!created)
            return created.error();
        if (!*created)
            return m_context.reject(batch, record, m_context.columnOf(u"activity"),
                                    u"activity: '%1' has no letters or digits to make a key of"_qs.arg(name));
        activityId = *created;
        FileReport::CreatedActivity &said = m_context.report().createdActivities[name.toString()];
        said.key = ActivityMap::newKeyFor(name);
        ++said.rows;
    }
    if (row.detailSlot >= m_slotIds.size())
        m_slotIds.resize(std::size_t(row.detailSlot) + 1, 0);
    std::int64_t &detailId = m_slotIds[row.detailSlot];
    if (row.detailSlot && !detailId) {
        auto detail = m_details.idOf(batch.utf8(row.detail));
        if (!detail)
            return detail.error();
        detailId = *detail;
    }
    m_pending.push_back({*lead, detailId, activityId, &row});
    return int(m_pending.size()) == rowsPerInsert ? flush() : Status();
}

void EventRowImporter::bindRow(Statement &statement, int first, const Pending &pending)
{
    statement.bind(first, pending.lead).bind(first + 1, pending.row->occurredAt);
    statement.bind(first + 2, pending.activityId).bind(first + 3, pending.detailId);
}

// Inserts what waits: a full group in one statement, a short rest row by row. A row
// already stored (same lead, time, activity and detail: the key of schema version
// 10) is skipped by SQLite and counts as a duplicate.
Status EventRowImporter::flush()
{
    if (m_pending.empty())
        return {};
    if (m_server)
        return streamToServer();
    const bool many = int(m_pending.size()) == rowsPerInsert;
    std::int64_t inserted = 0;
    if (many) {
        for (int row = 0; row < rowsPerInsert; ++row)
            bindRow(m_insertMany, 3 + columnsPerRow * row, m_pending[std::size_t(row)]);
        m_insertMany.bind(2, m_ids.take(rowsPerInsert));
        if (Status status = m_insertMany.run(); !status)
            return status;
        inserted = m_context.database().changes();
        if (inserted == 0)
            m_ids.giveBack(rowsPerInsert);
    } else {
        for (Pending &pending : m_pending) {
            bindRow(m_insert, 3, pending);
            m_insert.bind(2, m_ids.take());
            if (Status status = m_insert.run(); !status)
                return status;
            const bool stored = m_context.database().changes() > 0;
            inserted += stored ? 1 : 0;
            if (!stored) {
                pending.lead = 0; // not touched by this row
                m_ids.giveBack(1);
            }
        }
    }
    m_context.report().inserted += inserted;
    m_context.report().duplicates += std::int64_t(m_pending.size()) - inserted;
    if (ImportedScoringInput *imported = m_context.imported()) {
        if (many && inserted < std::int64_t(m_pending.size()))
            imported->giveUp(); // which rows of the group SQLite skipped is not told
        else
            for (const Pending &pending : m_pending)
                if (pending.lead)
                    imported->addEvent(pending.lead, pending.row->occurredAt, pending.activityId, pending.detailId);
    }
    Status touched;
    if (many && inserted < std::int64_t(m_pending.size()))
        touched = touchStored();
    else
        for (const Pending &pending : m_pending)
            if (pending.lead)
                m_context.touch(pending.lead);
    m_pending.clear();
    return touched;
}

// Which rows are duplicates is known only once the file's rows are all on the server
// (ServerEventMerge): until then each counts as stored, and finish() corrects that.
Status EventRowImporter::streamToServer()
{
    const auto count = std::int64_t(m_pending.size());
    std::int64_t id = m_ids.take(count);
    m_serverRows.clear();
    for (const Pending &pending : m_pending) {
        ServerEventMerge::appendRow(m_serverRows, {id++, pending.lead, pending.row->occurredAt, pending.activityId,
                                                   pending.detailId, m_context.importId()});
        if (ImportedScoringInput *imported = m_context.imported())
            imported->addEvent(pending.lead, pending.row->occurredAt, pending.activityId, pending.detailId);
        m_context.touch(pending.lead);
    }
    m_pending.clear();
    return m_server->add(m_serverRows, count);
}

Status EventRowImporter::finish()
{
    if (m_server) {
        auto merged = m_server->finish(m_context.importId());
        if (!merged)
            return merged.error();
        m_context.report().inserted += merged->inserted;
        m_context.report().duplicates += merged->duplicates;
        if (merged->inserted == 0)
            m_ids.giveBack(merged->duplicates); // importing a file again moves the sequence on by nothing
        if (merged->touched) {
            m_context.replaceTouchedSince(m_touchedMark, *merged->touched);
            if (ImportedScoringInput *imported = m_context.imported())
                imported->giveUp(); // it holds the duplicates too
        }
    }
    return m_ids.save();
}

// Some rows of a group were stored already: a lead is touched only by rows this import
// stored (a row twice in the file touches its lead through the first).
Status EventRowImporter::touchStored()
{
    for (const Pending &pending : m_pending) {
        m_storedByThis.bind(1, pending.lead).bind(2, pending.row->occurredAt).bind(3, pending.activityId);
        m_storedByThis.bind(4, pending.detailId);
        auto found = m_storedByThis.step();
        const bool byThis = found && *found && m_storedByThis.int64(0) == m_context.importId();
        m_storedByThis.reset();
        if (!found)
            return found.error();
        if (byThis)
            m_context.touch(pending.lead);
    }
    return {};
}

// The activity type of a name no key is known for, created the first time this file
// needs it (ImportOptions::createActivities); 0 when the name makes no key.
Result<std::int64_t> EventRowImporter::createdActivity(QStringView sourceName)
{
    const QString key = ActivityMap::newKeyFor(sourceName);
    if (key.isEmpty())
        return std::int64_t(0);
    if (const auto it = m_createdIds.constFind(key); it != m_createdIds.cend())
        return *it;
    m_createType.bind(1, key).bind(2, sourceName.toString()).bind(3, createdActivityTrack);
    // The import it came from: its undo removes the type again (schema version 9).
    m_createType.bind(4, createdActivityCategory).bind(5, m_context.importId());
    if (Status created = m_createType.run(); !created)
        return created.error();
    m_typeId.bind(1, key);
    auto found = m_typeId.step();
    const std::int64_t id = found && *found ? m_typeId.int64(0) : 0;
    m_typeId.reset();
    if (!found)
        return found.error();
    if (ImportedScoringInput *imported = m_context.imported())
        imported->giveUp(); // its activity table was read before this type existed
    m_createdIds.insert(key, id);
    return id;
}

} // namespace LeadStage
