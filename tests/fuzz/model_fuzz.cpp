// libFuzzer target for the model reader: arbitrary bytes go through ModelJson::read.
// A model it accepts must be within the limits, write and read back as the same model,
// and score a small workspace built from its own rules without undefined behaviour
// (sanitizers on): the ledger's payments must add up to the engine's totals.
#include "scoring/ModelJson.h"
#include "scoring/ModelLimits.h"
#include "scoring/ScoreLedger.h"
#include "scoring/ScoringEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace LeadStage;

namespace {

void require(bool condition, const char *invariant)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", invariant);
        std::abort();
    }
}

constexpr std::int64_t day = 86400;
constexpr std::int64_t start = 1735689600; // 2025-01-01

// A detail the pattern matches (stars and question marks filled in) and one it may not.
QString detailFor(const QString &pattern)
{
    QString detail = pattern;
    detail.replace(u'*', u"xy"_qs).replace(u'?', u'q');
    return detail;
}

QString firstText(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray().isEmpty() ? QString() : firstText(value.toArray().first());
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

// Three leads: one with the model's own activities and details (some on the same
// second, some far apart for decay), one without events, one created after the rest.
ScoringInput inputFor(const ScoringModel &model)
{
    ScoringInput input;
    LeadRecord first;
    first.id = 1;
    first.createdAt = start;
    QJsonObject attrs{{u"TotalVisits"_qs, 12}};
    for (const ScoringRule &rule : model.rules) {
        if (!rule.condition)
            continue;
        const QString value = firstText(rule.condition->value);
        if (rule.condition->field == u"industry")
            first.industry = value;
        else if (rule.condition->field == u"job_title")
            first.jobTitle = value;
        else if (rule.condition->field == u"country")
            first.country = value;
        else
            attrs.insert(rule.condition->field, value);
    }
    first.employees = 200;
    first.email = u"ann@example.com"_qs;
    first.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    input.leads.append(first);
    input.events.beginLead();
    std::int64_t at = start;
    int added = 0;
    const auto add = [&](const QString &activity, const QString &detail) {
        if (added++ >= 400)
            return;
        at += (added % 7 == 0) ? 200 * day : (added % 3 == 0 ? 0 : day);
        input.events.add(at, input.events.activityIndex(activity), input.events.detailId(detail));
    };
    for (const ScoringRule &rule : model.rules)
        if (!rule.isFieldRule())
            for (int n = 0; n < 1 + int(rule.points & 3); ++n)
                add(rule.activity, n % 2 == 0 ? detailFor(rule.detail) : QString());
    for (const ScoringTrigger &trigger : model.triggers)
        for (int n = 0; n < std::min(trigger.count, 4); ++n)
            add(trigger.activity, detailFor(trigger.detail));

    LeadRecord quiet;
    quiet.id = 2;
    quiet.createdAt = start + 10 * day;
    input.leads.append(quiet);
    input.events.beginLead();

    LeadRecord late = first;
    late.id = 3;
    late.createdAt = at + day;
    input.leads.append(late);
    input.events.beginLead();
    input.events.sortWithinLeads();
    return input;
}

void checkLedger(const ScoringModel &model, const ScoringInput &input, const LeadScore &score, std::int64_t asOf)
{
    const ScoreLedger ledger = ScoreLedger::build(model, input, 0, asOf);
    require(ledger.score().engagement == score.engagement && ledger.score().info == score.info,
            "the ledger's replay gives the engine's score");
    std::int64_t paid[3] = {}, decay = 0;
    for (const LedgerEntry &entry : ledger.entries()) {
        if (entry.cause == ReplayCause::Decay)
            decay -= entry.points;
        else if (entry.cause == ReplayCause::Rule || entry.cause == ReplayCause::Cap
                 || entry.cause == ReplayCause::FieldRule)
            paid[int(entry.track)] += entry.points;
    }
    require(paid[0] == score.info && paid[1] == score.intent && paid[2] == score.product,
            "the ledger's payments add up to the scores");
    require(decay == score.decay, "the ledger's decay steps add up to the decay");
    require(score.engagement >= 0
                && score.engagement == std::max<std::int64_t>(0, score.info + score.intent - score.decay),
            "engagement is max(0, info + intent - decay)");
    require(score.fit >= 0 && score.fit <= 100, "fit points run from 0 to 100");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ScoringModel> model = ModelJson::read(json);
    if (!model) {
        require(!model.error().what.isEmpty(), "a refusal says why");
        require(model.error().toString().size() < 1000, "a refusal is one readable line");
        return 0;
    }
    require(ModelLimits::check(*model).empty(), "an accepted model is within the limits");
    const QByteArray written = ModelJson::write(*model);
    const Result<ScoringModel> again = ModelJson::read(written);
    require(again.ok(), "a written model reads back");
    require(*again == *model, "a written model reads back the same");
    require(ModelJson::write(*again) == written, "writing is deterministic");

    const ScoringInput input = inputFor(*model);
    const std::int64_t asOf = input.events.eventCount() > 0
                                  ? input.events.time(input.events.eventCount() - 1) + 400 * day
                                  : start + 400 * day;
    const auto scores = ScoringEngine(*model).score(input, asOf, nullptr, 1);
    require(scores.ok() && scores->size() == 3, "every lead is scored");
    checkLedger(*model, input, scores->front(), asOf);
    return 0;
}
