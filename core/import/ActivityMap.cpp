#include "ActivityMap.h"

#include <QCoreApplication>

#include "store/ActivityCatalog.h"

namespace LeadStage {

namespace {

// Names seen in HubSpot, Salesforce, Marketo and Mautic activity exports.
const std::pair<const char16_t *, const char16_t *> commonNames[] = {
    {u"Webinar Attended", u"webinar_attended"},
    {u"Attended Webinar", u"webinar_attended"},
    {u"Attended Event", u"webinar_attended"},
    {u"Webinar No Show", u"webinar_no_show"},
    {u"Registered, did not attend", u"webinar_no_show"},
    {u"Watched Webinar Recording", u"webinar_on_demand"},
    {u"On-demand Webinar Viewed", u"webinar_on_demand"},
    {u"Form fill: Pricing", u"pricing_page_visit"},
    {u"Pricing Page Viewed", u"pricing_page_visit"},
    {u"Form fill: Demo Request", u"demo_request"},
    {u"Request a Demo", u"demo_request"},
    {u"Demo Requested", u"demo_request"},
    {u"Form fill: Contact Sales", u"contact_sales"},
    {u"Contact Us", u"contact_sales"},
    {u"Form fill: Free Trial", u"trial_signup"},
    {u"Free Trial Signup", u"trial_signup"},
    {u"Trial Started", u"trial_signup"},
    {u"Form fill: Whitepaper", u"whitepaper_download"},
    {u"Whitepaper Downloaded", u"whitepaper_download"},
    {u"Downloaded Whitepaper", u"whitepaper_download"},
    {u"Form fill: Ebook", u"ebook_download"},
    {u"Ebook Downloaded", u"ebook_download"},
    {u"Open Email", u"email_open"},
    {u"Email Opened", u"email_open"},
    {u"Email Open", u"email_open"},
    {u"Click Email", u"email_click"},
    {u"Email Clicked", u"email_click"},
    {u"Email Click", u"email_click"},
    {u"Email Forwarded", u"email_forward"},
    {u"Forward to Friend", u"email_forward"},
    {u"Blog Post Viewed", u"blog_read"},
    {u"Blog Article Read", u"blog_read"},
    {u"Subscribed to Blog", u"blog_subscribe"},
    {u"Blog Subscription", u"blog_subscribe"},
    {u"Resource Center Viewed", u"resource_center_visit"},
    {u"About Page Viewed", u"about_page_visit"},
    {u"Followed Company Page", u"social_follow"},
    {u"Social Engagement", u"social_engage"},
    {u"Shared Post", u"social_share"},
    {u"Comparison Sheet Downloaded", u"comparison_download"},
    {u"Product Webinar Attended", u"product_webinar"},
    {u"ROI Calculator Used", u"roi_calculator"},
    {u"Logged In", u"product_login"},
    {u"Product Login", u"product_login"},
    {u"Feature Used", u"feature_used"},
    {u"Invited Teammate", u"teammate_invited"},
    {u"Usage Limit Reached", u"usage_limit_reached"},
};

} // namespace

QString ActivityMap::normalised(QStringView name)
{
    QString key;
    key.reserve(name.size());
    bool gap = false;
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            if (gap && !key.isEmpty())
                key += u' ';
            key += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return key;
}

ActivityMap ActivityMap::defaults()
{
    ActivityMap map;
    for (const ActivityType &type : defaultActivityTypes())
        map.addKey(type.key, type.label);
    for (const auto &[name, key] : commonNames)
        map.m_lookup.insert(normalised(QStringView(name)), QString::fromUtf16(key));
    return map;
}

void ActivityMap::addKey(const QString &key, const QString &label)
{
    m_knownKeys.insert(key, label);
    // Entries the user made win over a key's own names.
    if (!m_lookup.contains(normalised(key)))
        m_lookup.insert(normalised(key), key);
    if (!label.isEmpty() && !m_lookup.contains(normalised(label)))
        m_lookup.insert(normalised(label), key);
}

void ActivityMap::set(const QString &sourceName, const QString &key)
{
    m_entries.insert(sourceName, key);
    m_lookup.insert(normalised(sourceName), key);
}

void ActivityMap::remove(const QString &sourceName)
{
    m_entries.remove(sourceName);
    m_lookup.remove(normalised(sourceName));
}

std::optional<QString> ActivityMap::keyFor(QStringView sourceName) const
{
    const auto it = m_lookup.constFind(normalised(sourceName));
    if (it == m_lookup.cend())
        return std::nullopt;
    return *it;
}

QJsonObject ActivityMap::toJson() const
{
    QJsonObject json;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

Status ActivityMap::merge(const QJsonObject &json, const QString &where)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.value().toString();
        if (!m_knownKeys.contains(key))
            return Error{
                QCoreApplication::translate("ImportError",
                                            "activities: '%1' maps to '%2', which is not an activity key")
                    .arg(it.key(), key),
                where, 0, 0,
                QCoreApplication::translate("ImportError", "Use one of: %1.").arg(m_knownKeys.keys().join(u", "_qs))};
        set(it.key(), key);
    }
    return {};
}

} // namespace LeadStage
