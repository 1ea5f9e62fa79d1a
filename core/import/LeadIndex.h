#pragma once

#include "common/HashSlots.h"
#include "common/PagesAhead.h"
#include "common/PrefetchLine.h"
#include "common/Result.h"

#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

namespace LeadStage {

class Database;

// Every lead's CRM id and normalised e-mail in memory, so that matching ten million
// event rows costs a hash lookup each rather than a query (DESIGN §6: external id
// first, then e-mail). Kept up to date as the import inserts leads.
class LeadIndex
{
public:
    // A key with its hash worked out beforehand (on an import's reading thread, keyOf),
    // so that the thread writing the leads only probes.
    struct Key
    {
        QStringView text;
        std::uint32_t hash;
    };
    static std::uint32_t hashOf(QStringView key);
    static Key keyOf(QStringView key) { return {key, hashOf(key)}; }

    Status load(Database &database);

    // Points both keys at `id` (an empty key is left out); a key already known moves.
    void add(std::int64_t id, QStringView externalId, QStringView email) { add(id, keyOf(externalId), keyOf(email)); }
    void add(std::int64_t id, Key externalId, Key email);
    // Room for this many leads in all, so a large file's keys go in without rehashing.
    void reserve(qsizetype leads);
    qsizetype size() const { return qsizetype(std::max(m_byExternalId.size(), m_byEmail.size())); }
    std::int64_t byExternalId(QStringView externalId) const { return m_byExternalId.get(keyOf(externalId)); }
    std::int64_t byExternalId(Key externalId) const { return m_byExternalId.get(externalId); }
    std::int64_t byEmail(QStringView normalisedEmail) const { return m_byEmail.get(keyOf(normalisedEmail)); }
    std::int64_t byEmail(Key normalisedEmail) const { return m_byEmail.get(normalisedEmail); }
    // A CRM id or an e-mail, as event files name leads: 0 when no lead has it.
    std::int64_t find(QStringView key) const;
    // Asks the processor for the slots these keys' lookups and additions read first.
    void prefetch(Key externalId, Key email) const
    {
        m_byExternalId.prefetch(externalId.hash);
        m_byEmail.prefetch(email.hash);
    }

    // Trimmed and lower-cased as QString::toLower() does; an ASCII address (nearly all)
    // without Qt's Unicode case mapping, which took a tenth of a leads file's reading.
    static QString normaliseEmail(QStringView email);

private:
    // One kind of key: the keys' characters one after another in one buffer and an
    // open-addressing table over them, so a million leads cost a few large blocks
    // rather than a few million small ones (whose freeing alone took a second).
    class KeyTable
    {
    public:
        KeyTable() = default;
        KeyTable(KeyTable &&other) noexcept = default;
        KeyTable &operator=(KeyTable &&other) noexcept;
        ~KeyTable() { stopFollowing(); }

        void reserve(std::size_t keys);
        void put(Key key, std::int64_t id);
        std::int64_t get(Key key) const; // 0: unknown
        std::size_t size() const { return m_entries.size(); }
        void prefetch(std::uint32_t hash) const
        {
            Q_ASSERT(!m_slots.empty());
            prefetchLine(&m_slots[hash & (m_slots.size() - 1)]);
        }

    private:
        struct Entry
        {
            std::uint64_t offset; // into m_chars
            std::uint32_t length;
            std::int64_t id;
        };
        std::size_t slotOf(QStringView key, std::uint32_t hash) const; // the key's slot, or the free one it would take
        QStringView keyOf(const Entry &entry) const;
        void append(QStringView key, std::int64_t id);
        void follow();
        void stopFollowing(); // before a buffer moves or goes

        std::vector<char16_t> m_chars;
        std::vector<Entry> m_entries;
        // Refs are entry index + 1; a power of two, at most half taken, never empty
        // (prefetch indexes it unchecked).
        std::vector<HashSlot> m_slots = std::vector<HashSlot>(16);
        // A large table's new characters and entries are faulted in ahead of the
        // thread adding them (PagesAhead): a million leads' keys are 150 MB of fresh
        // memory, which that thread, the import's busiest, spent 0.3 s faulting in.
        std::unique_ptr<PagesAhead> m_charPages;
        std::unique_ptr<PagesAhead> m_entryPages;
    };

    KeyTable m_byExternalId;
    KeyTable m_byEmail;
};

} // namespace LeadStage
