#include "LeadBlocks.h"

#include "Moments.h"
#include "PackedBlockTable.h"
#include "common/PackedNumbers.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/WatchedCopy.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>

namespace LeadStage::LeadBlocks {

namespace {

// The first byte of every block: a later layout gets another number, and a block of one
// this build does not know reads as damaged, so the load reads the rows instead. The
// texts are those LeadColumns keeps (the employees as digits, the e-mail's domain
// lowered): a change to how it derives them needs another number.
constexpr std::byte leadLayout{1};
// Leads per block: a few dozen blobs for a million leads. A block that says it holds more
// is damaged, so no count in a file makes a load allocate more than a block's worth.
constexpr std::size_t leadsPerBlock = 16384;

constexpr std::int64_t lowestId = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t highestId = std::numeric_limits<std::int64_t>::max();

using PackedNumbers::difference;
using PackedNumbers::put;
using PackedNumbers::putSigned;
using PackedNumbers::putText;
using PackedNumbers::Reader;
using PackedNumbers::sum;

// Per lead, after its id and creation: which of these it has, then each one's time.
constexpr std::uint64_t archivedFlag = 1;
constexpr std::uint64_t outcomeFlag(std::size_t outcome)
{
    return std::uint64_t(2) << outcome;
}
constexpr std::uint64_t allFlags = archivedFlag | outcomeFlag(0) | outcomeFlag(1) | outcomeFlag(2);

// The copy of the leads and outcomes these blocks are, kept true by triggers on both.
const WatchedCopy &leadCopy()
{
    static const WatchedCopy blocks("lead_blocks", std::vector<std::string>{"leads", "outcomes"});
    return blocks;
}

void appendSection(std::vector<std::byte> &out, const std::vector<std::byte> &section)
{
    put(out, section.size());
    out.insert(out.end(), section.begin(), section.end());
}

// One text field: its distinct values (LeadColumns' ids 1..), then each lead's id.
bool decodeField(Reader &section, std::size_t leadCount, std::vector<std::string_view> &values,
                 std::vector<std::uint32_t> &codes)
{
    const std::uint64_t distinct = section.number();
    // Each value takes a byte at least.
    if (section.damaged || distinct > section.data.size())
        return false;
    values.resize(std::size_t(distinct));
    for (std::string_view &value : values)
        value = section.text();
    codes.resize(leadCount);
    for (std::uint32_t &code : codes) {
        const std::uint64_t value = section.number();
        code = std::uint32_t(value);
        section.damaged |= value > distinct;
    }
    return !section.damaged && section.atEnd();
}

// False, with `leads` part filled, on the first sign of damage.
bool decodeLeads(std::span<const std::byte> data, const LeadFieldChoice &kept, LeadColumns::Coded &leads)
{
    if (data.empty() || data[0] != leadLayout)
        return false;
    Reader in{data, 1};
    const std::uint64_t count = in.number();
    // Each lead takes three bytes at least: a count beyond the blob is damage.
    if (in.damaged || count > leadsPerBlock || count > data.size() / 3)
        return false;
    const auto n = std::size_t(count);
    for (auto *column : {&leads.ids, &leads.createdAt, &leads.sqlAt, &leads.opportunityAt, &leads.customerAt})
        column->resize(n);
    leads.archived.resize(n);
    std::int64_t previousId = 0, previousCreated = 0;
    for (std::size_t lead = 0; lead < n; ++lead) {
        const std::int64_t id = sum(previousId, in.signedNumber());
        const std::int64_t createdAt = sum(previousCreated, in.signedNumber());
        const std::uint64_t flags = in.number();
        if (in.damaged || (lead > 0 && id <= previousId) || flags > allFlags)
            return false;
        leads.ids[lead] = previousId = id;
        leads.createdAt[lead] = previousCreated = createdAt;
        leads.archived[lead] = (flags & archivedFlag) ? 1 : 0;
        const std::array<std::int64_t *, 3> outcomes = {&leads.sqlAt[lead], &leads.opportunityAt[lead],
                                                        &leads.customerAt[lead]};
        for (std::size_t outcome = 0; outcome < outcomes.size(); ++outcome)
            *outcomes[outcome] = (flags & outcomeFlag(outcome)) ? sum(createdAt, in.signedNumber()) : noTime;
    }
    const auto nextSection = [&in, &data](Reader &section) {
        const std::uint64_t size = in.number();
        if (in.damaged || size > data.size() - in.at)
            return false;
        section = Reader{data.subspan(in.at, std::size_t(size))};
        in.at += std::size_t(size);
        return true;
    };
    for (std::size_t field = 0; field < leadFieldCount; ++field) {
        Reader section;
        if (!nextSection(section))
            return false;
        leads.values[field].clear();
        leads.codes[field].clear();
        if (kept.fields[field] && !decodeField(section, n, leads.values[field], leads.codes[field]))
            return false;
    }
    Reader attrs;
    if (!nextSection(attrs))
        return false;
    leads.attrs.clear();
    if (kept.attrs) {
        leads.attrs.resize(n);
        for (std::string_view &text : leads.attrs)
            text = attrs.text();
        if (attrs.damaged || !attrs.atEnd())
            return false;
    }
    return !in.damaged && in.atEnd();
}

} // namespace

Packer::Packer(std::int64_t from, std::int64_t to)
    : m_first(from)
    , m_to(to)
{
    m_pending.reserve(leadsPerBlock);
}

void Packer::add(const LeadColumns::Cells &lead)
{
    // A full block closes only when a lead follows it: its range then ends below that
    // lead's id, which never overflows.
    if (m_pending.size() == leadsPerBlock)
        close(m_pending.id(m_pending.size() - 1));
    m_pending.append(lead);
}

void Packer::close(std::int64_t lastLead)
{
    m_blocks.push_back({m_first, lastLead, std::int64_t(m_pending.size()), pack(m_pending)});
    m_pending = LeadColumns();
    m_pending.reserve(leadsPerBlock);
    if (lastLead != highestId)
        m_first = lastLead + 1;
}

std::vector<Block> Packer::finish()
{
    close(m_to);
    return std::move(m_blocks);
}

std::vector<std::byte> pack(const LeadColumns &leads)
{
    const std::size_t n = leads.size();
    std::vector<std::byte> out;
    out.reserve(64 + n * 32);
    out.push_back(leadLayout);
    put(out, n);
    std::int64_t previousId = 0, previousCreated = 0;
    for (std::size_t lead = 0; lead < n; ++lead) {
        putSigned(out, difference(leads.id(lead), previousId));
        putSigned(out, difference(leads.createdAt(lead), previousCreated));
        previousId = leads.id(lead);
        previousCreated = leads.createdAt(lead);
        const std::array<std::int64_t, 3> outcomes = {leads.sqlAt(lead), leads.opportunityAt(lead),
                                                      leads.customerAt(lead)};
        std::uint64_t flags = leads.archived(lead) ? archivedFlag : 0;
        for (std::size_t outcome = 0; outcome < outcomes.size(); ++outcome)
            if (outcomes[outcome] != noTime)
                flags |= outcomeFlag(outcome);
        put(out, flags);
        for (const std::int64_t time : outcomes)
            if (time != noTime)
                putSigned(out, difference(time, previousCreated));
    }
    std::vector<std::byte> section;
    for (std::size_t field = 0; field < leadFieldCount; ++field) {
        const TextColumn &column = leads.field(LeadField(field));
        section.clear();
        put(section, column.distinctCount() - 1);
        for (std::uint32_t id = 1; id < column.distinctCount(); ++id)
            putText(section, column.utf8(id));
        for (std::size_t lead = 0; lead < column.size(); ++lead)
            put(section, column.id(lead));
        appendSection(out, section);
    }
    section.clear();
    for (std::size_t lead = 0; lead < n; ++lead)
        putText(section, leads.attrs(lead));
    appendSection(out, section);
    return out;
}

Status unpack(std::span<const std::byte> data, const LeadFieldChoice &kept, LeadColumns::Coded &leads)
{
    if (decodeLeads(data, kept, leads))
        return {};
    leads = LeadColumns::Coded();
    return damaged(QString());
}

Error damaged(const QString &where)
{
    return Error{QCoreApplication::translate("ScoringError", "the packed copy of the leads (lead_blocks) is damaged"),
                 where, 0, 0,
                 QCoreApplication::translate("ScoringError",
                                             "The leads themselves are read instead; the next full rescore writes "
                                             "the copy anew.")};
}

Result<std::vector<Range>> ranges(Database &database)
{
    std::vector<Range> found;
    auto trusted = leadCopy().trusted(database);
    if (!trusted)
        return trusted.error();
    if (!*trusted)
        return found;
    auto query = database.prepare("SELECT first_lead, last_lead, leads FROM lead_blocks ORDER BY first_lead");
    if (!query)
        return query.error();
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        found.push_back({query->int64(0), query->int64(1), query->int64(2)});
    }
    // As written: every id, in ranges that follow each other without a gap.
    for (std::size_t at = 0; at < found.size(); ++at) {
        const Range &range = found[at];
        const bool first = at == 0, last = at + 1 == found.size();
        if (range.lastLead < range.firstLead || range.leads < 0 || range.leads > std::int64_t(leadsPerBlock)
            || (first && range.firstLead != lowestId)
            || (last ? range.lastLead != highestId
                     : range.lastLead == highestId || found[at + 1].firstLead != range.lastLead + 1))
            return std::vector<Range>();
    }
    return found;
}

