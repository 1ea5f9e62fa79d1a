#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace LeadStage {

struct FieldCondition;
struct FitRule;
struct NurtureStep;
struct NurtureTrack;
struct ScoringRule;
struct ScoringTrigger;

// How a model's items and values read in a diff or a history: one line per item,
// the model file's words ("each", "once", "at count 3", `industry in ["Software"]`).
namespace ModelWording {

QString value(const QJsonValue &value);             // "Software" quoted, 5, ["A","B"]
QString condition(const FieldCondition &condition); // industry in ["Software","Finance"]
QString pays(const ScoringRule &rule);              // each, once, at count 3
QString optionalNumber(std::optional<int> number);  // none, 30
QString yesNo(bool value);
QString list(const QStringList &values); // "IQL, MQL"; "any" when empty
QString orAny(const QString &text);      // the text, or "any" when it is empty

// "Blog reading, 5+ articles (Website, info): blog_read, 10 points, at count 5"
QString rule(const ScoringRule &rule);
// "Pricing page 3+ times: pricing_page_visit, 3 times within 30 days"
QString trigger(const ScoringTrigger &trigger);
// "Senior titles: job_title contains ["VP"], 25 points"
QString fitRule(const FitRule &rule);
// "Intensive: stages IQL; grades A, B; health any"
QString track(const NurtureTrack &track);
// "from week 9: Solution education"
QString step(const NurtureStep &step);

} // namespace ModelWording
} // namespace LeadStage
