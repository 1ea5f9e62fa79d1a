#include "DemoGenerator.h"

#include "DemoProfile.h"
#include "Random.h"
#include "common/TimeFormat.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <vector>

namespace LeadStage {

namespace {

constexpr std::int64_t day = 86400;
constexpr std::int64_t month = 30 * day;

using Demo::Weighted;

// A weighted table with its weights and detail lists looked up once, so the
// per-event work is a pick and an index.
struct ActivityTable
{
    explicit ActivityTable(const std::vector<Weighted> &entries)
    {
        for (const Weighted &entry : entries) {
            keys.push_back(entry.value);
            weights.push_back(entry.weight);
            details.push_back(&Demo::detailsFor(entry.value));
        }
    }

    DemoEvent event(Random &random, std::int64_t at) const
    {
        const std::size_t index = random.pick(weights);
        const auto &pool = *details[index];
        return {at, keys[index], pool.empty() ? std::string_view() : pool[random.next() % pool.size()]};
    }

    std::vector<std::string_view> keys;
    std::vector<double> weights;
    std::vector<const std::vector<std::string_view> *> details;
};

struct Tables
{
    ActivityTable nurture{Demo::nurtureActivities()};
    ActivityTable discovery{Demo::discoveryActivities()};
    ActivityTable intent{Demo::intentActivities()};
    ActivityTable trigger{Demo::triggerActivities()};
    ActivityTable product{Demo::productActivities()};
    std::vector<double> industryWeights, sourceWeights, countryWeights, titleWeights;

    Tables()
    {
        for (const auto &industry : Demo::industries())
            industryWeights.push_back(industry.weight);
        for (const auto &source : Demo::sources())
            sourceWeights.push_back(source.weight);
        for (const auto &country : Demo::countries())
            countryWeights.push_back(country.weight);
        for (const auto &title : Demo::jobTitles())
            titleWeights.push_back(title.weight);
    }
};

// Lower-case ASCII for e-mail addresses and domains ("Müller" -> "mueller").
std::string asciiWord(std::string_view text)
{
    std::string word;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC) {
            word += "ue";
            ++i;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word += char(c);
        } else if (c >= 'A' && c <= 'Z') {
            word += char(c - 'A' + 'a');
        } else if (c == ',' || c == '.') {
            break; // "Industries, Inc." -> "industries"
        }
    }
    return word;
}

// Creation times for every lead over the generated months, with seasonality, sorted.
std::vector<std::int64_t> creationTimes(const DemoOptions &options)
{
    int endYear = 0, endMonth = 0, endDay = 0;
    civilFromDays(options.endDate / day, endYear, endMonth, endDay);
    std::vector<std::int64_t> monthStart, monthEnd;
    std::vector<double> weights;
    for (int back = options.months - 1; back >= 0; --back) {
        const int index = endYear * 12 + (endMonth - 1) - back;
        const int year = index / 12, monthOfYear = index % 12 + 1;
        monthStart.push_back(daysFromCivil(year, monthOfYear, 1) * day);
        const int nextIndex = index + 1;
        const std::int64_t nextStart = daysFromCivil(nextIndex / 12, nextIndex % 12 + 1, 1) * day;
        monthEnd.push_back(std::min(nextStart, options.endDate + 1));
        weights.push_back(Demo::monthSeasonality(monthOfYear) * double(monthEnd.back() - monthStart.back()));
    }
    Random random(options.seed, 0xC4EA7EDULL);
    std::vector<std::int64_t> times(std::size_t(options.leads));
    for (auto &time : times) {
        const std::size_t m = random.pick(weights);
        time = random.between(monthStart[m], monthEnd[m] - 1);
    }
    std::sort(times.begin(), times.end());
    return times;
}

DemoLead makeLead(const Tables &tables, Random &random, std::int64_t id, std::int64_t createdAt)
{
    DemoLead lead;
    lead.id = id;
    lead.createdAt = createdAt;
    char externalId[24];
    std::snprintf(externalId, sizeof externalId, "L%07lld", static_cast<long long>(id));
    lead.externalId = externalId;
    const auto &first = Demo::firstNames(), &last = Demo::lastNames();
    lead.firstName = first[random.next() % first.size()];
    lead.lastName = last[random.next() % last.size()];
    const auto &words = Demo::companyWords(), &suffixes = Demo::companySuffixes();
    const std::string_view word = words[random.next() % words.size()];
    const std::string_view suffix = suffixes[random.next() % suffixes.size()];
    lead.company = std::string(word) + ' ' + std::string(suffix);
    lead.email = asciiWord(lead.firstName) + '.' + asciiWord(lead.lastName) + '.' + std::to_string(id) + '@'
                 + asciiWord(word) + asciiWord(suffix) + ".example";
    lead.industry = Demo::industries()[random.pick(tables.industryWeights)].name;
    const auto &source = Demo::sources()[random.pick(tables.sourceWeights)];
    lead.source = source.name;
    lead.campaign = source.campaigns[random.next() % source.campaigns.size()];
    lead.country = Demo::countries()[random.pick(tables.countryWeights)].value;
    lead.jobTitle = Demo::jobTitles()[random.pick(tables.titleWeights)].value;
    // Company sizes are log-uniform between 5 and 20 000 employees.
    lead.employees = int(std::lround(std::exp(random.uniform(std::log(5.0), std::log(20000.0)))));
    return lead;
}

