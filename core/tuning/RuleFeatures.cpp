#include "RuleFeatures.h"

#include <QCoreApplication>

#include "common/ParallelChunks.h"
#include "scoring/CompiledModel.h"
#include "scoring/LeadReplay.h"

namespace LeadStage {

namespace {

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

// One thread's replay, with the sink that adds up its payments.
struct Worker
{
    FeatureSink sink;
    LeadReplay<FeatureSink> replay;

    explicit Worker(const CompiledModel &model, const ScoringInput &input)
        : sink(model.ruleCount())
        , replay(model, input, 0, sink)
    {}
};

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
        return Error{QCoreApplication::translate("TuningError", "the suggestions were cancelled"), QString()};
    std::vector<double> values(cases.size() * columns.size());
    const std::size_t width = columns.size();
    runInChunks(
        cases.size(), threads, progress, [&] { return Worker(compiled, input); },
        [&](Worker &worker, std::size_t first, std::size_t last) {
            for (std::size_t c = first; c < last; ++c) {
                worker.sink.start();
                worker.replay.runAt(cases[c].lead, cases[c].scoredAt);
                double *row = values.data() + c * width;
                for (std::size_t j = 0; j < width; ++j) {
                    const RuleFeature &column = columns[j];
                    const std::int64_t paid = column.kind == RuleFeature::Kind::Decay
                                                  ? -worker.sink.decay
                                                  : worker.sink.paid[std::size_t(column.rule)];
                    row[j] = double(paid) / double(column.points);
                }
            }
        });
    if (progress && progress->cancelled())
        return Error{QCoreApplication::translate("TuningError", "the suggestions were cancelled"), QString()};
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
