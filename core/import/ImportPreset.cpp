#include "ImportPreset.h"

namespace LeadStage {

namespace {

using F = ImportPreset::Field;

// HubSpot's lifecycle dates: recorded stages (DESIGN §4). In an outcomes file the SQL,
// opportunity and customer dates are the outcomes themselves (a column feeds one field),
// so only the MQL date is recorded there.
const F hubspotRecorded[] = {
    F{u"recorded_mql_at"_qs, {u"Became a Marketing Qualified Lead Date"_qs}},
    F{u"recorded_sql_at"_qs, {u"Became a Sales Qualified Lead Date"_qs}},
    F{u"recorded_opportunity_at"_qs, {u"Became an Opportunity Date"_qs}},
    F{u"recorded_customer_at"_qs, {u"Became a Customer Date"_qs}},
};

// Marketo's revenue-stage dates, as the Revenue Cycle Modeler's fields are usually named.
const F marketoRecorded[] = {
    F{u"recorded_mql_at"_qs, {u"MQL Date"_qs, u"Became MQL Date"_qs, u"Marketing Qualified Date"_qs}},
    F{u"recorded_sql_at"_qs, {u"SQL Date"_qs, u"Became SQL Date"_qs, u"Sales Qualified Date"_qs}},
    F{u"recorded_opportunity_at"_qs, {u"Opportunity Date"_qs, u"Became Opportunity Date"_qs}},
    F{u"recorded_customer_at"_qs, {u"Customer Date"_qs, u"Became Customer Date"_qs, u"Won Date"_qs}},
};

std::vector<ImportPreset> leadPresets()
{
    return {
        {u"generic"_qs,
         u"Generic LeadStage CSV"_qs,
         ImportKind::Leads,
         {F{u"external_id"_qs, {u"lead_id"_qs, u"external_id"_qs}}, F{u"email"_qs, {u"email"_qs}},
          F{u"first_name"_qs, {u"first_name"_qs}}, F{u"last_name"_qs, {u"last_name"_qs}},
          F{u"company"_qs, {u"company"_qs}}, F{u"job_title"_qs, {u"job_title"_qs}}, F{u"industry"_qs, {u"industry"_qs}},
          F{u"employees"_qs, {u"employees"_qs}}, F{u"country"_qs, {u"country"_qs}}, F{u"source"_qs, {u"source"_qs}},
          F{u"campaign"_qs, {u"campaign"_qs}}, F{u"created_at"_qs, {u"created_at"_qs}}}},
        {u"hubspot"_qs,
         u"HubSpot contacts export"_qs,
         ImportKind::Leads,
         {F{u"external_id"_qs, {u"Record ID"_qs, u"Contact ID"_qs}}, F{u"email"_qs, {u"Email"_qs}},
          F{u"first_name"_qs, {u"First Name"_qs}}, F{u"last_name"_qs, {u"Last Name"_qs}},
          F{u"company"_qs, {u"Company Name"_qs}}, F{u"job_title"_qs, {u"Job Title"_qs}},
          F{u"industry"_qs, {u"Industry"_qs}}, F{u"employees"_qs, {u"Number of Employees"_qs}},
          F{u"country"_qs, {u"Country/Region"_qs, u"Country"_qs}},
          F{u"source"_qs, {u"Original Source"_qs, u"Original Traffic Source"_qs}},
          F{u"campaign"_qs, {u"Original Source Drill-Down 2"_qs, u"First Conversion"_qs}},
          F{u"created_at"_qs, {u"Create Date"_qs}}, hubspotRecorded[0], hubspotRecorded[1], hubspotRecorded[2],
          hubspotRecorded[3]}},
        {u"salesforce"_qs,
         u"Salesforce lead report"_qs,
         ImportKind::Leads,
         {F{u"external_id"_qs, {u"Lead ID"_qs}}, F{u"email"_qs, {u"Email"_qs}}, F{u"first_name"_qs, {u"First Name"_qs}},
          F{u"last_name"_qs, {u"Last Name"_qs}}, F{u"company"_qs, {u"Company / Account"_qs, u"Company"_qs}},
          F{u"job_title"_qs, {u"Title"_qs}}, F{u"industry"_qs, {u"Industry"_qs}},
          F{u"employees"_qs, {u"No. of Employees"_qs, u"Employees"_qs}}, F{u"country"_qs, {u"Country"_qs}},
          F{u"source"_qs, {u"Lead Source"_qs}}, F{u"campaign"_qs, {u"Campaign Name"_qs, u"Last Campaign"_qs}},
          F{u"created_at"_qs, {u"Create Date"_qs, u"Created Date"_qs}},
          F{u"recorded_sql_at"_qs, {u"Converted Date"_qs, u"ConvertedDate"_qs}},
          F{u"recorded_sql_flag"_qs, {u"IsConverted"_qs, u"Is Converted"_qs, u"Converted"_qs}}}},
        {u"marketo"_qs,
         u"Marketo lead export"_qs,
         ImportKind::Leads,
         {F{u"external_id"_qs, {u"Id"_qs, u"Marketo ID"_qs}}, F{u"email"_qs, {u"Email Address"_qs}},
          F{u"first_name"_qs, {u"First Name"_qs}}, F{u"last_name"_qs, {u"Last Name"_qs}},
          F{u"company"_qs, {u"Company Name"_qs}}, F{u"job_title"_qs, {u"Job Title"_qs}},
          F{u"industry"_qs, {u"Industry"_qs}}, F{u"employees"_qs, {u"Number of Employees"_qs}},
          F{u"country"_qs, {u"Country"_qs}}, F{u"source"_qs, {u"Lead Source"_qs, u"Original Source Type"_qs}},
          F{u"campaign"_qs, {u"Acquisition Program"_qs}}, F{u"created_at"_qs, {u"Created At"_qs}}, marketoRecorded[0],
          marketoRecorded[1], marketoRecorded[2], marketoRecorded[3]}},
        {u"mautic"_qs,
         u"Mautic contacts export"_qs,
         ImportKind::Leads,
         {F{u"external_id"_qs, {u"id"_qs}}, F{u"email"_qs, {u"email"_qs}}, F{u"first_name"_qs, {u"firstname"_qs}},
          F{u"last_name"_qs, {u"lastname"_qs}}, F{u"company"_qs, {u"company"_qs}}, F{u"job_title"_qs, {u"position"_qs}},
          F{u"country"_qs, {u"country"_qs}}, F{u"source"_qs, {u"utm_source"_qs, u"leadsource"_qs}},
          F{u"campaign"_qs, {u"utm_campaign"_qs}}, F{u"created_at"_qs, {u"date_added"_qs}}}},
    };
}

std::vector<ImportPreset> eventPresets()
{
    return {
        {u"generic"_qs,
         u"Generic LeadStage events CSV"_qs,
         ImportKind::Events,
         {F{u"lead"_qs, {u"lead_id"_qs}}, F{u"email"_qs, {u"email"_qs}}, F{u"activity"_qs, {u"activity"_qs}},
          F{u"occurred_at"_qs, {u"occurred_at"_qs}}, F{u"detail"_qs, {u"detail"_qs}}}},
        {u"hubspot"_qs,
         u"HubSpot activity export"_qs,
         ImportKind::Events,
         {F{u"lead"_qs, {u"Contact ID"_qs, u"Record ID"_qs}}, F{u"email"_qs, {u"Email"_qs}},
          F{u"activity"_qs, {u"Activity Type"_qs, u"Event Type"_qs}},
          F{u"occurred_at"_qs, {u"Activity Date"_qs, u"Timestamp"_qs}},
          F{u"detail"_qs, {u"Activity Details"_qs, u"Subject"_qs}}}},
        {u"salesforce"_qs,
         u"Salesforce activity report"_qs,
         ImportKind::Events,
         {F{u"lead"_qs, {u"Lead ID"_qs}}, F{u"email"_qs, {u"Email"_qs}}, F{u"activity"_qs, {u"Subject"_qs}},
          F{u"occurred_at"_qs, {u"Date"_qs, u"Activity Date"_qs}},
          F{u"detail"_qs, {u"Full Comments"_qs, u"Comments"_qs}}}},
        {u"marketo"_qs,
         u"Marketo activity log"_qs,
         ImportKind::Events,
         {F{u"lead"_qs, {u"Lead ID"_qs}}, F{u"email"_qs, {u"Email Address"_qs}},
          F{u"activity"_qs, {u"Activity Type"_qs}}, F{u"occurred_at"_qs, {u"Activity Date"_qs}},
          F{u"detail"_qs, {u"Primary Attribute Value"_qs}}}},
        {u"mautic"_qs,
         u"Mautic contact timeline export"_qs,
         ImportKind::Events,
         {F{u"lead"_qs, {u"contact_id"_qs, u"lead_id"_qs}}, F{u"email"_qs, {u"email"_qs}},
          F{u"activity"_qs, {u"event_name"_qs, u"event"_qs}}, F{u"occurred_at"_qs, {u"timestamp"_qs, u"date_added"_qs}},
          F{u"detail"_qs, {u"event_label"_qs, u"url"_qs}}}},
    };
}

std::vector<ImportPreset> outcomePresets()
{
    return {
        {u"generic"_qs,
         u"Generic LeadStage outcomes CSV"_qs,
         ImportKind::Outcomes,
         {F{u"lead"_qs, {u"lead_id"_qs}}, F{u"email"_qs, {u"email"_qs}}, F{u"sql_at"_qs, {u"sql_at"_qs}},
          F{u"opportunity_at"_qs, {u"opportunity_at"_qs}}, F{u"customer_at"_qs, {u"customer_at"_qs}},
          F{u"lost_at"_qs, {u"lost_at"_qs}}, F{u"revenue"_qs, {u"revenue"_qs}}}},
        {u"hubspot"_qs,
         u"HubSpot contacts export with lifecycle dates"_qs,
         ImportKind::Outcomes,
         {F{u"lead"_qs, {u"Record ID"_qs, u"Contact ID"_qs}}, F{u"email"_qs, {u"Email"_qs}},
          F{u"sql_at"_qs, {u"Became a Sales Qualified Lead Date"_qs}},
          F{u"opportunity_at"_qs, {u"Became an Opportunity Date"_qs}},
          F{u"customer_at"_qs, {u"Became a Customer Date"_qs}}, F{u"lost_at"_qs, {u"Closed Lost Date"_qs}},
          F{u"revenue"_qs, {u"Total Revenue"_qs}}, hubspotRecorded[0]}},
        {u"salesforce"_qs,
         u"Salesforce converted-lead report"_qs,
         ImportKind::Outcomes,
         {F{u"lead"_qs, {u"Lead ID"_qs}}, F{u"email"_qs, {u"Email"_qs}}, F{u"sql_at"_qs, {u"Converted Date"_qs}},
          F{u"opportunity_at"_qs, {u"Opportunity Created Date"_qs}}, F{u"customer_at"_qs, {u"Closed Won Date"_qs}},
          F{u"lost_at"_qs, {u"Closed Lost Date"_qs}}, F{u"revenue"_qs, {u"Amount"_qs}},
          F{u"customer_flag"_qs, {u"Won"_qs, u"IsWon"_qs, u"Is Won"_qs}}}},
        {u"marketo"_qs,
         u"Marketo lead export with revenue stages"_qs,
         ImportKind::Outcomes,
         {F{u"lead"_qs, {u"Id"_qs, u"Marketo ID"_qs}}, F{u"email"_qs, {u"Email Address"_qs}}, marketoRecorded[0],
          marketoRecorded[1], marketoRecorded[2], marketoRecorded[3]}},
    };
}

} // namespace

QString normalisedColumnName(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name)
        if (c.isLetterOrNumber())
            key += c.toLower();
    return key;
}

