#include "LeadDetailLoader.h"

#include "LeadLabel.h"
#include "common/TimeFormat.h"
#include "scoring/EventColumnsLoader.h"
#include "scoring/LeadScore.h"
#include "scoring/ModelInForce.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace LeadStage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadStage::LeadDetailLoader", text);
}

QString textOrDash(const Statement &query, int column)
{
    return query.isNull(column) ? u"—"_qs : query.text(column);
}

// A stored stage or health ("Opportunity", "stagnant") in the window's language.
QString stageShown(const QString &stored)
{
    const auto stage = stageFromName(stored);
    return stage ? stageTitle(*stage) : stored;
}

QString healthShown(const QString &stored)
{
    const auto health = healthFromName(stored);
    return health ? healthTitle(*health) : stored;
}

QString dateOrDash(std::optional<std::int64_t> at)
{
    return at ? isoUtc(*at) : u"—"_qs;
}

} // namespace

LeadDetailLoader::LeadDetailLoader(Database &database)
    : m_database(database)
{}

Result<LeadDetail> LeadDetailLoader::load(std::int64_t leadId)
{
    LeadDetail detail;
    detail.id = leadId;
    std::optional<std::int64_t> modelId;
    std::optional<std::int64_t> asOf;
    if (Status status = readLead(detail); !status)
        return status.error();
    if (Status status = readState(detail, modelId, asOf); !status)
        return status.error();
    if (Status status = readOutcome(detail); !status)
        return status.error();
    if (Status status = readEvents(detail); !status)
        return status.error();
    if (Status status = buildLedger(detail, modelId, asOf); !status)
        return status.error();
    return detail;
}

Status LeadDetailLoader::readLead(LeadDetail &detail)
{
    auto query = m_database.prepare(
        "SELECT external_id, email, first_name, last_name, company, job_title, industry, employees, country, "
        "source, campaign, created_at, attrs FROM leads WHERE id = ?1");
    if (!query)
        return query.error();
    query->bind(1, detail.id);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{tr("lead %1 is no longer in the workspace").arg(detail.id)};
    detail.title = leadLabel(query->text(2) + u' ' + query->text(3), query->text(1), query->text(0), detail.id);
    detail.createdAt = query->int64(11);
    detail.fields = {
        {tr("CRM id"), textOrDash(*query, 0)},      {tr("E-mail"), textOrDash(*query, 1)},
        {tr("Company"), textOrDash(*query, 4)},     {tr("Job title"), textOrDash(*query, 5)},
        {tr("Industry"), textOrDash(*query, 6)},    {tr("Employees"), textOrDash(*query, 7)},
        {tr("Country"), textOrDash(*query, 8)},     {tr("Source"), textOrDash(*query, 9)},
        {tr("Campaign"), textOrDash(*query, 10)},   {tr("Created"), isoUtc(detail.createdAt)},
        {tr("Row id"), QString::number(detail.id)},
    };
    const QJsonObject attrs = QJsonDocument::fromJson(query->text(12).toUtf8()).object();
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        detail.attrs.emplace_back(it.key(), it.value().toVariant().toString());
    return {};
}

Status LeadDetailLoader::readState(LeadDetail &detail, std::optional<std::int64_t> &modelId,
                                   std::optional<std::int64_t> &asOf)
{
    auto query = m_database.prepare("SELECT model_id, as_of, engagement, stage, grade, iql_at, mql_at, pql_at, "
                                    "last_activity_at, health, nurture_track, nurture_step FROM lead_state "
                                    "WHERE lead_id = ?1");
    if (!query)
        return query.error();
    query->bind(1, detail.id);
    auto row = query->step();
    if (!row)
        return row.error();
    detail.moments = {{Stage::IQL, {}}, {Stage::MQL, {}},         {Stage::PQL, {}},
                      {Stage::SQL, {}}, {Stage::Opportunity, {}}, {Stage::Customer, {}}};
    if (!*row)
        return {};
    detail.scored = true;
    modelId = query->optionalInt64(0);
    asOf = query->int64(1);
    detail.storedEngagement = query->int64(2);
    detail.stage = query->text(3);
    detail.grade = query->text(4);
    detail.moments[0].at = query->optionalInt64(5);
    detail.moments[1].at = query->optionalInt64(6);
    detail.moments[2].at = query->optionalInt64(7);
    detail.fields.insert(detail.fields.end(),
                         {{tr("Stage"), stageShown(detail.stage)},
                          {tr("Grade"), detail.grade},
                          {tr("Health"), healthShown(textOrDash(*query, 9))},
                          {tr("Last activity"), dateOrDash(query->optionalInt64(8))},
                          {tr("Nurture"), (textOrDash(*query, 10) + u" · "_qs + textOrDash(*query, 11))},
                          {tr("Scored as of"), isoUtc(*asOf)}});
    return {};
}

