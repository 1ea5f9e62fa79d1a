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

Status EventRowImporter::import(const CsvRecord &record)
{
    const QStringView name = m_context.cell(record, u"activity");
    if (name.isEmpty())
        return m_context.reject(record, m_context.columnOf(u"activity"), u"activity: the cell is empty"_qs);
    const Activity &type = activity(name);
    if (!type.id) {
        ++m_context.report().unmappedActivities[type.sourceName];
        return m_context.reject(record, m_context.columnOf(u"activity"),
                                u"activity: '%1' maps to no activity key; map it and import again"_qs.arg(name));
    }
    const std::int64_t activityId = type.id;
    auto occurred = m_context.date(record, u"occurred_at");
    if (!occurred)
        return m_context.reject(record, occurred.error());
    if (!*occurred)
        return m_context.reject(record, m_context.columnOf(u"occurred_at"), u"occurred_at: the cell is empty"_qs);
    auto lead = m_context.resolveLead(record, **occurred);
    if (!lead)
        return lead.error();
    if (!*lead)
        return m_context.reject(
            record, m_context.columnOf(u"lead"),
            u"no lead has the CRM id or e-mail '%1'; import the lead first, or let the import "
            "create missing leads (--create-missing-leads)"_qs.arg(m_context.cell(record, u"lead")));
    m_insert.bind(1, *lead).bind(2, **occurred).bind(3, activityId);
    if (const QStringView detail = m_context.cell(record, u"detail"); detail.isEmpty()) {
        m_insert.bindNull(4);
    } else {
        m_detail.resize(std::size_t(detail.size()) * 3);
        char *end = m_toUtf8.appendToBuffer(m_detail.data(), detail);
        m_insert.bindUtf8(4, std::string_view(m_detail.data(), std::size_t(end - m_detail.data())));
    }
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
