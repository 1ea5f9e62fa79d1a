#pragma once

#include "ImportContext.h"
#include "RowImporter.h"
#include "ServerEventMerge.h"
#include "common/HashSlots.h"
#include "store/EventDetailIds.h"
#include "store/EventSequence.h"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace LeadStage {

// Events: the activity name mapped to a key and the time parsed while reading; the
// lead and the detail's id resolved in memory and one reused INSERT OR IGNORE while
// writing: an event already stored (same lead, time, activity and detail, the key of
// schema version 10) counts as a duplicate.
class EventRowImporter : public RowImporter
{
public:
    explicit EventRowImporter(ImportContext &context)
        : m_context(context)
    {}
    Status prepare() override;
    std::unique_ptr<RecordBatch> newBatch() const override;
    void read(const CsvRecord &record, RecordBatch &batch) override;
    Status write(RecordBatch &batch) override;
    Status finish() override;

private:
    struct Row
    {
        std::int64_t occurredAt;
        std::int64_t activityId;               // 0: an activity type to create from activityName
        std::int64_t leadId;                   // found while reading (leadsFixedWhileReading), else 0
        RecordBatch::Span lead, email, detail; // lead and email kept unless leadId; detail in UTF-8, empty: none
        RecordBatch::Span activityName;
        std::uint32_t detailSlot; // the reading half's number for the detail's text, 0: none
    };
    struct Activity
    {
        QString sourceName;
        std::int64_t id = 0; // 0: no mapping
    };
    // A resolved row waiting to be inserted with others in one statement.
    struct Pending
    {
        std::int64_t lead;
        std::int64_t detailId;
        std::int64_t activityId;
        const Row *row;
    };
    const Activity &activity(QStringView sourceName);
    Status store(RowsBatch<Row> &batch, const Row &row, std::size_t record);
    Status flush();
    Status streamToServer();
    void bindRow(Statement &statement, int first, const Pending &pending);
    Status touchStored();
    Result<std::int64_t> createdActivity(QStringView sourceName);

    static std::string insertSql(int rows);

    static constexpr int rowsPerInsert = 64;
    static constexpr int columnsPerRow = 4; // bound per row (insertSql)

    ImportContext &m_context;
    Statement m_insert;       // one row
    Statement m_insertMany;   // rowsPerInsert rows: SQLite's per-statement work shared
    Statement m_storedByThis; // which import stored a row, after a statement skipped some
    std::vector<Pending> m_pending;
    // On a server: the file's rows go through COPY to a table of the import's own first.
    std::optional<ServerEventMerge> m_server;
    std::string m_serverRows;
    std::size_t m_touchedMark = 0;
    bool m_reserved = false;                        // the rescore's event rows sized for the file
    EventDetailIds m_details{m_context.database()}; // writing half
    EventSequence m_ids{m_context.database()};      // writing half
    QHash<QString, std::int64_t> m_activityIds;     // key -> activity_types.id, read by the reading half
    // Stored types by their normalised key and label (the reading half): a type an
    // earlier import created matches its name again without a mapping entry.
    QHash<QString, std::int64_t> m_storedNames;
    QHash<QString, std::int64_t> m_createdIds; // writing half: key -> id of the types this file created
    Statement m_createType;
    Statement m_typeId;
    std::vector<Activity> m_activities;    // reading half: source names seen
    std::vector<HashSlot> m_activitySlots; // reading half: over m_activities
    // The file's fields, looked up once (prepare).
    ImportContext::Field m_activityField, m_occurredField, m_leadField, m_emailField, m_detailField;
    // A file holds a few dozen detail texts: the reading half numbers them (hashing each
    // row's text there), the writing half keeps each number's event_details id.
    std::uint32_t detailSlot(std::string_view text);
    std::deque<std::string> m_slotTexts; // reading half, by slot - 1: a deque never moves them
    std::vector<HashSlot> m_detailSlots; // reading half: over m_slotTexts
    std::string_view m_lastSlotText;
    std::uint32_t m_lastSlot = 0;
    std::vector<std::int64_t> m_slotIds; // writing half: by slot, 0 until the first row stores it
};

} // namespace LeadStage
