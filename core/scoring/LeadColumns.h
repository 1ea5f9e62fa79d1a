#pragma once

#include "LeadRecord.h"
#include "TextColumn.h"

#include <array>
#include <bitset>
#include <optional>
#include <string_view>
#include <vector>

namespace LeadStage {

// The lead fields a condition can name; any other name is an `attrs` key.
enum class LeadField : std::uint8_t {
    Industry,
    Employees,
    Country,
    JobTitle,
    Email,
    EmailDomain,
    Source,
    Campaign,
    Company
};
inline constexpr std::size_t leadFieldCount = 9;
std::optional<LeadField> leadFieldFromName(QStringView name);

// Which text cells a load of leads keeps: a model names few fields, and one nobody
// names (a million distinct e-mails) costs a hash and a copy of every lead's text.
struct LeadFieldChoice
{
    std::bitset<leadFieldCount> fields;
    bool attrs = false; // the extra columns, for any attrs key

    static LeadFieldChoice all();
    bool covers(const LeadFieldChoice &needed) const
    {
        return (needed.fields & ~fields).none() && (attrs || !needed.attrs);
    }
};

// Every lead's fields, outcomes and attrs in columns, in the same lead order as
// EventColumns. Text fields are pooled so conditions run once per distinct value.
class LeadColumns
{
public:
    // One lead's cells as SQLite hands them out (UTF-8, valid during the call): what
    // append(LeadRecord) stores, without a QString per cell, for loading a workspace.
    struct Cells
    {
        std::int64_t id = 0;
        std::int64_t createdAt = 0;
        std::string_view industry, country, jobTitle, email, source, campaign, company, attrs;
        std::optional<std::int64_t> employees, sqlAt, opportunityAt, customerAt;
        bool archived = false;
    };

    // Leads as a block of LeadBlocks holds them: each column whole, and each text field
    // as its distinct values with a code per lead (TextColumn::appendCoded). A field
    // this load does not keep may be left empty.
    struct Coded
    {
        std::vector<std::int64_t> ids, createdAt, sqlAt, opportunityAt, customerAt; // noTime for none
        std::vector<std::uint8_t> archived;
        std::array<std::vector<std::string_view>, leadFieldCount> values;
        std::array<std::vector<std::uint32_t>, leadFieldCount> codes;
        std::vector<std::string_view> attrs;
    };

    // Before the first append: the cells to keep (all by default). A field left out
    // stays an empty column, which the engine refuses for a model that names it.
    void keepOnly(const LeadFieldChoice &choice) { m_kept = choice; }
    const LeadFieldChoice &kept() const { return m_kept; }
    void reserve(std::size_t leads);
    // Keeps every cell, whatever keepOnly() said.
    void append(const LeadRecord &lead);
    void append(const Cells &lead);
    // Another set of leads (with larger ids) after these, as if appended one by one:
    // halves read at once become one.
    void appendColumns(const LeadColumns &other);
    // Appends the kept cells of these leads (with larger ids).
    void appendCoded(const Coded &leads);

    std::size_t size() const { return m_ids.size(); }
    std::int64_t id(std::size_t lead) const { return m_ids[lead]; }
    std::int64_t createdAt(std::size_t lead) const { return m_createdAt[lead]; }
    std::int64_t sqlAt(std::size_t lead) const { return m_sqlAt[lead]; }
    std::int64_t opportunityAt(std::size_t lead) const { return m_opportunityAt[lead]; }
    std::int64_t customerAt(std::size_t lead) const { return m_customerAt[lead]; }
    bool archived(std::size_t lead) const { return m_archived[lead] != 0; }
    const TextColumn &field(LeadField field) const { return m_fields[std::size_t(field)]; }
    // The lead's attrs JSON as read; empty for none (also for "{}"), and when the load left them out.
    std::string_view attrs(std::size_t lead) const;

    // One attrs key of every lead as a column (parses every lead's attrs, so the
    // engine builds it once per model, and only for keys the model names).
    TextColumn attributeColumn(const QString &key) const;
    // The lead's position, or nothing when it is not in the columns.
    std::optional<std::size_t> indexOf(std::int64_t leadId) const;

private:
    void appendOutcomes(std::int64_t id, std::int64_t createdAt, std::optional<std::int64_t> sqlAt,
                        std::optional<std::int64_t> opportunityAt, std::optional<std::int64_t> customerAt,
                        bool archived);
    void appendAttrs(std::string_view attrs);
    // The columns that are not text, of leads with larger ids: appendColumns() and appendCoded() alike.
    void appendPlainColumns(const std::vector<std::int64_t> &ids, const std::vector<std::int64_t> &createdAt,
                            const std::vector<std::int64_t> &sqlAt, const std::vector<std::int64_t> &opportunityAt,
                            const std::vector<std::int64_t> &customerAt, const std::vector<std::uint8_t> &archived);

    std::vector<std::int64_t> m_ids;
    std::vector<std::int64_t> m_createdAt;
    std::vector<std::int64_t> m_sqlAt;
    std::vector<std::int64_t> m_opportunityAt;
    std::vector<std::int64_t> m_customerAt;
    std::vector<std::uint8_t> m_archived;
    LeadFieldChoice m_kept = LeadFieldChoice::all();
    std::array<TextColumn, leadFieldCount> m_fields;
    // Every lead's attrs JSON one after another, not a QByteArray (an allocation) each.
    std::vector<char> m_attrBytes;
    std::vector<std::size_t> m_attrEnds; // per lead, into m_attrBytes
};

} // namespace LeadStage
