#include "CountEvents.h"

#include "ImportContext.h"
#include "NumberCell.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace LeadStage {

CountEvents::CountEvents(ImportContext &context)
    : m_context(context)
    , m_details(context.database())
    , m_ids(context.database())
{}

Status CountEvents::prepare()
{
    const auto &wanted = m_context.options().countsAsEvents;
    if (wanted.empty())
        return {};
    const QStringList &header = m_context.columns().header;
    auto type = m_context.database().prepare("SELECT id FROM activity_types WHERE key = ?1");
    auto keys = m_context.database().prepare("SELECT group_concat(key, ', ') FROM (SELECT key FROM activity_types "
                                             "ORDER BY key) AS sorted");
    auto insert = m_context.database().prepare("INSERT OR IGNORE INTO events (lead_id, occurred_at, activity_id, "
                                               "detail_id, import_id, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (auto *prepared : {&type, &keys, &insert})
        if (!*prepared)
            return prepared->error();
    m_insert = std::move(*insert);
    for (const CountAsEvents &count : wanted) {
        Column column;
        column.index = int(header.indexOf(count.column));
        if (column.index < 0)
            return Error{
                QCoreApplication::translate("ImportError", "counts as events a column '%1' the file does not have")
                    .arg(count.column),
                m_context.sourcePath(), 1, 0,
                QCoreApplication::translate("ImportError", "Name one of its columns: %1.").arg(header.join(u", "_qs))};
        type->bind(1, count.activity);
        auto found = type->step();
        if (!found)
            return found.error();
        column.activityId = *found ? type->int64(0) : 0;
        type->reset();
        if (!column.activityId) {
            auto listed = keys->step();
            if (!listed)
                return listed.error();
            return Error{QCoreApplication::translate(
                             "ImportError", "'%1' (for the counts of '%2') is not an activity type of the workspace")
                             .arg(count.activity, count.column),
                         m_context.sourcePath(), 1, int(column.index) + 1,
                         QCoreApplication::translate("ImportError", "Use one of: %1.").arg(keys->text(0))};
        }
        m_context.report().countedEvents.append({count.column, count.activity, 0, 0});
        m_columns.push_back(std::move(column));
    }
    if (Status status = m_ids.load(); !status)
        return status;
    return m_details.load();
}

Result<std::vector<std::int64_t>> CountEvents::read(const CsvRecord &record) const
{
    std::vector<std::int64_t> counts;
    counts.reserve(m_columns.size());
    for (const Column &column : m_columns) {
        const QStringView cell = column.index < record.size() ? record.field(column.index).trimmed() : QStringView();
        const QString name = m_context.columns().header[column.index];
        std::int64_t count = 0;
        if (!cell.isEmpty()) {
            // Exports written by data tools say 5.0 for a count of five.
            auto whole = parseCount(cell);
            auto amount = whole ? Result<double>(double(*whole)) : parseAmount(cell);
            if (!amount || *amount < 0 || std::floor(*amount) != *amount)
                return Error{
                    QCoreApplication::translate("ImportError", "%1: '%2' is not a count (a whole number, zero or more)")
                        .arg(name, cell.toString()),
                    QString(), 0, column.index + 1};
            if (*amount > double(maxPerRow))
                return Error{QCoreApplication::translate(
                                 "ImportError", "%1: %2 is more than the %3 events a row may make (--count-as-events)")
                                 .arg(name, cell.toString(), QLocale(QLocale::English).toString(qlonglong(maxPerRow))),
                             QString(), 0, column.index + 1};
            count = std::int64_t(*amount);
        }
        counts.push_back(count);
    }
    return counts;
}

Result<std::int64_t> CountEvents::write(std::int64_t lead, std::int64_t at, const std::vector<std::int64_t> &counts)
{
    std::int64_t stored = 0;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        Column &column = m_columns[i];
        const std::string name = m_context.columns().header[column.index].toStdString();
        for (std::int64_t k = std::int64_t(column.detailIds.size()); k < counts[i]; ++k) {
            auto id = m_details.idOf(name + " #" + std::to_string(k + 1));
            if (!id)
                return id.error();
            column.detailIds.push_back(*id);
        }
        std::int64_t here = 0;
        for (std::int64_t k = 0; k < counts[i]; ++k) {
            m_insert.bind(1, lead).bind(2, at).bind(3, column.activityId);
            m_insert.bind(4, column.detailIds[std::size_t(k)]).bind(5, m_context.importId());
            m_insert.bind(6, m_ids.take());
            if (Status status = m_insert.run(); !status)
                return status.error();
            here += m_context.database().changes();
            if (m_context.database().changes() == 0)
                m_ids.giveBack(1);
        }
        FileReport::CountedEvents &said = m_context.report().countedEvents[qsizetype(i)];
        said.events += here;
        said.duplicates += counts[i] - here;
        stored += here;
    }
    return stored;
}

} // namespace LeadStage
