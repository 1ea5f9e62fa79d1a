#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace LeadStage {

// What the demo generator is asked for. Same options -> same data, byte for byte.
struct DemoOptions
{
    int leads = 16000; // about 450 IQLs a month: a mid-market funnel (DESIGN §5)
    int months = 24;
    std::uint64_t seed = 1;
    std::int64_t endDate = defaultEndDate(); // UTC seconds; the last day generated

    static std::int64_t defaultEndDate(); // 2025-12-31T23:59:59Z, fixed for reproducibility
    Status validate() const;
};

struct DemoLead
{
    std::int64_t id = 0; // 1-based, in order of created_at
    std::string externalId, email, firstName, lastName, company, jobTitle, industry;
    int employees = 0;
    std::string country, source, campaign;
    std::int64_t createdAt = 0;
    int totalVisits = 0; // an aggregate CRM column, kept in attrs
};

struct DemoEvent
{
    std::int64_t occurredAt = 0;
    std::string_view activity;
    std::string_view detail;
};

struct DemoOutcome
{
    std::optional<std::int64_t> sqlAt, opportunityAt, customerAt, lostAt;
    std::optional<double> revenue;
    bool isEmpty() const { return !sqlAt && !opportunityAt && !customerAt && !lostAt; }
};

// Where generated leads go: a workspace or the generic CSV files.
class DemoSink
{
public:
    virtual ~DemoSink() = default;
    // Events come sorted by time; `outcome` is empty when sales never touched the lead.
    virtual Status write(const DemoLead &lead, std::span<const DemoEvent> events, const DemoOutcome &outcome) = 0;
    // Called once after the last lead; nothing is final before it.
    virtual Status finish() = 0;
};

// How much a run generated.
struct DemoStats
{
    std::int64_t leads = 0, events = 0, outcomes = 0;
};

// Generates realistic funnel data: sources, campaigns, verticals, company sizes,
// educational activity for most leads, buying intent and triggers for a minority,
// product usage for trial users, seasonality, and sales outcomes for part of the MQLs.
class DemoGenerator
{
public:
    explicit DemoGenerator(DemoOptions options);

    // Writes every lead to `sink`, then finishes it. Returns an Error when the sink
    // fails or `progress` was cancelled (the sink then must not be finished).
    Result<DemoStats> run(DemoSink &sink, Progress *progress = nullptr) const;

private:
    DemoOptions m_options;
};

} // namespace LeadStage
