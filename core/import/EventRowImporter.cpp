#include "EventRowImporter.h"

#include "store/Database.h"

namespace LeadStage {

Status EventRowImporter::prepare()
{
    auto types = m_context.database().prepare("SELECT key, id FROM activity_types");
    if (!types)
        return types.error();
    for (;;) {
        auto row = types->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        m_activityIds.insert(types->text(0), types->int64(1));
    }
    auto insert = m_context.database().prepare(
        "INSERT OR IGNORE INTO events (lead_id, occurred_at, activity_id, detail, import_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    m_insert = std::move(*insert);
    m_insert.bind(5, m_context.importId());
    return {};
}

std::unique_ptr<RecordBatch> EventRowImporter::newBatch() const
{
    return std::make_unique<RowsBatch<Row>>();
}

const EventRowImporter::Activity &EventRowImporter::activity(QStringView sourceName)
{
    // A file holds a few dozen activity names: a short list beats hashing every row.
    for (std::size_t i = 0; i < m_activities.size(); ++i)
        if (m_activities[i].sourceName == sourceName) {
            if (i > 0)
                std::swap(m_activities[i], m_activities[i - 1]);
            return m_activities[i > 0 ? i - 1 : 0];
        }
    Activity found{sourceName.toString(), 0};
    if (const auto key = m_context.activities().keyFor(sourceName))
        found.id = m_activityIds.value(*key);
    m_activities.push_back(found);
    return m_activities.back();
}

void EventRowImporter::read(const CsvRecord &record, RecordBatch &batch)
{
    auto &rows = static_cast<RowsBatch<Row> &>(batch);
    const QStringView name = m_context.cell(record, u"activity");
    if (name.isEmpty())
        return batch.reject(m_context.columnOf(u"activity"), u"activity: the cell is empty"_qs);
    const Activity &type = activity(name);
    if (!type.id)
        return batch.reject(m_context.columnOf(u"activity"),
                            u"activity: '%1' maps to no activity key; map it and import again"_qs.arg(name),
                            type.sourceName);
    const std::int64_t activityId = type.id;
    auto occurred = m_context.date(record, u"occurred_at");
    if (!occurred)
        return batch.reject(occurred.error().column, occurred.error().what);
    if (!*occurred)
        return batch.reject(m_context.columnOf(u"occurred_at"), u"occurred_at: the cell is empty"_qs);
    rows.rows.push_back({**occurred, activityId, batch.keep(m_context.cell(record, u"lead")),
                         batch.keep(m_context.cell(record, u"email")),
                         batch.keepUtf8(m_context.cell(record, u"detail"))});
}

Status EventRowImporter::write(RecordBatch &batch)
{
    auto &rows = static_cast<RowsBatch<Row> &>(batch);
    return m_context.writeInOrder(rows, [&](const Row &row, std::size_t record) { return store(rows, row, record); });
}

Status EventRowImporter::store(RowsBatch<Row> &batch, const Row &row, std::size_t record)
{
    const QStringView key = batch.text(row.lead);
    auto lead = m_context.resolveLead(key, batch.text(row.email), row.occurredAt);
    if (!lead)
        return lead.error();
    if (!*lead)
        return m_context.reject(batch, record, m_context.columnOf(u"lead"),
                                u"no lead has the CRM id or e-mail '%1'; import the lead first, or let the import "
                                "create missing leads (--create-missing-leads)"_qs.arg(key));
    m_insert.bind(1, *lead).bind(2, row.occurredAt).bind(3, row.activityId);
    if (row.detail.length == 0)
        m_insert.bindNull(4);
    else
        m_insert.bindUtf8(4, batch.utf8(row.detail));
    if (Status status = m_insert.run(); !status)
        return status;
    if (m_context.database().changes() == 0) {
        ++m_context.report().duplicates;
        return {};
    }
    ++m_context.report().inserted;
    m_context.touch(*lead);
    return {};
}

} // namespace LeadStage
