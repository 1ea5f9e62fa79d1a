#pragma once

#include "common/Result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

// The score a rule feeds: engagement is info + intent; product decides PQL.
enum class Track : std::uint8_t { Info, Intent, Product };
// How often an event rule pays: every match, the first, or once on the N-th.
enum class PayMode : std::uint8_t { Each, Once, AtCount };
// The operators of field and fit conditions (DESIGN §3).
enum class FieldOp : std::uint8_t { Equal, NotEqual, In, Contains, AtLeast, AtMost, Between, Empty };

QString trackName(Track track);
std::optional<Track> trackFromName(QStringView name);
QString payModeName(PayMode mode);
// The track as the window shows it, in its language ("intent" → "intention").
QString trackTitle(Track track);
std::optional<PayMode> payModeFromName(QStringView name);
QString fieldOpName(FieldOp op);
std::optional<FieldOp> fieldOpFromName(QStringView name);

// A condition on a lead field ("industry", "employees", ...) or an attrs key.
// The value keeps its JSON shape: a string, a number, an array or nothing.
struct FieldCondition
{
    QString field;
    FieldOp op = FieldOp::Equal;
    QJsonValue value;
    bool operator==(const FieldCondition &) const = default;
};

// A scoring rule: an activity rule when `activity` is set, a field rule when
// `condition` is (field rules pay once, at the lead's created_at).
struct ScoringRule
{
    QString id;
    QString label;
    QString category;
    Track track = Track::Info;
    QString activity;
    QString detail; // glob on the event's detail; empty = any
    std::optional<FieldCondition> condition;
    int points = 0;
    PayMode pays = PayMode::Each;
    int count = 1; // the N of atCount
    std::optional<int> cap;

    bool isFieldRule() const { return condition.has_value(); }
    bool operator==(const ScoringRule &) const = default;
};

// An activity pattern that makes a lead an MQL at once: the count-th match,
// within withinDays of the first of those matches when set.
struct ScoringTrigger
{
    QString id;
    QString label;
    QString activity;
    QString detail;
    int count = 1;
    std::optional<int> withinDays;
    bool operator==(const ScoringTrigger &) const = default;
};

struct Thresholds
{
    int iql = 25;
    int mql = 50;
    bool mqlRequiresIntent = true;
    std::optional<int> mqlIcp; // the lower MQL threshold for grades A and B
    int pql = 40;
    bool operator==(const Thresholds &) const = default;
};

struct DecayRule
{
    int graceMonths = 3;
    int pointsPerMonth = 5;
    bool operator==(const DecayRule &) const = default;
};

struct FitRule
{
    QString label;
    FieldCondition condition;
    int points = 0;
    bool operator==(const FitRule &) const = default;
};

// Lowest fit points of grades A, B and C; below C is D.
struct GradeBoundaries
{
    int a = 75;
    int b = 50;
    int c = 25;
    bool operator==(const GradeBoundaries &) const = default;
};

struct FitModel
{
    std::vector<FitRule> rules;
    GradeBoundaries grades;
    bool operator==(const FitModel &) const = default;
};

// A nurture track applies when every non-empty list holds the lead's current
// stage, grade and health; the first such track in the list wins.
struct NurtureTrack
{
    QString id;
    QString label;
    QStringList stages;
    QStringList grades;
    QStringList health;
    bool operator==(const NurtureTrack &) const = default;
};

struct NurtureStep
{
    int fromWeek = 1;
    QString label;
    bool operator==(const NurtureStep &) const = default;
};

struct NurtureModel
{
    std::vector<NurtureTrack> tracks;
    std::vector<NurtureStep> steps;
    bool operator==(const NurtureModel &) const = default;

    // DESIGN §3's tracks and steps, used when a model has no "nurture" section.
    static NurtureModel defaults();
};

// A scoring model (DESIGN §3): what ModelJson reads and writes and the engine runs.
struct ScoringModel
{
    QString name;
    std::vector<ScoringRule> rules;
    std::vector<ScoringTrigger> triggers;
    Thresholds thresholds;
    DecayRule decay;
    FitModel fit;
    NurtureModel nurture = NurtureModel::defaults();
    int stagnantDays = 60;
    bool operator==(const ScoringModel &) const = default;

    // The default model of DESIGN §3, compiled into core as a resource.
    static Result<ScoringModel> defaultModel();
};

} // namespace LeadStage
