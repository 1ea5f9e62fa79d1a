#include "BackTestArguments.h"

#include "CommandOptions.h"
#include "ModelReference.h"
#include "ScoringArguments.h"
#include "TerminalProgress.h"

#include "common/TimeFormat.h"
#include "scoring/EventColumnsLoader.h"
#include "tuning/OutcomeTimes.h"

namespace LeadStage::Commands {

QList<QCommandLineOption> BackTestArguments::options()
{
    return {
        {u"model"_qs,
         u"A model to back-test: a model file (.json), a model id, NAME@N, NAME or active (default). Give it "
         "several times to compare models; each is compared with the first."_qs,
         u"A"_qs},
        {u"outcome"_qs,
         u"The outcome to predict: sql, opportunity or customer (default); a later stage counts too. "
         "recorded:STAGE (mql, sql, opportunity, customer) predicts the stage the CRM recorded instead."_qs,
         u"STAGE"_qs},
        {u"as-of"_qs,
         u"Score every lead as of this date T (YYYY-MM-DD: the end of that day, UTC), with its events up to T; "
         "leads created after T or that reached the outcome by T are left out. Default: the latest date whose "
         "horizon lies within the data."_qs,
         u"DATE"_qs},
        {u"at-stage"_qs, u"Score each lead when it reached iql or mql instead of at one date."_qs, u"STAGE"_qs},
        {u"snapshot"_qs,
         u"Score every lead at the analysis date; positive: the outcome was reached, dated or not (for a yes/no "
         "outcome without dates). Optimistic: it cannot rule out leakage."_qs},
        {u"horizon"_qs, u"Days after the moment within which the outcome counts (default 180)."_qs, u"DAYS"_qs},
    };
}

Result<BackTestArguments> BackTestArguments::read(const QCommandLineParser &parser)
{
    BackTestArguments arguments;
    if (parser.positionalArguments().size() != 1)
        return Error{u"give one workspace file"_qs, QString()};
    arguments.workspace = parser.positionalArguments().first();
    arguments.models = parser.values(u"model"_qs);
    if (parser.isSet(u"outcome"_qs)) {
        const QString value = parser.value(u"outcome"_qs);
        if (value.startsWith(u"recorded:"_qs, Qt::CaseInsensitive)) {
            const auto stage = recordedStageFromName(QStringView(value).mid(9));
            if (!stage)
                return Error{
                    u"--outcome recorded:STAGE takes mql, sql, opportunity or customer, not '%1'"_qs.arg(value.mid(9)),
                    QString()};
            arguments.backTest.recordedStage = *stage;
        } else {
            const auto outcome = outcomeStageFromName(value);
            if (!outcome)
                return Error{u"--outcome must be sql, opportunity, customer or recorded:STAGE, not '%1'"_qs.arg(value),
                             QString()};
            arguments.backTest.outcome = *outcome;
        }
    }
    const int moments =
        int(parser.isSet(u"as-of"_qs)) + int(parser.isSet(u"at-stage"_qs)) + int(parser.isSet(u"snapshot"_qs));
    if (moments > 1)
        return Error{u"give one of --as-of, --at-stage and --snapshot"_qs, QString()};
    if (parser.isSet(u"snapshot"_qs)) {
        if (parser.isSet(u"horizon"_qs))
            return Error{u"--snapshot has no horizon: every outcome counts, whenever it came; leave out --horizon"_qs,
                         QString()};
        arguments.backTest.moment = BackTestMoment::Snapshot;
    }
    if (parser.isSet(u"at-stage"_qs)) {
        const QString stage = parser.value(u"at-stage"_qs).toLower();
        if (stage != u"iql" && stage != u"mql")
            return Error{u"--at-stage must be iql or mql, not '%1'"_qs.arg(parser.value(u"at-stage"_qs)), QString()};
        arguments.backTest.moment = stage == u"iql" ? BackTestMoment::AtIql : BackTestMoment::AtMql;
    }
    auto asOf = readAsOf(parser);
    if (!asOf)
        return asOf.error();
    if (*asOf) {
        arguments.backTest.asOf = **asOf;
        arguments.asOfGiven = true;
    }
    if (parser.isSet(u"horizon"_qs)) {
        const auto days = toInt(parser.value(u"horizon"_qs));
        if (!days || *days < 1 || *days > 3650)
            return Error{
                u"--horizon must be a number of days from 1 to 3650, not '%1'"_qs.arg(parser.value(u"horizon"_qs)),
                QString()};
        arguments.backTest.horizonDays = *days;
    }
    return arguments;
}

QString BackTestArguments::outcomeText() const
{
    const QString outcome = backTest.recordedStage
                                ? u"the CRM recorded %1 or a later stage"_qs.arg(stageName(*backTest.recordedStage))
                                : outcomeStageName(backTest.outcome) + u" (or a later stage)"_qs;
    return outcome
           + (backTest.moment == BackTestMoment::Snapshot ? u" at any time"_qs
                                                          : u" within %1 days"_qs.arg(backTest.horizonDays));
}

QString BackTestArguments::momentText(std::int64_t dataEnd) const
{
    switch (backTest.moment) {
    case BackTestMoment::AtIql:
        return u"each lead scored when it reached IQL"_qs;
    case BackTestMoment::AtMql:
        return u"each lead scored when it reached MQL"_qs;
    case BackTestMoment::Snapshot:
        return u"snapshot: every lead scored at the analysis date %1"_qs.arg(isoDate(dataEnd));
    case BackTestMoment::AsOf:
        break;
    }
    QString text = u"every lead scored as of %1"_qs.arg(isoDate(backTest.asOf));
    if (!asOfGiven)
        text += u" (the analysis date %1 minus the horizon: the latest date whose outcomes are all known; "
                "--as-of chooses another)"_qs.arg(isoDate(dataEnd));
    return text;
}

namespace {

Result<std::vector<ModelEvaluation::Candidate>> chooseCandidates(Workspace &workspace, const QStringList &names)
{
    std::vector<ModelEvaluation::Candidate> candidates;
    for (const QString &name : names.isEmpty() ? QStringList{u"active"_qs} : names) {
        auto chosen = chooseModel(workspace, name);
        if (!chosen)
            return chosen.error();
        candidates.push_back({chosen->describe, std::move(chosen->model)});
    }
    return candidates;
}

} // namespace

Result<BackTestData> loadBackTestData(const QString &command, BackTestArguments &arguments)
{
    BackTestData data;
    auto workspace = openWorkspace(command, arguments.workspace, Workspace::Access::ReadOnly);
    if (!workspace)
        return workspace.error();
    data.workspace = std::move(*workspace);
    auto candidates = chooseCandidates(*data.workspace, arguments.models);
    if (!candidates)
        return candidates.error();
    data.candidates = std::move(*candidates);
    EventColumnsLoader loader(data.workspace->database());
    auto dataEnd = loader.defaultAsOf();
    if (!dataEnd)
        return dataEnd.error();
    data.dataEnd = *dataEnd;
    if (!arguments.asOfGiven)
        arguments.backTest.asOf = ModelEvaluation::defaultAsOf(data.dataEnd, arguments.backTest.horizonDays);
    TerminalProgress line(u"Loading"_qs, u"events"_qs);
    Progress loading([&line](std::int64_t done, std::int64_t total) { line.update(done, total); });
    auto input = loader.loadAll(&loading);
    line.finish();
    if (!input)
        return input.error();
    data.input = std::move(*input);
    if (arguments.backTest.recordedStage) {
        auto recorded =
            OutcomeTimes::ofRecorded(data.workspace->database(), data.input.leads, *arguments.backTest.recordedStage);
        if (!recorded)
            return recorded.error();
        arguments.backTest.recorded = std::make_shared<const OutcomeTimes>(std::move(*recorded));
    }
    return data;
}

} // namespace LeadStage::Commands
