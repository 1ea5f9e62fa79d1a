#pragma once

#include "ImportContext.h"
#include "RowImporter.h"

#include <QStringEncoder>

#include <string>
#include <vector>

namespace LeadStage {

// Events: the lead resolved in memory, the activity name mapped to a key, the time
// parsed, then one reused INSERT OR IGNORE: an event already stored (same lead, time,
// activity and detail, the unique index of schema version 3) counts as a duplicate.
class EventRowImporter : public RowImporter
{
public:
    explicit EventRowImporter(ImportContext &context) : m_context(context) {}
    Status prepare() override;
    Status import(const CsvRecord &record) override;

private:
    struct Activity
    {
        QString sourceName;
        std::int64_t id = 0; // 0: no mapping
    };
    const Activity &activity(QStringView sourceName);

    ImportContext &m_context;
    Statement m_insert;
    QHash<QString, std::int64_t> m_activityIds; // key -> activity_types.id
    std::vector<Activity> m_activities;          // source names seen, most recent first
    QStringEncoder m_toUtf8{QStringEncoder::Utf8};
    std::string m_detail; // reused: binding UTF-8 from here allocates nothing per row
};

} // namespace LeadStage
