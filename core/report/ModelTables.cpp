#include "ModelTables.h"

#include "common/TimeFormat.h"
#include "tuning/ModelWording.h"

#include <cmath>

namespace LeadStage {

namespace {

std::optional<double> finite(double value)
{
    return std::isfinite(value) ? std::optional(value) : std::nullopt;
}

} // namespace

ReportTable ModelTables::settings(const ModelInForce &model) const
{
    const ScoringModel &scoring = model.model;
    const ReportLanguage &language = m_cells.language();
    ReportTable table;
    table.key = u"modelSettings"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "The model in force"));
    m_cells.makeNamedValues(table, u"setting"_qs, QT_TRANSLATE_NOOP("Report", "Setting"));
    auto add = [&](const QString &key, const char *name, const QJsonValue &value, const QString &text) {
        m_cells.addNamedValue(table, key, name, value, text);
    };
    add(u"name"_qs, QT_TRANSLATE_NOOP("Report", "Name"), scoring.name, scoring.name);
    if (model.version) {
        add(u"version"_qs, QT_TRANSLATE_NOOP("Report", "Version"), model.version->version,
            language.count(model.version->version));
        add(u"id"_qs, QT_TRANSLATE_NOOP("Report", "Id in the workspace"), qint64(model.version->id),
            language.count(model.version->id));
        add(u"savedAt"_qs, QT_TRANSLATE_NOOP("Report", "Saved"), isoUtc(model.version->createdAt),
            language.date(model.version->createdAt));
        add(u"comment"_qs, QT_TRANSLATE_NOOP("Report", "Comment"), model.version->comment,
            model.version->comment.isEmpty() ? ReportLanguage::none() : model.version->comment);
    } else {
        add(u"version"_qs, QT_TRANSLATE_NOOP("Report", "Version"), QJsonValue(),
            text(QT_TRANSLATE_NOOP("Report", "built-in default, not saved yet")));
    }
    const Thresholds &thresholds = scoring.thresholds;
    add(u"iqlThreshold"_qs, QT_TRANSLATE_NOOP("Report", "IQL threshold (points)"), thresholds.iql,
        language.count(thresholds.iql));
    add(u"mqlThreshold"_qs, QT_TRANSLATE_NOOP("Report", "MQL threshold (points)"), thresholds.mql,
        language.count(thresholds.mql));
    add(u"mqlRequiresIntent"_qs, QT_TRANSLATE_NOOP("Report", "MQL requires intent"), thresholds.mqlRequiresIntent,
        thresholds.mqlRequiresIntent ? text(QT_TRANSLATE_NOOP("Report", "yes"))
                                     : text(QT_TRANSLATE_NOOP("Report", "no")));
    add(u"pqlThreshold"_qs, QT_TRANSLATE_NOOP("Report", "PQL threshold (product points)"), thresholds.pql,
        language.count(thresholds.pql));
    add(u"decayGraceMonths"_qs, QT_TRANSLATE_NOOP("Report", "Decay starts after (months without activity)"),
        scoring.decay.graceMonths, language.count(scoring.decay.graceMonths));
    add(u"decayPointsPerMonth"_qs, QT_TRANSLATE_NOOP("Report", "Decay (points a month)"), scoring.decay.pointsPerMonth,
        language.count(scoring.decay.pointsPerMonth));
    const GradeBoundaries &grades = scoring.fit.grades;
    add(u"gradeBoundaries"_qs, QT_TRANSLATE_NOOP("Report", "Fit grades A / B / C from (points)"),
        QJsonArray{grades.a, grades.b, grades.c},
        u"%1 / %2 / %3"_qs.arg(language.count(grades.a), language.count(grades.b), language.count(grades.c)));
    return table;
}