ColumnMapping ImportPreset::apply(const QStringList &header) const
{
    ColumnMapping mapping;
    mapping.kind = kind;
    mapping.preset = name;
    QStringList normalised;
    for (const QString &column : header)
        normalised << normalisedColumnName(column);
    for (const Field &entry : fields) {
        for (const QString &column : entry.columns) {
            const qsizetype index = normalised.indexOf(normalisedColumnName(column));
            if (index >= 0 && !mapping.columns.values().contains(header[index])) {
                mapping.map(entry.field, header[index]);
                break;
            }
        }
    }
    return mapping;
}

int ImportPreset::matches(const QStringList &header) const
{
    return int(apply(header).columns.size());
}

const std::vector<ImportPreset> &builtinPresets()
{
    static const std::vector<ImportPreset> all = [] {
        std::vector<ImportPreset> presets = leadPresets();
        for (auto &&more : {eventPresets(), outcomePresets()})
            presets.insert(presets.end(), more.begin(), more.end());
        return presets;
    }();
    return all;
}

QStringList presetNames()
{
    QStringList names;
    for (const ImportPreset &preset : builtinPresets())
        if (!names.contains(preset.name))
            names << preset.name;
    return names;
}

const ImportPreset *findPreset(ImportKind kind, QStringView name)
{
    for (const ImportPreset &preset : builtinPresets())
        if (preset.kind == kind && preset.name == name)
            return &preset;
    return nullptr;
}

std::optional<PresetMatch> recognisePreset(ImportKind kind, const QStringList &header, bool idsFromLines)
{
    std::optional<PresetMatch> best;
    for (const ImportPreset &preset : builtinPresets()) {
        if (preset.kind != kind)
            continue;
        const ColumnMapping mapping = preset.apply(header);
        if (!mapping.validate(header, QString()) && !(idsFromLines && mapping.validate(header, QString(), true)))
            continue;
        // Strictly more: on a tie the earlier preset (generic first) keeps it.
        if (const int matched = int(mapping.columns.size()); !best || matched > best->matched)
            best = PresetMatch{&preset, matched};
    }
    return best;
}

} // namespace LeadStage