Status LeadDetailLoader::readOutcome(LeadDetail &detail)
{
    auto query = m_database.prepare(
        "SELECT sql_at, opportunity_at, customer_at, lost_at, revenue FROM outcomes WHERE lead_id = ?1");
    if (!query)
        return query.error();
    query->bind(1, detail.id);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return readUndatedAndRecorded(detail); // recorded stages need no outcome
    detail.moments[3].at = query->optionalInt64(0);
    detail.moments[4].at = query->optionalInt64(1);
    detail.moments[5].at = query->optionalInt64(2);
    detail.lostAt = query->optionalInt64(3);
    if (!query->isNull(4))
        detail.fields.emplace_back(tr("Revenue"), QString::number(query->real(4), 'f', 2));
    return readUndatedAndRecorded(detail);
}

// Schema version 8 (DESIGN §4): outcomes reached at no known time, and the stages the
// CRM recorded beside the computed ones. A file read without upgrading has neither.
Status LeadDetailLoader::readUndatedAndRecorded(LeadDetail &detail)
{
    auto version8 = Schema::hasUndatedOutcomes(m_database);
    if (!version8)
        return version8.error();
    if (!*version8)
        return {};
    auto undated = m_database.prepare("SELECT sql_undated, opportunity_undated, customer_undated, lost_undated "
                                      "FROM outcomes WHERE lead_id = ?1");
    auto recorded =
        m_database.prepare("SELECT stage, at FROM recorded_stages WHERE lead_id = ?1 ORDER BY "
                           "CASE stage WHEN 'MQL' THEN 0 WHEN 'SQL' THEN 1 WHEN 'Opportunity' THEN 2 ELSE 3 END");
    if (!undated || !recorded)
        return !undated ? undated.error() : recorded.error();
    undated->bind(1, detail.id);
    auto row = undated->step();
    if (!row)
        return row.error();
    if (*row) {
        const QString names[] = {tr("SQL"), tr("Opportunity"), tr("Customer"), tr("Lost")};
        QStringList reached;
        for (int column = 0; column < 4; ++column)
            if (undated->int64(column) == 1)
                reached << names[column];
        if (!reached.isEmpty())
            detail.fields.emplace_back(tr("Outcomes without a date"), reached.join(u", "_qs));
    }
    recorded->bind(1, detail.id);
    QStringList stages;
    for (;;) {
        auto stage = recorded->step();
        if (!stage)
            return stage.error();
        if (!*stage)
            break;
        stages << stageShown(recorded->text(0)) + u' '
                      + (recorded->isNull(1) ? tr("(no date)") : isoUtc(recorded->int64(1)).left(10));
    }
    if (!stages.isEmpty())
        detail.fields.emplace_back(tr("Stages the CRM recorded"), stages.join(u'\n'));
    return {};
}

Status LeadDetailLoader::readEvents(LeadDetail &detail)
{
    auto query = m_database.prepare("SELECT e.occurred_at, a.label, a.track, d.text FROM events e "
                                    "JOIN activity_types a ON a.id = e.activity_id "
                                    "JOIN event_details d ON d.id = e.detail_id WHERE e.lead_id = ?1 "
                                    "ORDER BY e.occurred_at, e.id");
    if (!query)
        return query.error();
    query->bind(1, detail.id);
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        detail.events.push_back({query->int64(0), query->text(1), query->text(2), query->text(3)});
    }
}

Status LeadDetailLoader::buildLedger(LeadDetail &detail, std::optional<std::int64_t> modelId,
                                     std::optional<std::int64_t> asOf)
{
    // The model that scored the lead, so the ledger ends where its lead_state row does.
    auto model = ModelInForce::read(m_database, modelId);
    if (!model)
        return model.error();
    detail.modelName = model->describe();
    detail.thresholds = model->model.thresholds;
    if (!detail.scored)
        return {};
    EventColumnsLoader loader(m_database);
    auto input = loader.loadLeads({detail.id});
    if (!input)
        return input.error();
    if (input->leads.size() == 0)
        return {};
    detail.ledger = ScoreLedger::build(model->model, *input, 0, *asOf);
    return {};
}

} // namespace LeadStage