Result<bool> read(Database &database, const std::vector<Range> &stored, LeadColumns &leads,
                  std::vector<std::int64_t> &ids)
{
    // ranges() let no block say it holds more than a block's worth.
    std::size_t total = 0;
    for (const Range &range : stored)
        total += std::size_t(range.leads);
    leads.reserve(total);
    ids.reserve(ids.size() + total);
    auto visited = visit(database, lowestId, highestId, leads.kept(), [&](const LeadColumns::Coded &block) {
        leads.appendCoded(block);
        ids.insert(ids.end(), block.ids.begin(), block.ids.end());
        return true;
    });
    if (!visited)
        return visited.error();
    // Absent: the copy went between the caller's ranges() and this read, which a read
    // transaction around both prevents; the load reads the rows all the same.
    return *visited == Visit::Read;
}

Result<Visit> visit(Database &database, std::int64_t first, std::int64_t last, const LeadFieldChoice &kept,
                    const std::function<bool(const LeadColumns::Coded &)> &take)
{
    auto stored = ranges(database);
    if (!stored)
        return stored.error();
    if (stored->empty())
        return Visit::Absent;
    // The blocks meeting the range, as ranges() found them: one after another from the first.
    auto expected =
        std::find_if(stored->begin(), stored->end(), [first](const Range &range) { return range.lastLead >= first; });
    LeadColumns::Coded block;
    std::optional<Visit> ended;
    const Status read =
        PackedBlockTable::read(database, "lead_blocks", "leads", first, last, [&](const PackedBlockTable::Row &row) {
            if (expected == stored->end() || row.firstLead != expected->firstLead || row.lastLead != expected->lastLead
                || !decodeLeads(row.data, kept, block) || std::int64_t(block.ids.size()) != row.count
                || (!block.ids.empty()
                    && (block.ids.front() < expected->firstLead || block.ids.back() > expected->lastLead))) {
                ended = Visit::Damaged;
                return false;
            }
            ++expected;
            if (!take(block)) {
                ended = Visit::Read;
                return false;
            }
            return true;
        });
    if (!read)
        return read.error();
    if (ended)
        return *ended;
    return expected == stored->end() || expected->firstLead > last ? Visit::Read : Visit::Damaged;
}

Result<bool> write(Database &database, const std::vector<Block> &blocks)
{
    std::vector<PackedBlockTable::Row> rows;
    rows.reserve(blocks.size());
    for (const Block &block : blocks)
        rows.push_back({block.firstLead, block.lastLead, block.leads, block.data});
    return PackedBlockTable::write(
        database, leadCopy(), "INSERT INTO lead_blocks (first_lead, last_lead, leads, data) VALUES (?1, ?2, ?3, ?4)",
        rows, QCoreApplication::translate("ScoringError", "the packed leads"));
}

Status forget(Database &database)
{
    return leadCopy().forget(database);
}

} // namespace LeadStage::LeadBlocks
