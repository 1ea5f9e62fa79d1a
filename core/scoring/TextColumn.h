#pragma once

#include "common/HashSlots.h"

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace LeadStage {

// One text field of every lead: an id per lead into the field's distinct values, so a
// condition is evaluated once per distinct value instead of once per lead. Id 0 is the
// empty text; the other ids number the distinct values in order of first appearance.
class TextColumn
{
public:
    TextColumn();

    void reserve(std::size_t leads) { m_ids.reserve(leads); }
    // One lead at a time: interned by its UTF-8 bytes like appendUtf8().
    void append(const QString &text);
    // Bulk loading from SQLite's cells: a repeated value costs one hash of its bytes and
    // one probe, a new value one copy of its bytes.
    void appendUtf8(std::string_view text);
    // Another column's leads after these, as if appended one by one: a value new here
    // takes the next id in the order the other column first met it.
    void appendColumn(const TextColumn &other);
    // Leads given as codes into `values` (a block of LeadBlocks): code 0 is the empty
    // text, code c the value values[c - 1]; as if each lead's text were appended. Codes
    // must be at most values.size().
    void appendCoded(std::span<const std::string_view> values, std::span<const std::uint32_t> codes);

    std::size_t size() const { return m_ids.size(); }
    std::uint32_t id(std::size_t lead) const { return m_ids[lead]; }
    const std::vector<std::uint32_t> &ids() const { return m_ids; }
    std::uint32_t distinctCount() const { return std::uint32_t(m_offsets.size() - 1); }
    // A value's UTF-8 bytes, valid until the next append.
    std::string_view utf8(std::uint32_t id) const { return bytesOf(id); }
    // The values as text, decoded when first asked for (a column nobody names, such as
    // a million e-mails, never costs a QString each, nor their freeing). Safe to call
    // from several threads; valid until the next append.
    const QString &value(std::uint32_t id) const { return values()[id]; }
    const QString &at(std::size_t lead) const { return values()[m_ids[lead]]; }

private:
    // The values decoded so far; `count` says how many, for readers on other threads.
    struct Decoded
    {
        std::mutex decoding;
        std::atomic<std::size_t> count{0};
        std::vector<QString> values;
    };

    std::uint32_t idOf(std::string_view utf8);
    // Appends ids[code] for each code.
    void appendMapped(const std::vector<std::uint32_t> &ids, std::span<const std::uint32_t> codes);
    std::uint32_t add(std::string_view utf8, std::uint32_t hash, std::size_t slot);
    std::string_view bytesOf(std::uint32_t id) const;
    const std::vector<QString> &values() const;

    std::vector<std::uint32_t> m_ids; // per lead
    std::unique_ptr<Decoded> m_decoded = std::make_unique<Decoded>();
    std::vector<char> m_bytes;          // every distinct value's UTF-8, one after another
    std::vector<std::size_t> m_offsets; // id's bytes: [m_offsets[id], m_offsets[id + 1])
    // Refs are value ids (the empty text, id 0, never enters); a power of two, at most
    // 5/8 taken.
    std::vector<HashSlot> m_slots;
};

} // namespace LeadStage
