#include "RecordedComparison.h"

#include "MetricsContext.h"

namespace LeadStage {

RecordedComparison RecordedComparison::compute(const MetricsContext &context)
{
    RecordedComparison comparison;
    const MetricsSnapshot &snapshot = context.snapshot();
    for (int slot = 0; slot < MetricsSnapshot::recordedSlots; ++slot)
        comparison.rows[std::size_t(slot)].stage = MetricsSnapshot::recordedStage(slot);
    for (const LeadFacts &lead : context.facts()) {
        if (!lead.has(LeadFacts::InFunnel))
            continue;
        ++comparison.leads;
        const MetricsSnapshot::RecordedMoments *recorded = snapshot.recorded(lead.row);
        comparison.withRecorded += recorded ? 1 : 0;
        bool differs = false, leftOut = false;
        for (int slot = 0; slot < MetricsSnapshot::recordedSlots; ++slot) {
            RecordedStageRow &row = comparison.rows[std::size_t(slot)];
            const bool model = ((lead.everReached >> int(row.stage)) & 1u) != 0;
            std::uint8_t flags = 0;
            const bool crm = recorded && context.counts((*recorded)[std::size_t(slot)], flags);
            leftOut = leftOut || (flags & LeadFacts::UndatedLeftOut);
            row.crm += crm ? 1 : 0;
            row.crmUndated += (flags & LeadFacts::Undated) ? 1 : 0;
            row.model += model ? 1 : 0;
            row.agreeing += model && crm ? 1 : 0;
            row.modelOnly += model && !crm ? 1 : 0;
            row.crmOnly += crm && !model ? 1 : 0;
            differs = differs || model != crm;
        }
        comparison.placedDifferently += differs ? 1 : 0;
        comparison.undatedLeftOut += leftOut ? 1 : 0;
    }
    return comparison;
}

} // namespace LeadStage