// How likely this lead is to start buying, from its vertical and how well it fits.
double buyingChance(const DemoLead &lead, const Demo::Industry &industry)
{
    double chance = industry.buyerShare;
    if (lead.employees >= 50 && lead.employees <= 5000)
        chance *= 1.25;
    const std::string_view title = lead.jobTitle;
    if (title.find("Marketing") != std::string_view::npos || title.find("Revenue") != std::string_view::npos
        || title.starts_with("VP") || title.starts_with("Head") || title.starts_with("C"))
        chance *= 1.15;
    if (title == "Student" || title == "Consultant")
        chance *= 0.3;
    return std::min(chance, 0.9);
}

const Demo::Industry &industryOf(const DemoLead &lead)
{
    for (const auto &industry : Demo::industries())
        if (industry.name == lead.industry)
            return industry;
    return Demo::industries().front();
}

// Nurture-email opens, blog reads and the like: some months the lead reads a few
// things, other months nothing; active months thin out until the lead goes quiet.
void addNurture(const Tables &tables, Random &random, std::vector<DemoEvent> &events, std::int64_t from,
                std::int64_t end)
{
    const double activeShare = std::clamp(random.logNormal(0.34, 0.5), 0.03, 0.95); // of months, at the start
    const double halfLife = random.logNormal(40.0, 0.4);                            // months
    for (int step = 0; from + std::int64_t(step) * month < end; ++step) {
        if (random.chance(0.008))
            return; // gone quiet for good
        if (!random.chance(activeShare * std::pow(0.5, step / halfLife)))
            continue;
        const std::int64_t stepStart = from + std::int64_t(step) * month;
        for (int count = 1 + random.poisson(1.3); count > 0; --count)
            events.push_back(tables.nurture.event(random, stepStart + random.between(0, month - 1)));
    }
}

// Trial usage after a free-trial signup: logins, features, teammates, limits.
void addTrialUsage(const Tables &tables, Random &random, std::vector<DemoEvent> &events, std::int64_t signup)
{
    const int activeDays = std::min(30, random.poisson(7.0));
    for (int i = 0; i < activeDays; ++i) {
        const std::int64_t at = signup + random.between(day / 2, 30 * day);
        events.push_back({at, "product_login", "app"});
        for (int f = random.poisson(1.1); f > 0; --f)
            events.push_back(tables.product.event(random, at + random.between(60, 3600)));
    }
}

// The buying phase: intent signals, then (usually) a trigger. Returns the moment
// sales would notice the lead, if it buys within the generated period.
std::optional<std::int64_t> addBuying(const Tables &tables, Random &random, std::vector<DemoEvent> &events,
                                      std::int64_t start)
{
    std::int64_t at = start;
    for (int i = int(random.between(1, 3)); i > 0; --i) {
        events.push_back(tables.intent.event(random, at));
        at += random.between(day / 4, 10 * day);
    }
    if (!random.chance(0.7))
        return start;
    const DemoEvent trigger = tables.trigger.event(random, at);
    events.push_back(trigger);
    if (trigger.activity == "pricing_page_visit") {
        for (int i = 0; i < 2; ++i)
            events.push_back({at + random.between(day, 9 * day), trigger.activity, trigger.detail});
    } else if (trigger.activity == "trial_signup") {
        addTrialUsage(tables, random, events, at);
    }
    return at;
}

DemoOutcome makeOutcome(Random &random, const DemoLead &lead, std::int64_t noticedAt, std::int64_t end)
{
    DemoOutcome outcome;
    if (!random.chance(0.45))
        return outcome;
    const std::int64_t sqlAt = noticedAt + random.between(2 * day, 21 * day);
    if (sqlAt > end)
        return outcome;
    outcome.sqlAt = sqlAt;
    if (!random.chance(0.55)) {
        const std::int64_t lostAt = sqlAt + random.between(10 * day, 60 * day);
        if (random.chance(0.5) && lostAt <= end)
            outcome.lostAt = lostAt;
        return outcome;
    }
    const std::int64_t opportunityAt = sqlAt + random.between(7 * day, 30 * day);
    if (opportunityAt > end)
        return outcome;
    outcome.opportunityAt = opportunityAt;
    const std::int64_t closedAt = opportunityAt + random.between(20 * day, 100 * day);
    if (closedAt > end)
        return outcome;
    if (random.chance(lead.employees >= 50 ? 0.4 : 0.28)) {
        outcome.customerAt = closedAt;
        const double revenue = random.logNormal(9000.0 * std::pow(lead.employees / 100.0, 0.35), 0.4);
        outcome.revenue = std::round(revenue / 10.0) * 10.0;
    } else {
        outcome.lostAt = closedAt;
    }
    return outcome;
}

