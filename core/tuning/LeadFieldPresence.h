#pragma once

#include "common/Result.h"
#include "scoring/FieldAddress.h"
#include "scoring/ScoringModel.h"

#include <QSet>
#include <QString>

#include <array>

namespace LeadStage {

class Database;

// Which lead fields and attrs keys at least one lead of the workspace has a value in:
// a field rule on anything else scores 0 for every lead, which the editor and
// `leadstage score` say instead of letting it pass in silence.
class LeadFieldPresence
{
public:
    // Every field and attrs key: one scan of the leads (the rule editor, off the GUI thread).
    static Result<LeadFieldPresence> read(Database &database);
    // Only the fields the model's field and fit rules name, each query stopping at the
    // first lead with a value: cheap enough to run before every `leadstage score`.
    static Result<LeadFieldPresence> readFor(Database &database, const ScoringModel &model);

    bool has(const FieldAddress &address) const;
    bool hasLeads() const { return m_hasLeads; }
    // Every attrs key with a value, named as a rule writes it (attrs.KEY when a lead
    // field has its name), sorted: what the condition editor offers after the fields.
    QStringList attributeNames() const;

    void setField(LeadField field, bool present) { m_fields[std::size_t(field)] = present; }
    void addAttribute(const QString &key) { m_attributes.insert(key); }
    void setHasLeads(bool hasLeads) { m_hasLeads = hasLeads; }

private:
    std::array<bool, leadFieldCount> m_fields{};
    QSet<QString> m_attributes;
    bool m_hasLeads = false;
};

} // namespace LeadStage