ReportTable ModelTables::rules(const ScoringModel &model) const
{
    ReportTable table;
    table.key = u"modelRules"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "Scoring rules"));
    table.columns = {m_cells.column(u"rule"_qs, QT_TRANSLATE_NOOP("Report", "Rule"), ValueKind::Text),
                     m_cells.column(u"track"_qs, QT_TRANSLATE_NOOP("Report", "Track"), ValueKind::Text),
                     m_cells.column(u"activity"_qs, QT_TRANSLATE_NOOP("Report", "Activity"), ValueKind::Text),
                     m_cells.column(u"condition"_qs, QT_TRANSLATE_NOOP("Report", "Condition"), ValueKind::Text),
                     m_cells.column(u"points"_qs, QT_TRANSLATE_NOOP("Report", "Points"), ValueKind::Count),
                     m_cells.column(u"pays"_qs, QT_TRANSLATE_NOOP("Report", "Pays"), ValueKind::Text),
                     m_cells.column(u"cap"_qs, QT_TRANSLATE_NOOP("Report", "Cap"), ValueKind::Count)};
    for (const ScoringRule &rule : model.rules) {
        table.rows.push_back({m_cells.text(rule.label.isEmpty() ? rule.id : rule.label),
                              m_cells.text(m_cells.language().track(rule.track)), m_cells.text(rule.activity),
                              m_cells.text(rule.condition ? ModelWording::condition(*rule.condition) : QString()),
                              m_cells.count(rule.points), m_cells.text(m_cells.language().pays(rule)),
                              rule.cap ? m_cells.count(*rule.cap) : m_cells.shown(QJsonValue(), QString())});
    }
    return table;
}

ReportTable ModelTables::triggers(const ScoringModel &model) const
{
    ReportTable table;
    table.key = u"modelTriggers"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "MQL triggers"));
    table.columns = {m_cells.column(u"trigger"_qs, QT_TRANSLATE_NOOP("Report", "Trigger"), ValueKind::Text),
                     m_cells.column(u"activity"_qs, QT_TRANSLATE_NOOP("Report", "Activity"), ValueKind::Text),
                     m_cells.column(u"detail"_qs, QT_TRANSLATE_NOOP("Report", "Detail"), ValueKind::Text),
                     m_cells.column(u"count"_qs, QT_TRANSLATE_NOOP("Report", "Times"), ValueKind::Count),
                     m_cells.column(u"withinDays"_qs, QT_TRANSLATE_NOOP("Report", "Within (days)"), ValueKind::Count)};
    for (const ScoringTrigger &trigger : model.triggers) {
        table.rows.push_back(
            {m_cells.text(trigger.label.isEmpty() ? trigger.id : trigger.label), m_cells.text(trigger.activity),
             m_cells.text(trigger.detail), m_cells.count(trigger.count),
             trigger.withinDays ? m_cells.count(*trigger.withinDays) : m_cells.shown(QJsonValue(), QString())});
    }
    return table;
}

ReportTable ModelTables::fitRules(const ScoringModel &model) const
{
    ReportTable table;
    table.key = u"modelFitRules"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "Fit rules"));
    table.columns = {m_cells.column(u"rule"_qs, QT_TRANSLATE_NOOP("Report", "Rule"), ValueKind::Text),
                     m_cells.column(u"condition"_qs, QT_TRANSLATE_NOOP("Report", "Condition"), ValueKind::Text),
                     m_cells.column(u"points"_qs, QT_TRANSLATE_NOOP("Report", "Points"), ValueKind::Count)};
    for (const FitRule &rule : model.fit.rules) {
        table.rows.push_back({m_cells.text(rule.label), m_cells.text(ModelWording::condition(rule.condition)),
                              m_cells.count(rule.points)});
    }
    return table;
}

