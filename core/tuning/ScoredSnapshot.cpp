#include "ScoredSnapshot.h"

#include "metrics/EventMonths.h"
#include "scoring/ScoringInput.h"

namespace LeadStage {

namespace {

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
    std::vector<MonthMark> marks;
    for (std::size_t row = 0; row < leads.size(); ++row) {
        const LeadScore &score = scores[row];
        if (score.iqlAt == noTime)
            continue;
        EventMonths::firstOfEachMonth(events.timesOf(row), asOf, score.iqlAt, score.mqlAt, marks);
        snapshot.addEventMonths(row, marks);
    }
    snapshot.finish();
    return snapshot;
}

} // namespace LeadStage