// All of one lead's behaviour, in time order, cut at the end date.
DemoOutcome behave(const Tables &tables, Random &random, DemoLead &lead, std::int64_t end,
                   std::vector<DemoEvent> &events)
{
    const auto &source = *std::find_if(Demo::sources().begin(), Demo::sources().end(),
                                       [&](const Demo::Source &s) { return s.name == lead.source; });
    std::optional<std::int64_t> noticedAt;
    const std::int64_t t0 = lead.createdAt;
    if (random.chance(source.coldShare)) {
        for (int i = random.poisson(1.0); i > 0; --i)
            events.push_back(tables.nurture.event(random, t0 + std::int64_t(random.exponential(45.0 * day))));
    } else if (random.chance(0.035)) {
        // Straight to sales: the first thing this lead does is ask for a demo.
        const bool demo = random.chance(0.7);
        events.push_back(
            {t0 + random.between(0, 600), demo ? "demo_request" : "contact_sales", demo ? "/demo" : "/contact-sales"});
        noticedAt = t0;
        addNurture(tables, random, events, t0 + 7 * day, end);
    } else {
        const int burst = std::min(6, 2 + random.poisson(1.3));
        const std::int64_t span = std::int64_t(random.logNormal(25.0, 0.8) * day);
        std::int64_t burstEnd = t0;
        for (int i = 0; i < burst; ++i) {
            const std::int64_t at = i == 0 ? t0 + random.between(0, 600) : t0 + random.between(0, span);
            burstEnd = std::max(burstEnd, at);
            events.push_back(tables.discovery.event(random, at));
        }
        addNurture(tables, random, events, burstEnd + day, end);
        const auto &industry = industryOf(lead);
        if (random.chance(buyingChance(lead, industry))) {
            const double delayDays = random.logNormal(industry.buyingDelayMedian, 0.65);
            noticedAt = addBuying(tables, random, events, burstEnd + std::int64_t(delayDays * day));
        }
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const DemoEvent &a, const DemoEvent &b) { return a.occurredAt < b.occurredAt; });
    events.erase(std::find_if(events.begin(), events.end(), [&](const DemoEvent &e) { return e.occurredAt > end; }),
                 events.end());
    // Two random logins can fall on the same second; a store counts an event once, so
    // the demo never writes one twice (1 M leads would otherwise hold a few hundred).
    std::size_t kept = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        bool repeat = false;
        for (std::size_t j = kept; j-- > 0 && events[j].occurredAt == events[i].occurredAt;)
            repeat = repeat || (events[j].activity == events[i].activity && events[j].detail == events[i].detail);
        if (!repeat)
            events[kept++] = events[i];
    }
    events.resize(kept);
    lead.totalVisits = random.poisson(2.0) + int(std::count_if(events.begin(), events.end(), [](const DemoEvent &e) {
                           return e.detail.starts_with('/');
                       }));
    if (!noticedAt || *noticedAt > end)
        return {};
    return makeOutcome(random, lead, *noticedAt, end);
}

} // namespace

std::int64_t DemoOptions::defaultEndDate()
{
    return daysFromCivil(2025, 12, 31) * day + day - 1;
}

Status DemoOptions::validate() const
{
    if (leads < 1 || leads > 20'000'000)
        return Error{
            QCoreApplication::translate("DemoError", "the number of leads must be between 1 and 20000000, not %1")
                .arg(leads)};
    if (months < 1 || months > 120)
        return Error{QCoreApplication::translate("DemoError", "the number of months must be between 1 and 120, not %1")
                         .arg(months)};
    if (endDate < daysFromCivil(1990, 1, 1) * day || endDate > daysFromCivil(2100, 1, 1) * day)
        return Error{QCoreApplication::translate("DemoError", "the end date must lie between 1990 and 2100")};
    return {};
}

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(options)
{}

Result<DemoStats> DemoGenerator::run(DemoSink &sink, Progress *progress) const
{
    if (Status valid = m_options.validate(); !valid)
        return valid.error();
    DemoStats stats;
    const Tables tables;
    const std::vector<std::int64_t> created = creationTimes(m_options);
    std::vector<DemoEvent> events;
    for (std::size_t i = 0; i < created.size(); ++i) {
        Random random(m_options.seed, i + 1);
        DemoLead lead = makeLead(tables, random, std::int64_t(i) + 1, created[i]);
        events.clear();
        const DemoOutcome outcome = behave(tables, random, lead, m_options.endDate, events);
        if (Status written = sink.write(lead, events, outcome); !written)
            return written.error();
        ++stats.leads;
        stats.events += std::int64_t(events.size());
        stats.outcomes += outcome.isEmpty() ? 0 : 1;
        if (progress && (i % 2048 == 0 || i + 1 == created.size())
            && !progress->report(std::int64_t(i) + 1, std::int64_t(created.size())))
            return Error{QCoreApplication::translate("DemoError", "cancelled"),
                         {},
                         0,
                         0,
                         QCoreApplication::translate("DemoError", "Nothing was written.")};
    }
    if (Status finished = sink.finish(); !finished)
        return finished.error();
    return stats;
}

} // namespace LeadStage