ReportTable ModelTables::backTest(const EvaluatedModel &evaluated) const
{
    const BackTestFigures &figures = evaluated.figures;
    const BackTestPopulation &population = evaluated.population;
    const ReportLanguage &language = m_cells.language();
    ReportTable table;
    table.key = u"backTest"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "Back-test against outcomes"));
    m_cells.makeNamedValues(table, u"figure"_qs, QT_TRANSLATE_NOOP("Report", "Figure"));
    auto add = [&](const QString &key, const char *name, const QJsonValue &value, const QString &text) {
        m_cells.addNamedValue(table, key, name, value, text);
    };
    add(u"outcome"_qs, QT_TRANSLATE_NOOP("Report", "Outcome"), outcomeName(population.request),
        language.outcome(population.request));
    add(u"asOf"_qs, QT_TRANSLATE_NOOP("Report", "Scored as of"), isoUtc(population.request.asOf),
        language.date(population.request.asOf));
    add(u"horizonDays"_qs, QT_TRANSLATE_NOOP("Report", "Horizon (days)"), population.request.horizonDays,
        language.count(population.request.horizonDays));
    add(u"leadsScored"_qs, QT_TRANSLATE_NOOP("Report", "Leads scored"), qint64(population.cases.size()),
        language.count(std::int64_t(population.cases.size())));
    add(u"positives"_qs, QT_TRANSLATE_NOOP("Report", "Reached the outcome within the horizon"),
        qint64(figures.auc.positives), language.count(figures.auc.positives));
    const auto auc = figures.auc.hasAuc() ? std::optional(figures.auc.auc) : std::nullopt;
    add(u"auc"_qs, QT_TRANSLATE_NOOP("Report", "AUC"), auc ? QJsonValue(*auc) : QJsonValue(), language.decimal(auc, 3));
    if (figures.auc.hasInterval()) {
        add(u"aucLow"_qs, QT_TRANSLATE_NOOP("Report", "AUC 95 % interval, low"), figures.auc.low,
            language.decimal(figures.auc.low, 3));
        add(u"aucHigh"_qs, QT_TRANSLATE_NOOP("Report", "AUC 95 % interval, high"), figures.auc.high,
            language.decimal(figures.auc.high, 3));
    }
    add(u"selected"_qs, QT_TRANSLATE_NOOP("Report", "MQL at the moment"), qint64(figures.selected),
        language.count(figures.selected));
    const auto precision = finite(figures.precision);
    const auto recall = finite(figures.recall);
    add(u"precision"_qs, QT_TRANSLATE_NOOP("Report", "Precision at the MQL threshold"),
        precision ? QJsonValue(*precision) : QJsonValue(), language.fraction(precision));
    add(u"recall"_qs, QT_TRANSLATE_NOOP("Report", "Recall at the MQL threshold"),
        recall ? QJsonValue(*recall) : QJsonValue(), language.fraction(recall));
    table.note = population.provisional()
                     ? text(QT_TRANSLATE_NOOP("Report", "The horizon reaches past the analysis date: outcomes may "
                                                        "still come, so these figures are provisional."))
                     : text(QT_TRANSLATE_NOOP("Report", "Each lead was scored with its events up to that date "
                                                        "only, so nothing that came later leaks into the figures."));
    return table;
}

ReportTable ModelTables::backTestGains(const EvaluatedModel &evaluated) const
{
    ReportTable table;
    table.key = u"backTestGains"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "Outcome rate by score decile"));
    table.columns = {
        m_cells.column(u"deciles"_qs, QT_TRANSLATE_NOOP("Report", "Decile"), ValueKind::Text),
        m_cells.column(u"leads"_qs, QT_TRANSLATE_NOOP("Report", "Leads"), ValueKind::Count),
        m_cells.column(u"positives"_qs, QT_TRANSLATE_NOOP("Report", "Reached the outcome"), ValueKind::Count),
        m_cells.column(u"rate"_qs, QT_TRANSLATE_NOOP("Report", "Rate"), ValueKind::Fraction),
        m_cells.column(u"lift"_qs, QT_TRANSLATE_NOOP("Report", "Lift"), ValueKind::Decimal),
        m_cells.column(u"cumulativeGain"_qs, QT_TRANSLATE_NOOP("Report", "Cumulative share of outcomes"),
                       ValueKind::Fraction)};
    for (const GainsTable::Row &row : evaluated.figures.gains.rows()) {
        const QString deciles = row.coversSeveralDeciles() ? u"%1–%2"_qs.arg(row.firstDecile).arg(row.lastDecile)
                                                           : QString::number(row.firstDecile);
        table.rows.push_back({m_cells.text(deciles), m_cells.count(row.leads), m_cells.count(row.positives),
                              m_cells.fraction(row.rate), m_cells.decimal(row.lift, 2),
                              m_cells.fraction(row.cumulativeGain)});
    }
    table.note = text(QT_TRANSLATE_NOOP("Report", "Decile 1 holds the highest scores; tied scores stay together, so a "
                                                  "row may cover several deciles."));
    return table;
}

} // namespace LeadStage
