#include "ScoreLedger.h"

#include "CompiledModel.h"
#include "LeadReplay.h"

namespace LeadStage {

namespace {

// Turns the replay's steps into readable entries as they happen.
class LedgerSink
{
public:
    static constexpr bool enabled = true;

    LedgerSink(const ScoringModel &model, std::vector<LedgerEntry> &entries)
        : m_model(model)
        , m_entries(entries)
    {}

    void record(const ReplayStep &step)
    {
        LedgerEntry entry{step.at, step.cause, {}, {}, step.track, step.points, step.uncutPoints, step.totals};
        describe(step, entry);
        m_entries.push_back(std::move(entry));
    }

private:
    void describe(const ReplayStep &step, LedgerEntry &entry) const
    {
        switch (step.cause) {
        case ReplayCause::Rule:
        case ReplayCause::Cap:
        case ReplayCause::FieldRule: {
            const ScoringRule &rule = m_model.rules[std::size_t(step.ref)];
            entry.source = rule.id;
            entry.label = step.cause == ReplayCause::Cap ? u"%1 (cut from %2 to fit the cap of %3)"_qs.arg(rule.label)
                                                               .arg(step.uncutPoints)
                                                               .arg(rule.cap.value_or(0))
                                                         : rule.label;
            return;
        }
        case ReplayCause::Trigger: {
            const ScoringTrigger &trigger = m_model.triggers[std::size_t(step.ref)];
            entry.source = trigger.id;
            entry.label = trigger.label;
            return;
        }
        case ReplayCause::Decay:
            entry.source = u"decay"_qs;
            entry.label = u"%1 months without activity"_qs.arg(step.ref);
            return;
        case ReplayCause::Stage:
            entry.source = stageName(Stage(step.ref));
            entry.label = u"reached %1"_qs.arg(entry.source);
            return;
        }
    }

    const ScoringModel &m_model;
    std::vector<LedgerEntry> &m_entries;
};

} // namespace

ScoreLedger ScoreLedger::build(const ScoringModel &model, const ScoringInput &input, std::size_t lead,
                               std::int64_t asOf)
{
    ScoreLedger ledger;
    ledger.m_asOf = asOf;
    const CompiledModel compiled(model, input);
    LedgerSink sink(compiled.model(), ledger.m_entries);
    LeadReplay<LedgerSink> replay(compiled, input, asOf, sink);
    ledger.m_score = replay.run(lead);
    return ledger;
}

ReplayTotals ScoreLedger::totalsAt(std::int64_t time) const
{
    ReplayTotals totals;
    for (const LedgerEntry &entry : m_entries) {
        if (entry.at > time)
            break;
        totals = entry.totals;
    }
    return totals;
}

} // namespace LeadStage
