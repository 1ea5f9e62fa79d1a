#pragma once

#include "LeadScore.h"
#include "store/copy/TableRow.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace LeadStage {

class ParameterShadow;
class Statement;
struct ScoringModel;

// One lead_state row as a rescore writes it, its columns in the order of `columns`:
// bound to an insert, or compared with a stored row read in that order.
class LeadStateRow
{
public:
    static constexpr int columnCount = 18;
    static constexpr const char *columns =
        "lead_id, model_id, as_of, info, intent, product, engagement, fit, grade, stage, iql_at, mql_at, pql_at,"
        " last_activity_at, nurture_track, nurture_step, health, event_months";
    // The columns cells() fills: all but the last, event_months.
    static constexpr std::string_view serverColumns =
        std::string_view(columns).substr(0, std::string_view(columns).rfind(", event_months"));

    LeadStateRow(const ScoringModel &model, std::int64_t modelId, std::int64_t asOf);

    // Binds one lead's row from parameter `first` on; `times` are the lead's events in
    // time order, of which event_months keeps the months (`scratch` holds their bytes
    // meanwhile). The texts are bound without a copy: this object must outlive the
    // statement's use of them.
    void bind(ParameterShadow &statement, int first, std::int64_t leadId, const LeadScore &score,
              std::span<const std::int64_t> times, std::vector<std::byte> &scratch) const;
    // The row as bind() binds it but without event_months (eventMonths(): a server
    // workspace made before its version 16 has no such column), for COPY: `cells` gets
    // columnCount - 1 values.
    void cells(std::vector<FieldValue> &cells, std::int64_t leadId, const LeadScore &score) const;
    // Whether a stored row (columns from 0 in `columns` order) holds what bind() binds.
    bool storedAs(const Statement &stored, std::int64_t leadId, const LeadScore &score,
                  std::span<const std::int64_t> times, std::vector<std::byte> &scratch) const;
    // Mixes what bind() binds into `digest` (LeadStateDigests, two 64-bit lanes): rows
    // that differ in any cell mix in differently.
    using Digest = std::pair<std::uint64_t, std::uint64_t>;
    void mixInto(Digest &digest, std::int64_t leadId, const LeadScore &score, std::span<const std::int64_t> times,
                 std::vector<std::byte> &scratch) const;

    // The event_months cell: the IQL lead's months with events (in `scratch`), none for
    // a lead that is not IQL.
    std::optional<std::span<const std::byte>> eventMonths(const LeadScore &score, std::span<const std::int64_t> times,
                                                          std::vector<std::byte> &scratch) const;

private:
    std::int64_t m_modelId;
    std::int64_t m_asOf;
    // The model's nurture track ids and step labels in UTF-8, by index.
    std::vector<QByteArray> m_trackIds, m_stepLabels;
};

} // namespace LeadStage
