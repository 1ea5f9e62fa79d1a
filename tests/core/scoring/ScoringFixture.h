#pragma once

// Helpers the scoring tests share: times from text, models from DESIGN's default
// with a JSON patch, and small ScoringInputs built from a compact event list.

#include "common/TimeFormat.h"
#include "scoring/ModelJson.h"
#include "scoring/Moments.h"
#include "scoring/ScoringInput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

namespace LeadStage::Testing {

// "2025-01-01" (midnight UTC) or "2025-01-01T10:00:00Z"; "" is noTime.
inline std::int64_t at(const QString &text)
{
    if (text.isEmpty())
        return noTime;
    const auto parsed = text.size() == 10 ? parseIsoDate(text) : parseIsoUtc(text);
    if (!parsed)
        qFatal("bad time in test: %s", qPrintable(text));
    return *parsed;
}

inline QString text(std::int64_t time)
{
    return time == noTime ? QString() : isoUtc(time);
}

// The default model with top-level keys replaced by `patch` (a JSON object text).
inline ScoringModel modelWith(const QByteArray &patch = {})
{
    auto base = ScoringModel::defaultModel();
    if (!base)
        qFatal("default model: %s", qPrintable(base.error().toString()));
    if (patch.isEmpty())
        return *base;
    QJsonObject object = QJsonDocument::fromJson(ModelJson::write(*base)).object();
    const QJsonObject changes = QJsonDocument::fromJson(patch).object();
    if (changes.isEmpty())
        qFatal("bad model patch in test: %s", patch.constData());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        object.insert(it.key(), it.value());
    auto model = ModelJson::read(QJsonDocument(object).toJson());
    if (!model)
        qFatal("patched model: %s", qPrintable(model.error().toString()));
    return *model;
}

// A lead from "industry=Software|employees=200|job_title=VP Sales|country=US|email=a@b.com".
inline LeadRecord leadWith(const QString &fields, std::int64_t createdAt = 0)
{
    LeadRecord lead;
    lead.id = 1;
    lead.createdAt = createdAt;
    const QStringList pairs = fields.split(u'|', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QString key = pair.section(u'=', 0, 0), value = pair.section(u'=', 1);
        if (key == u"industry")
            lead.industry = value;
        else if (key == u"employees")
            lead.employees = value.toLongLong();
        else if (key == u"job_title")
            lead.jobTitle = value;
        else if (key == u"country")
            lead.country = value;
        else if (key == u"email")
            lead.email = value;
        else if (key == u"source")
            lead.source = value;
        else if (key == u"campaign")
            lead.campaign = value;
        else if (key == u"company")
            lead.company = value;
        else if (key == u"attrs")
            lead.attrs = value.toUtf8();
        else
            qFatal("bad lead field in test: %s", qPrintable(key));
    }
    return lead;
}

// Builds a ScoringInput lead by lead. Events are "TIME activity [detail]" items
// separated by ';', in import order.
class InputBuilder
{
public:
    InputBuilder &lead(LeadRecord record, const QString &events = {})
    {
        m_input.leads.append(record);
        m_input.events.beginLead();
        const QStringList items = events.split(u';', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const QStringList parts = item.trimmed().split(u' ', Qt::SkipEmptyParts);
            const QString detail = parts.size() > 2 ? parts[2] : QString();
            m_input.events.add(at(parts[0]), m_input.events.activityIndex(parts[1]), m_input.events.detailId(detail));
        }
        return *this;
    }
    InputBuilder &lead(const QString &events, std::int64_t createdAt = 0)
    {
        LeadRecord record;
        record.id = std::int64_t(m_input.leads.size()) + 1;
        record.createdAt = createdAt;
        return lead(record, events);
    }
    ScoringInput build()
    {
        m_input.events.sortWithinLeads();
        return std::move(m_input);
    }

private:
    ScoringInput m_input;
};

} // namespace LeadStage::Testing
