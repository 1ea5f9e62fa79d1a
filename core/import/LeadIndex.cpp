#include "LeadIndex.h"

#include "common/TextHash.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <algorithm>

namespace LeadStage {

std::uint32_t LeadIndex::hashOf(QStringView key)
{
    return textHash(key);
}

QString LeadIndex::normaliseEmail(QStringView email)
{
    email = email.trimmed();
    if (email.isEmpty())
        return QString();
    QString lower(email.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(lower.data());
    for (qsizetype i = 0; i < email.size(); ++i) {
        const char16_t c = email[i].unicode();
        if (c >= 0x80)
            return email.toString().toLower();
        out[i] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
    }
    return lower;
}

Status LeadIndex::load(Database &database)
{
    auto query = database.prepare("SELECT id, external_id, email FROM leads");
    if (!query)
        return query.error();
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        add(query->int64(0), query->text(1), query->text(2));
    }
}

void LeadIndex::add(std::int64_t id, Key externalId, Key email)
{
    if (!externalId.text.isEmpty())
        m_byExternalId.put(externalId, id);
    if (!email.text.isEmpty())
        m_byEmail.put(email, id);
}

void LeadIndex::reserve(qsizetype leads)
{
    m_byExternalId.reserve(std::size_t(std::max<qsizetype>(leads, 0)));
    m_byEmail.reserve(std::size_t(std::max<qsizetype>(leads, 0)));
}

std::int64_t LeadIndex::find(QStringView key) const
{
    if (const std::int64_t id = m_byExternalId.get(keyOf(key)))
        return id;
    return key.contains(u'@') ? m_byEmail.get(keyOf(normaliseEmail(key))) : 0;
}

void LeadIndex::KeyTable::reserve(std::size_t keys)
{
    // Room for keys as long as a usual e-mail address: growing the buffer by doubling
    // copied it and faulted fresh pages in, a second of a million-lead import. Room never
    // written takes no memory, so the entries get a quarter more than asked: the count is
    // an estimate (LeadRowImporter's, from the first rows), and one doubling of a million
    // entries copied 22 MB into 44 MB of fresh pages, twice.
    constexpr std::size_t charsPerKey = 48;
    stopFollowing();
    m_chars.reserve(std::max(m_chars.capacity(), keys * charsPerKey));
    m_entries.reserve(std::max(m_entries.capacity(), keys + keys / 4));
    constexpr std::size_t followedFrom = 65536, window = std::size_t(8) << 20;
    if (keys >= followedFrom && !m_charPages) {
        m_charPages = std::make_unique<PagesAhead>(window);
        m_entryPages = std::make_unique<PagesAhead>(window);
    }
    follow();
    std::size_t slots = 16;
    while (slots < keys * 2)
        slots *= 2;
    if (slots > m_slots.size())
        m_slots = rehashed(m_slots, slots);
}

QStringView LeadIndex::KeyTable::keyOf(const Entry &entry) const
{
    return QStringView(m_chars.data() + entry.offset, qsizetype(entry.length));
}

std::size_t LeadIndex::KeyTable::slotOf(QStringView key, std::uint32_t hash) const
{
    return slotFor(m_slots, hash, [&](std::uint32_t ref) { return keyOf(m_entries[ref - 1]) == key; });
}

void LeadIndex::KeyTable::put(Key given, std::int64_t id)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        m_slots = rehashed(m_slots, std::max<std::size_t>(16, m_slots.size() * 2));
    const QStringView key = given.text;
    const std::uint32_t hash = given.hash;
    const std::size_t slot = slotOf(key, hash);
    if (m_slots[slot].ref != 0) {
        m_entries[m_slots[slot].ref - 1].id = id;
        return;
    }
    append(key, id);
    m_slots[slot] = {hash, std::uint32_t(m_entries.size())};
}

void LeadIndex::KeyTable::append(QStringView key, std::int64_t id)
{
    if (m_entries.size() == m_entries.capacity() || m_chars.size() + std::size_t(key.size()) > m_chars.capacity())
        stopFollowing(); // a buffer is about to move
    m_entries.push_back({m_chars.size(), std::uint32_t(key.size()), id});
    m_chars.insert(m_chars.end(), key.utf16(), key.utf16() + key.size());
    constexpr std::size_t keysPerFollow = 4096;
    if (m_entries.size() % keysPerFollow == 0)
        follow();
}

void LeadIndex::KeyTable::follow()
{
    if (!m_charPages)
        return;
    m_charPages->follow(m_chars.data(), m_chars.capacity() * sizeof(char16_t), m_chars.size() * sizeof(char16_t));
    m_entryPages->follow(m_entries.data(), m_entries.capacity() * sizeof(Entry), m_entries.size() * sizeof(Entry));
}

void LeadIndex::KeyTable::stopFollowing()
{
    if (!m_charPages)
        return;
    m_charPages->release();
    m_entryPages->release();
}

LeadIndex::KeyTable &LeadIndex::KeyTable::operator=(KeyTable &&other) noexcept
{
    if (this == &other)
        return *this;
    stopFollowing(); // this table's buffers go first
    m_charPages = std::move(other.m_charPages);
    m_entryPages = std::move(other.m_entryPages);
    m_chars = std::move(other.m_chars);
    m_entries = std::move(other.m_entries);
    m_slots = std::move(other.m_slots);
    return *this;
}

std::int64_t LeadIndex::KeyTable::get(Key key) const
{
    if (m_slots.empty() || key.text.isEmpty())
        return 0;
    const HashSlot &slot = m_slots[slotOf(key.text, key.hash)];
    return slot.ref != 0 ? m_entries[slot.ref - 1].id : 0;
}

} // namespace LeadStage
