#include "TextColumn.h"

#include "common/TextHash.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace LeadStage {

namespace {

constexpr std::size_t firstSlotCount = 16;

bool isAscii(std::string_view text)
{
    unsigned char any = 0;
    for (const char c : text)
        any |= static_cast<unsigned char>(c);
    return any < 0x80;
}

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

} // namespace

TextColumn::TextColumn()
    : m_offsets{0, 0}
    , m_slots(firstSlotCount)
{}

void TextColumn::append(const QString &text)
{
    if (text.isEmpty()) {
        m_ids.push_back(0);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    m_ids.push_back(idOf(viewOf(utf8)));
}

void TextColumn::appendUtf8(std::string_view text)
{
    m_ids.push_back(text.empty() ? 0 : idOf(text));
}

void TextColumn::appendColumn(const TextColumn &other)
{
    // Id 0 (the empty text) stays 0; the other's ids 1.. are its values in order of
    // first appearance, so interning them in that order numbers new values as appends would.
    std::vector<std::uint32_t> ids(other.m_offsets.size() - 1, 0);
    for (std::uint32_t id = 1; id < ids.size(); ++id)
        ids[id] = idOf(other.bytesOf(id));
    appendMapped(ids, other.m_ids);
}

void TextColumn::appendCoded(std::span<const std::string_view> values, std::span<const std::uint32_t> codes)
{
    Q_ASSERT(std::all_of(codes.begin(), codes.end(), [&values](std::uint32_t code) { return code <= values.size(); }));
    std::vector<std::uint32_t> ids(values.size() + 1, 0);
    for (std::size_t code = 1; code < ids.size(); ++code)
        ids[code] = values[code - 1].empty() ? 0 : idOf(values[code - 1]);
    appendMapped(ids, codes);
}

void TextColumn::appendMapped(const std::vector<std::uint32_t> &ids, std::span<const std::uint32_t> codes)
{
    const std::size_t before = m_ids.size();
    m_ids.resize(before + codes.size());
    std::uint32_t *to = m_ids.data() + before;
    for (const std::uint32_t code : codes)
        *to++ = ids[code];
}

std::uint32_t TextColumn::idOf(std::string_view utf8)
{
    const std::uint32_t hash = textHash(utf8);
    const std::size_t slot = slotFor(m_slots, hash, [&](std::uint32_t ref) { return bytesOf(ref) == utf8; });
    if (m_slots[slot].ref != 0)
        return m_slots[slot].ref;
    if (!isAscii(utf8)) {
        // Malformed UTF-8 decodes to replacement characters: such bytes take the id of
        // the text they decode to, so values equal as text share one id (and every
        // stored value decodes back to exactly its bytes).
        const QByteArray wellFormed = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toUtf8();
        if (viewOf(wellFormed) != utf8)
            return wellFormed.isEmpty() ? 0 : idOf(viewOf(wellFormed));
    }
    return add(utf8, hash, slot);
}

std::uint32_t TextColumn::add(std::string_view utf8, std::uint32_t hash, std::size_t slot)
{
    const auto id = std::uint32_t(m_offsets.size() - 1);
    m_bytes.insert(m_bytes.end(), utf8.begin(), utf8.end());
    m_offsets.push_back(m_bytes.size());
    m_slots[slot] = {hash, id};
    if (std::size_t(id) * 8 > m_slots.size() * 5)
        m_slots = rehashed(m_slots, m_slots.size() * 2);
    return id;
}

std::string_view TextColumn::bytesOf(std::uint32_t id) const
{
    return std::string_view(m_bytes.data() + m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
}

const std::vector<QString> &TextColumn::values() const
{
    const std::size_t distinct = m_offsets.size() - 1;
    if (m_decoded->count.load(std::memory_order_acquire) == distinct)
        return m_decoded->values;
    std::lock_guard lock(m_decoded->decoding);
    std::vector<QString> &values = m_decoded->values;
    values.reserve(distinct);
    for (std::size_t id = values.size(); id < distinct; ++id) {
        const std::string_view bytes = bytesOf(std::uint32_t(id));
        values.push_back(id == 0 ? QString() : QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
    }
    m_decoded->count.store(distinct, std::memory_order_release);
    return values;
}

} // namespace LeadStage
