#include "RuleFeatures.h"

#include "scoring/CompiledModel.h"
#include "scoring/LeadReplay.h"

#include <atomic>
#include <thread>

namespace LeadStage {

namespace {

// Cases per unit of work, as the engine's chunks: both cores finish together and a
// cancel is seen within milliseconds.
constexpr std::size_t chunkSize = 16384;

// Adds up what each rule paid and what decay took during one replay.
class FeatureSink
{
public:
    static constexpr bool enabled = true;

    explicit FeatureSink(std::size_t rules)
        : paid(rules)
    {}

    void start()
    {
        std::fill(paid.begin(), paid.end(), 0);
        decay = 0;
    }

    void record(const ReplayStep &step)
    {
        switch (step.cause) {
        case ReplayCause::Rule:
        case ReplayCause::Cap:
        case ReplayCause::FieldRule:
            paid[std::size_t(step.ref)] += step.points;
            return;
        case ReplayCause::Decay:
            decay -= step.points;
            return;
        case ReplayCause::Trigger:
        case ReplayCause::Stage:
            return;
        }
    }

    std::vector<std::int64_t> paid; // per rule of the model
    std::int64_t decay = 0;
};

struct SharedWork
{
    const CompiledModel &model;
    const ScoringInput &input;
    std::span<const BackTestCase> cases;
    const std::vector<RuleFeature> &columns;
    std::vector<double> &values;
    Progress *progress;
    std::atomic<std::size_t> nextChunk{0};
    std::atomic<std::size_t> casesDone{0};
};

void work(SharedWork &shared, bool reports)
{
    FeatureSink sink(shared.model.ruleCount());
    LeadReplay<FeatureSink> replay(shared.model, shared.input, 0, sink);
    const std::size_t width = shared.columns.size(), cases = shared.cases.size();
    for (;;) {
        if (shared.progress && shared.progress->cancelled())
            return;
        const std::size_t first = shared.nextChunk.fetch_add(1, std::memory_order_relaxed) * chunkSize;
        if (first >= cases)
            return;
        const std::size_t last = std::min(cases, first + chunkSize);
        for (std::size_t c = first; c < last; ++c) {
            sink.start();
            replay.runAt(shared.cases[c].lead, shared.cases[c].scoredAt);
            double *row = shared.values.data() + c * width;
            for (std::size_t j = 0; j < width; ++j) {
                const RuleFeature &column = shared.columns[j];
                const std::int64_t paid =
                    column.kind == RuleFeature::Kind::Decay ? -sink.decay : sink.paid[std::size_t(column.rule)];
                row[j] = double(paid) / double(column.points);
            }
        }
        const std::size_t done = shared.casesDone.fetch_add(last - first, std::memory_order_relaxed) + last - first;
        if (reports && shared.progress)
            shared.progress->report(std::int64_t(done), std::int64_t(cases));
    }
}

} // namespace

std::vector<RuleFeature> RuleFeatures::columns(const ScoringModel &model)
{
    std::vector<RuleFeature> columns;
    for (std::size_t i = 0; i < model.rules.size(); ++i) {
        const ScoringRule &rule = model.rules[i];
        if (rule.track == Track::Product || rule.points == 0)
            continue;
        columns.push_back({RuleFeature::Kind::Rule, int(i), rule.points, rule.id, rule.label});
    }
    if (model.decay.pointsPerMonth > 0)
        columns.push_back({RuleFeature::Kind::Decay, -1, -model.decay.pointsPerMonth, u"decay"_qs,
                           u"Decay per month of inactivity"_qs});
    return columns;
}

Result<FeatureMatrix> RuleFeatures::extract(const ScoringModel &model, const ScoringInput &input,
                                            std::span<const BackTestCase> cases, Progress *progress, unsigned threads)
{
    const std::vector<RuleFeature> columns = RuleFeatures::columns(model);
    const CompiledModel compiled(model, input, progress);
    if (progress && progress->cancelled())
        return Error{u"the suggestions were cancelled"_qs, QString()};
    std::vector<double> values(cases.size() * columns.size());
    SharedWork shared{compiled, input, cases, columns, values, progress};
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t chunks = (cases.size() + chunkSize - 1) / chunkSize;
    threads = unsigned(std::min<std::size_t>(threads, std::max<std::size_t>(1, chunks)));
    {
        std::vector<std::jthread> helpers;
        for (unsigned i = 1; i < threads; ++i)
            helpers.emplace_back([&shared] { work(shared, false); });
        work(shared, true);
    }
    if (progress && progress->cancelled())
        return Error{u"the suggestions were cancelled"_qs, QString()};
    std::vector<std::uint8_t> labels;
    labels.reserve(cases.size());
    for (const BackTestCase &c : cases)
        labels.push_back(c.positive ? 1 : 0);
    return FeatureMatrix(columns.size(), std::move(values), std::move(labels));
}

double RuleFeatures::score(std::span<const int> points, const FeatureMatrix &features, std::size_t row)
{
    double sum = 0;
    for (std::size_t j = 0; j < points.size(); ++j)
        sum += points[j] * features.at(row, j);
    return std::max(0.0, sum);
}

} // namespace LeadStage
