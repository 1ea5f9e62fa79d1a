#include "OutcomeTimes.h"

#include "BackTest.h"
#include "scoring/Moments.h"
#include "scoring/ScoringInput.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <unordered_map>

namespace LeadStage {

namespace {

// recorded_stages.stage, in the order of Stage from MQL on.
constexpr std::array<std::pair<Stage, const char *>, 4> recordable = {
    {{Stage::MQL, "MQL"}, {Stage::SQL, "SQL"}, {Stage::Opportunity, "Opportunity"}, {Stage::Customer, "Customer"}}};

void include(OutcomeTimes &times, std::size_t lead, std::int64_t at)
{
    if (at == noTime)
        return;
    if (at == undatedTime) {
        times.undated[lead] = 1;
        return;
    }
    std::int64_t &first = times.datedAt[lead];
    if (first == noTime || at < first)
        first = at;
}

} // namespace

std::int64_t OutcomeTimes::undatedLeads() const
{
    std::int64_t count = 0;
    for (std::size_t lead = 0; lead < undated.size(); ++lead)
        count += undated[lead] && datedAt[lead] == noTime ? 1 : 0;
    return count;
}

std::int64_t OutcomeTimes::reachedLeads() const
{
    std::int64_t count = 0;
    for (std::size_t lead = 0; lead < undated.size(); ++lead)
        count += undated[lead] || datedAt[lead] != noTime ? 1 : 0;
    return count;
}

OutcomeTimes OutcomeTimes::ofStage(const ScoringInput &input, OutcomeStage stage)
{
    const LeadColumns &leads = input.leads;
    OutcomeTimes times;
    times.datedAt.assign(leads.size(), noTime);
    times.undated.assign(leads.size(), 0);
    for (std::size_t lead = 0; lead < leads.size(); ++lead) {
        include(times, lead, leads.customerAt(lead));
        if (stage != OutcomeStage::Customer)
            include(times, lead, leads.opportunityAt(lead));
        if (stage == OutcomeStage::Sql)
            include(times, lead, leads.sqlAt(lead));
    }
    return times;
}

Result<OutcomeTimes> OutcomeTimes::ofRecorded(Database &database, const LeadColumns &leads, Stage from)
{
    OutcomeTimes times;
    times.datedAt.assign(leads.size(), noTime);
    times.undated.assign(leads.size(), 0);
    auto version8 = Schema::hasUndatedOutcomes(database);
    if (!version8)
        return version8.error();
    if (!*version8)
        return times;
    std::unordered_map<std::int64_t, std::size_t> position;
    position.reserve(leads.size());
    for (std::size_t lead = 0; lead < leads.size(); ++lead)
        position.emplace(leads.id(lead), lead);
    auto query = database.prepare("SELECT lead_id, at FROM recorded_stages WHERE stage IN (?1, ?2, ?3, ?4)");
    if (!query)
        return query.error();
    int index = 1;
    for (const auto &[stage, name] : recordable)
        query->bindUtf8(index++, stage >= from ? std::string_view(name) : std::string_view());
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const auto found = position.find(query->int64(0));
        if (found != position.end())
            include(times, found->second, query->isNull(1) ? undatedTime : query->int64(1));
    }
    return times;
}

QString recordedOutcomeName(Stage stage)
{
    return u"recorded:"_qs + stageName(stage).toLower();
}

std::optional<Stage> recordedStageFromName(QStringView name)
{
    for (const auto &[stage, text] : recordable)
        if (name.compare(QLatin1StringView(text), Qt::CaseInsensitive) == 0)
            return stage;
    return std::nullopt;
}

} // namespace LeadStage
