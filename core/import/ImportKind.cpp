#include "ImportKind.h"

namespace LeadStage {

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leads:
        return u"leads"_qs;
    case ImportKind::Events:
        return u"events"_qs;
    case ImportKind::Outcomes:
        return u"outcomes"_qs;
    }
    return {};
}

std::optional<ImportKind> importKindFromName(QStringView name)
{
    for (ImportKind kind : allImportKinds)
        if (importKindName(kind) == name)
            return kind;
    return std::nullopt;
}

const QStringList &importFields(ImportKind kind)
{
    static const QStringList leads = QStringList{u"external_id"_qs, u"email"_qs,     u"first_name"_qs, u"last_name"_qs,
                                                 u"company"_qs,     u"job_title"_qs, u"industry"_qs,   u"employees"_qs,
                                                 u"country"_qs,     u"source"_qs,    u"campaign"_qs,   u"created_at"_qs}
                                     + stageFields();
    static const QStringList events{u"lead"_qs, u"email"_qs, u"activity"_qs, u"occurred_at"_qs, u"detail"_qs};
    static const QStringList outcomes =
        QStringList{u"lead"_qs,        u"email"_qs,   u"sql_at"_qs, u"opportunity_at"_qs,
                    u"customer_at"_qs, u"lost_at"_qs, u"revenue"_qs}
        + stageFields();
    switch (kind) {
    case ImportKind::Leads:
        return leads;
    case ImportKind::Events:
        return events;
    case ImportKind::Outcomes:
        return outcomes;
    }
    return leads;
}

const QStringList &stageFields()
{
    static const QStringList fields{u"sql_flag"_qs,
                                    u"opportunity_flag"_qs,
                                    u"customer_flag"_qs,
                                    u"lost_flag"_qs,
                                    u"recorded_mql_at"_qs,
                                    u"recorded_sql_at"_qs,
                                    u"recorded_opportunity_at"_qs,
                                    u"recorded_customer_at"_qs,
                                    u"recorded_mql_flag"_qs,
                                    u"recorded_sql_flag"_qs,
                                    u"recorded_opportunity_flag"_qs,
                                    u"recorded_customer_flag"_qs};
    return fields;
}

bool isDateField(ImportKind kind, QStringView field)
{
    switch (kind) {
    case ImportKind::Leads:
        return field == u"created_at" || (field.startsWith(u"recorded_") && field.endsWith(u"_at"));
    case ImportKind::Events:
        return field == u"occurred_at";
    case ImportKind::Outcomes:
        return field.endsWith(u"_at");
    }
    return false;
}

QStringList requiredFields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leads:
        return {};
    case ImportKind::Events:
        return {u"activity"_qs, u"occurred_at"_qs};
    case ImportKind::Outcomes:
        return {};
    }
    return {};
}

} // namespace LeadStage
