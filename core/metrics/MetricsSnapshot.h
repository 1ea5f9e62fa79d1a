#pragma once

#include "EventMonths.h"
#include "MetricsFilter.h"
#include "ValueDictionary.h"
#include "scoring/LeadScore.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace LeadStage {

// One lead as the snapshot takes it in: its filter fields, grade and stage moments.
struct SnapshotLead
{
    std::int64_t id = 0;
    std::int64_t createdAt = 0;
    std::int64_t iqlAt = noTime, mqlAt = noTime, pqlAt = noTime;
    std::int64_t sqlAt = noTime, opportunityAt = noTime, customerAt = noTime;
    Grade grade = Grade::D;
    std::array<QString, dimensionCount> fields; // indexed by Dimension
};

// Everything the dashboard's arithmetic reads, held in memory as compact columns
// (one vector per field, texts as dictionary ids), so every metric is a linear pass
// over plain arrays: about 100 bytes a lead plus 8 bytes per lead-month with events.
class MetricsSnapshot
{
public:
    // `asOf` is the analysis date lead_state was scored at; nothing after it is known.
    explicit MetricsSnapshot(std::int64_t asOf = 0)
        : m_asOf(asOf)
    {}

    // Room for about this many leads and months with events, asked of the system as
    // whole huge pages where it can: a million leads then fault in a few hundred
    // times instead of some fifty thousand, and no column is copied as it grows.
    void reserve(std::size_t leads, std::size_t eventMonths);
    // Rows must come in increasing lead id order.
    void appendLead(const SnapshotLead &lead);
    // The same for a caller that interned the four filter fields itself with
    // internField() (lead.fields is not read): once per distinct value, not per lead.
    void appendLead(const SnapshotLead &lead, const std::array<std::uint32_t, dimensionCount> &fieldValues);
    std::uint32_t internField(Dimension dimension, const QString &text, std::int64_t times)
    {
        return m_dictionaries[int(dimension)].intern(text, times);
    }
    // An event of the row last appended or an earlier one; rows never go back and
    // times within a row never decrease. Only leads that reached IQL keep events:
    // the engagement rate is the only metric that reads them.
    void addEvent(std::size_t row, std::int64_t time);
    // A row's months with events at once (lead_state.event_months), in month order; a
    // row takes either these or addEvent(), not both.
    void addEventMonths(std::size_t row, std::span<const MonthMark> marks);
    // Adds the rows of `later`, read apart (the next lead ids, the same analysis date,
    // not finished). Its field values are interned here in the order it met them, so
    // the dictionaries are those one pass over both would have built.
    void append(const MetricsSnapshot &later);
    // Seals the event index after the last lead and event.
    void finish();

    std::size_t size() const { return m_ids.size(); }
    std::int64_t asOf() const { return m_asOf; }
    // The earliest IQL or MQL month of any lead: where the dashboard's time axis
    // starts when the filter gives no start date. Empty when no lead reached either.
    std::optional<std::int32_t> firstFunnelMonth() const { return m_firstFunnelMonth; }

    std::int64_t leadId(std::size_t row) const { return m_ids[row]; }
    std::int64_t createdAt(std::size_t row) const { return m_createdAt[row]; }
    std::int64_t iqlAt(std::size_t row) const { return m_iqlAt[row]; }
    std::int64_t mqlAt(std::size_t row) const { return m_mqlAt[row]; }
    std::int64_t pqlAt(std::size_t row) const { return m_pqlAt[row]; }
    std::int64_t sqlAt(std::size_t row) const { return m_sqlAt[row]; }
    std::int64_t opportunityAt(std::size_t row) const { return m_opportunityAt[row]; }
    std::int64_t customerAt(std::size_t row) const { return m_customerAt[row]; }
    // Month indexes (Period::monthIndex) of iql_at and mql_at; meaningless when unset.
    std::int32_t iqlMonth(std::size_t row) const { return m_iqlMonth[row]; }
    std::int32_t mqlMonth(std::size_t row) const { return m_mqlMonth[row]; }
    Grade grade(std::size_t row) const { return Grade(m_grade[row]); }
    std::uint32_t field(Dimension dimension, std::size_t row) const { return m_fields[int(dimension)][row]; }
    std::span<const std::uint32_t> fieldColumn(Dimension dimension) const { return m_fields[int(dimension)]; }
    const ValueDictionary &dictionary(Dimension dimension) const { return m_dictionaries[int(dimension)]; }
    // The CRM's recorded stages (DESIGN §4), slot 0..3 = MQL, SQL, Opportunity,
    // Customer: a time, undatedTime, or noTime when not recorded. Rows come in
    // increasing order; only rows with some recorded stage are kept.
    static constexpr int recordedSlots = 4;
    using RecordedMoments = std::array<std::int64_t, recordedSlots>;
    void addRecorded(std::size_t row, int slot, std::int64_t at);
    // nullptr when the row has no recorded stage.
    const RecordedMoments *recorded(std::size_t row) const;
    std::size_t recordedLeads() const { return m_recordedRows.size(); }
    static Stage recordedStage(int slot);

    // Months with at least one event, ascending.
    std::span<const MonthMark> eventMonths(std::size_t row) const;

    std::size_t bytesUsed() const;

private:
    void closeEventRowsUpTo(std::size_t row);

    std::vector<std::int64_t> m_ids, m_createdAt, m_iqlAt, m_mqlAt, m_pqlAt, m_sqlAt, m_opportunityAt, m_customerAt;
    std::vector<std::int32_t> m_iqlMonth, m_mqlMonth;
    std::vector<std::uint8_t> m_grade;
    std::array<std::vector<std::uint32_t>, dimensionCount> m_fields;
    std::array<ValueDictionary, dimensionCount> m_dictionaries;
    // Compressed rows: marks of row r are m_marks[m_markStart[r] .. m_markStart[r + 1]).
    std::vector<std::uint32_t> m_markStart{0};
    std::vector<MonthMark> m_marks;
    std::vector<std::uint32_t> m_recordedRows;
    std::vector<RecordedMoments> m_recordedAt;
    std::int64_t m_asOf = 0;
    std::optional<std::int32_t> m_firstFunnelMonth;
};

} // namespace LeadStage
