#include "ScoredSnapshot.h"

#include "metrics/Period.h"
#include "scoring/ScoringInput.h"

#include <algorithm>
#include <limits>

namespace LeadStage {

namespace {

// SnapshotLoader's margins around the IQL and MQL moments: 31 days.
constexpr std::int64_t eventMargin = 2678400;

constexpr LeadField fieldOf[dimensionCount] = {LeadField::Source, LeadField::Campaign, LeadField::Industry,
                                               LeadField::Country};

} // namespace

MetricsSnapshot ScoredSnapshot::build(const ScoringInput &input, std::span<const LeadScore> scores, std::int64_t asOf)
{
    const LeadColumns &leads = input.leads;
    MetricsSnapshot snapshot(asOf);
    SnapshotLead lead;
    for (std::size_t row = 0; row < leads.size(); ++row) {
        const LeadScore &score = scores[row];
        lead.id = leads.id(row);
        lead.createdAt = leads.createdAt(row);
        lead.iqlAt = score.iqlAt;
        lead.mqlAt = score.mqlAt;
        lead.pqlAt = score.pqlAt;
        lead.sqlAt = leads.sqlAt(row);
        lead.opportunityAt = leads.opportunityAt(row);
        lead.customerAt = leads.customerAt(row);
        lead.grade = score.grade;
        for (int dimension = 0; dimension < dimensionCount; ++dimension)
            lead.fields[std::size_t(dimension)] = leads.field(fieldOf[dimension]).at(row);
        snapshot.appendLead(lead);
    }
    const EventColumns &events = input.events;
    for (std::size_t row = 0; row < leads.size(); ++row) {
        const LeadScore &score = scores[row];
        if (score.iqlAt == noTime)
            continue;
        const std::int64_t from = score.iqlAt - eventMargin;
        const std::int64_t until = score.mqlAt == noTime ? asOf : std::min(asOf, score.mqlAt + eventMargin - 1);
        // The snapshot keeps the first event of each month: later events of a month
        // already marked are skipped without working out their month.
        std::int64_t monthEnd = std::numeric_limits<std::int64_t>::min();
        for (std::size_t event = events.begin(row); event < events.end(row); ++event) {
            const std::int64_t time = events.time(event);
            if (time > until)
                break; // a lead's events are in time order
            if (time < from || time < monthEnd)
                continue;
            snapshot.addEvent(row, time);
            monthEnd = Period::monthStart(Period::monthIndex(time) + 1);
        }
    }
    snapshot.finish();
    return snapshot;
}

} // namespace LeadStage
