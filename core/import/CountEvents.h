#pragma once

#include "CsvRecord.h"
#include "RecordBatch.h"
#include "common/Result.h"
#include "store/EventDetailIds.h"
#include "store/EventSequence.h"
#include "store/Statement.h"

#include <cstdint>
#include <vector>

namespace LeadStage {

class ImportContext;

// Lead-level activity counts of a leads file (a "TotalVisits" column, common in exports
// without event history) turned into that many events of an activity, dated at the
// lead's created date, so rules on that activity score them. The k-th event's detail
// is "COLUMN #k": importing the file again adds only what a grown count adds. A count
// over maxPerRow rejects its row, so a bad column cannot flood the store.
class CountEvents
{
public:
    static constexpr std::int64_t maxPerRow = 10000;

    explicit CountEvents(ImportContext &context);

    bool isEmpty() const { return m_columns.empty(); }
    // Before any row: each column in the header and each activity a stored type, else an
    // Error saying which (the import then stops and nothing lands).
    Status prepare();
    // Reading half: the counts of a record, one per column, or the rejection's reason
    // (with its 1-based column in `column`).
    Result<std::vector<std::int64_t>> read(const CsvRecord &record) const;
    // Writing half: the events of one lead, dated `at`. Tells how many were stored.
    Result<std::int64_t> write(std::int64_t lead, std::int64_t at, const std::vector<std::int64_t> &counts);
    // After the last row: the event ids handed out are kept.
    Status finish() { return isEmpty() ? Status() : m_ids.save(); }

private:
    struct Column
    {
        int index = -1; // in the header
        std::int64_t activityId = 0;
        std::vector<std::int64_t> detailIds; // of "COLUMN #k", made as needed
    };

    ImportContext &m_context;
    std::vector<Column> m_columns;
    EventDetailIds m_details;
    EventSequence m_ids;
    Statement m_insert;
};

} // namespace LeadStage
