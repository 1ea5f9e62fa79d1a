#include "LeadStateRow.h"

#include "ScoringModel.h"
#include "metrics/EventMonths.h"
#include "store/ParameterShadow.h"
#include "store/Statement.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace LeadStage {

namespace {

std::string_view utf8Name(Stage stage)
{
    static constexpr std::string_view names[] = {"Lead", "IQL", "MQL", "PQL", "SQL", "Opportunity", "Customer"};
    return names[std::size_t(stage)];
}

std::string_view utf8Name(Grade grade)
{
    static constexpr std::string_view names[] = {"A", "B", "C", "D"};
    return names[std::size_t(grade)];
}

std::string_view utf8Name(Health health)
{
    static constexpr std::string_view names[] = {"active", "stagnant", "archived"};
    return names[std::size_t(health)];
}

// The stored text of an optional nurture index: NULL for none.
std::optional<std::string_view> textOf(const std::vector<QByteArray> &texts, int which)
{
    if (which < 0)
        return std::nullopt;
    const QByteArray &text = texts[std::size_t(which)];
    return std::string_view(text.constData(), std::size_t(text.size()));
}

void bindOptionalUtf8(ParameterShadow &statement, int index, std::optional<std::string_view> text)
{
    if (text)
        statement.bindLastingUtf8(index, *text);
    else
        statement.bindNull(index);
}

// One call into SQLite for most cells: a NULL reads as 0, so only a 0 asks the type.
bool same(const Statement &stored, int column, std::int64_t value)
{
    return stored.int64(column) == value && (value != 0 || !stored.isNull(column));
}

bool same(const Statement &stored, int column, std::optional<std::int64_t> value)
{
    return value ? same(stored, column, *value) : stored.isNull(column);
}

bool same(const Statement &stored, int column, std::optional<std::string_view> value)
{
    return stored.optionalUtf8(column) == value;
}

bool same(const Statement &stored, int column, std::optional<std::span<const std::byte>> value)
{
    const auto held = stored.optionalBlob(column);
    return held && value ? std::equal(held->begin(), held->end(), value->begin(), value->end()) : !held && !value;
}

// One 64-bit word into both lanes of the digest, as xxHash64 takes a word: multiply,
// rotate, multiply, with a different constant a lane; LeadStateDigests finishes each lane
// with a full avalanche. Any single cell that differs changes the digest, and two cells
// differing at once collide with odds of about 2^-128.
void mix(LeadStateRow::Digest &digest, std::uint64_t word)
{
    constexpr std::uint64_t prime1 = 0x9E3779B185EBCA87ULL, prime2 = 0xC2B2AE3D27D4EB4FULL,
                            prime4 = 0x85EBCA77C2B2AE63ULL;
    const auto round = [](std::uint64_t lane, std::uint64_t input, std::uint64_t factor) {
        lane += input * factor;
        lane = (lane << 31) | (lane >> 33);
        return lane * prime1;
    };
    digest.first = round(digest.first, word, prime2);
    digest.second = round(digest.second, word ^ 0xA5A5A5A5A5A5A5A5ULL, prime4);
}

void mixBytes(LeadStateRow::Digest &digest, std::span<const std::byte> bytes)
{
    mix(digest, bytes.size());
    std::uint64_t word = 0;
    int filled = 0;
    for (const std::byte byte : bytes) {
        word = (word << 8) | std::uint64_t(byte);
        if (++filled == 8) {
            mix(digest, word);
            word = 0;
            filled = 0;
        }
    }
    mix(digest, word);
}

void mixText(LeadStateRow::Digest &digest, std::optional<std::string_view> text)
{
    if (!text) {
        mix(digest, ~std::uint64_t(0)); // NULL, apart from any length
        return;
    }
    mixBytes(digest, std::as_bytes(std::span<const char>(text->data(), text->size())));
}

} // namespace

// event_months: the IQL lead's months with events; NULL for a lead that is not IQL.
std::optional<std::span<const std::byte>> LeadStateRow::eventMonths(const LeadScore &score,
                                                                    std::span<const std::int64_t> times,
                                                                    std::vector<std::byte> &scratch) const
{
    if (score.iqlAt == noTime)
        return std::nullopt;
    EventMonths::encode(times, m_asOf, score.iqlAt, score.mqlAt, scratch);
    return std::span<const std::byte>(scratch);
}

LeadStateRow::LeadStateRow(const ScoringModel &model, std::int64_t modelId, std::int64_t asOf)
    : m_modelId(modelId)
    , m_asOf(asOf)
{
    for (const auto &track : model.nurture.tracks)
        m_trackIds.push_back(track.id.toUtf8());
    for (const auto &step : model.nurture.steps)
        m_stepLabels.push_back(step.label.toUtf8());
}

void LeadStateRow::bind(ParameterShadow &statement, int first, std::int64_t leadId, const LeadScore &score,
                        std::span<const std::int64_t> times, std::vector<std::byte> &scratch) const
{
    statement.bind(first, leadId).bind(first + 1, m_modelId).bind(first + 2, m_asOf);
    statement.bind(first + 3, score.info).bind(first + 4, score.intent).bind(first + 5, score.product);
    statement.bind(first + 6, score.engagement).bind(first + 7, score.fit);
    statement.bindLastingUtf8(first + 8, utf8Name(score.grade)).bindLastingUtf8(first + 9, utf8Name(score.stage));
    statement.bind(first + 10, moment(score.iqlAt)).bind(first + 11, moment(score.mqlAt));
    statement.bind(first + 12, moment(score.pqlAt)).bind(first + 13, moment(score.lastActivityAt));
    bindOptionalUtf8(statement, first + 14, textOf(m_trackIds, score.nurtureTrack));
    bindOptionalUtf8(statement, first + 15, textOf(m_stepLabels, score.nurtureStep));
    statement.bindLastingUtf8(first + 16, utf8Name(score.health));
    if (const auto months = eventMonths(score, times, scratch))
        statement.bindBlob(first + 17, *months);
    else
        statement.bindNull(first + 17);
}

void LeadStateRow::cells(std::vector<FieldValue> &cells, std::int64_t leadId, const LeadScore &score) const
{
    const auto integer = [](std::int64_t value) { return FieldValue{FieldValue::Kind::Integer, value, 0, {}}; };
    const auto text = [](std::optional<std::string_view> value) {
        return value ? FieldValue{FieldValue::Kind::Text, 0, 0, *value} : FieldValue{};
    };
    const auto optional = [&](std::optional<std::int64_t> value) { return value ? integer(*value) : FieldValue{}; };
    cells.assign({integer(leadId), integer(m_modelId), integer(m_asOf), integer(score.info), integer(score.intent),
                  integer(score.product), integer(score.engagement), integer(score.fit), text(utf8Name(score.grade)),
                  text(utf8Name(score.stage)), optional(moment(score.iqlAt)), optional(moment(score.mqlAt)),
                  optional(moment(score.pqlAt)), optional(moment(score.lastActivityAt)),
                  text(textOf(m_trackIds, score.nurtureTrack)), text(textOf(m_stepLabels, score.nurtureStep)),
                  text(utf8Name(score.health))});
}

bool LeadStateRow::storedAs(const Statement &stored, std::int64_t leadId, const LeadScore &score,
                            std::span<const std::int64_t> times, std::vector<std::byte> &scratch) const
{
    return same(stored, 0, leadId) && same(stored, 1, m_modelId) && same(stored, 2, m_asOf)
           && same(stored, 3, score.info) && same(stored, 4, score.intent) && same(stored, 5, score.product)
           && same(stored, 6, score.engagement) && same(stored, 7, std::int64_t(score.fit))
           && same(stored, 8, utf8Name(score.grade)) && same(stored, 9, utf8Name(score.stage))
           && same(stored, 10, moment(score.iqlAt)) && same(stored, 11, moment(score.mqlAt))
           && same(stored, 12, moment(score.pqlAt)) && same(stored, 13, moment(score.lastActivityAt))
           && same(stored, 14, textOf(m_trackIds, score.nurtureTrack))
           && same(stored, 15, textOf(m_stepLabels, score.nurtureStep)) && same(stored, 16, utf8Name(score.health))
           && same(stored, 17, eventMonths(score, times, scratch));
}

void LeadStateRow::mixInto(Digest &digest, std::int64_t leadId, const LeadScore &score,
                           std::span<const std::int64_t> times, std::vector<std::byte> &scratch) const
{
    // Every cell bind() binds, in its order: a column added there must be added here.
    static_assert(columnCount == 18);
    for (const std::int64_t cell :
         {leadId, m_modelId, m_asOf, score.info, score.intent, score.product, score.engagement, std::int64_t(score.fit),
          score.iqlAt, score.mqlAt, score.pqlAt, score.lastActivityAt})
        mix(digest, std::uint64_t(cell));
    mixText(digest, utf8Name(score.grade));
    mixText(digest, utf8Name(score.stage));
    mixText(digest, textOf(m_trackIds, score.nurtureTrack));
    mixText(digest, textOf(m_stepLabels, score.nurtureStep));
    mixText(digest, utf8Name(score.health));
    if (const auto months = eventMonths(score, times, scratch))
        mixBytes(digest, *months);
    else
        mix(digest, ~std::uint64_t(0));
}

} // namespace LeadStage
