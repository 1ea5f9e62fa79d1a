#include "ModelDiff.h"

#include "ModelWording.h"
#include "scoring/ScoringModel.h"

#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>

namespace LeadStage {

namespace {

using Fields = std::vector<FieldChange>;
using Pairs = std::vector<std::pair<std::size_t, std::size_t>>; // (before index, after index)

void compare(Fields &fields, const QString &field, const QString &before, const QString &after)
{
    if (before != after)
        fields.push_back({field, before, after});
}

void compare(Fields &fields, const QString &field, int before, int after)
{
    compare(fields, field, QString::number(before), QString::number(after));
}

Fields ruleFields(const ScoringRule &before, const ScoringRule &after)
{
    Fields fields;
    compare(fields, u"label"_qs, before.label, after.label);
    compare(fields, u"category"_qs, before.category, after.category);
    compare(fields, u"track"_qs, trackName(before.track), trackName(after.track));
    compare(fields, u"activity"_qs, ModelWording::orAny(before.activity), ModelWording::orAny(after.activity));
    compare(fields, u"detail"_qs, ModelWording::orAny(before.detail), ModelWording::orAny(after.detail));
    const auto condition = [](const ScoringRule &rule) {
        return rule.condition ? ModelWording::condition(*rule.condition) : u"none"_qs;
    };
    compare(fields, u"condition"_qs, condition(before), condition(after));
    compare(fields, u"points"_qs, before.points, after.points);
    compare(fields, u"pays"_qs, ModelWording::pays(before), ModelWording::pays(after));
    // A count only shows in "at count N"; when neither side pays that way it is kept apart.
    if (before.pays != PayMode::AtCount && after.pays != PayMode::AtCount)
        compare(fields, u"count"_qs, before.count, after.count);
    compare(fields, u"cap"_qs, ModelWording::optionalNumber(before.cap), ModelWording::optionalNumber(after.cap));
    return fields;
}

Fields triggerFields(const ScoringTrigger &before, const ScoringTrigger &after)
{
    Fields fields;
    compare(fields, u"label"_qs, before.label, after.label);
    compare(fields, u"activity"_qs, before.activity, after.activity);
    compare(fields, u"detail"_qs, ModelWording::orAny(before.detail), ModelWording::orAny(after.detail));
    compare(fields, u"count"_qs, before.count, after.count);
    compare(fields, u"withinDays"_qs, ModelWording::optionalNumber(before.withinDays),
            ModelWording::optionalNumber(after.withinDays));
    return fields;
}

Fields fitFields(const FitRule &before, const FitRule &after)
{
    Fields fields;
    compare(fields, u"label"_qs, before.label, after.label);
    compare(fields, u"condition"_qs, ModelWording::condition(before.condition),
            ModelWording::condition(after.condition));
    compare(fields, u"points"_qs, before.points, after.points);
    return fields;
}

Fields trackFields(const NurtureTrack &before, const NurtureTrack &after)
{
    Fields fields;
    compare(fields, u"label"_qs, before.label, after.label);
    compare(fields, u"stages"_qs, ModelWording::list(before.stages), ModelWording::list(after.stages));
    compare(fields, u"grades"_qs, ModelWording::list(before.grades), ModelWording::list(after.grades));
    compare(fields, u"health"_qs, ModelWording::list(before.health), ModelWording::list(after.health));
    return fields;
}

Fields stepFields(const NurtureStep &before, const NurtureStep &after)
{
    Fields fields;
    compare(fields, u"fromWeek"_qs, before.fromWeek, after.fromWeek);
    compare(fields, u"label"_qs, before.label, after.label);
    return fields;
}

// Pairs items with equal, non-empty keys, each at most once, in order; a second key
// then pairs what is left (a renamed fit rule keeps its condition).
template <typename Item>
Pairs match(const std::vector<Item> &before, const std::vector<Item> &after,
            const std::vector<std::function<QString(const Item &)>> &keys)
{
    Pairs pairs;
    std::vector<bool> usedBefore(before.size()), usedAfter(after.size());
    for (const auto &key : keys)
        for (std::size_t a = 0; a < after.size(); ++a) {
            if (usedAfter[a] || key(after[a]).isEmpty())
                continue;
            for (std::size_t b = 0; b < before.size(); ++b)
                if (!usedBefore[b] && key(before[b]) == key(after[a])) {
                    usedBefore[b] = usedAfter[a] = true;
                    pairs.emplace_back(b, a);
                    break;
                }
        }
    std::sort(pairs.begin(), pairs.end(), [](const auto &x, const auto &y) { return x.second < y.second; });
    return pairs;
}

// The pairs (in after order) outside a longest run that keeps its before order: the
// fewest items that must have moved to turn one order into the other.
std::vector<bool> movedPairs(const Pairs &pairs)
{
    const std::size_t n = pairs.size();
    std::vector<std::size_t> length(n, 1), previous(n, n);
    std::size_t best = n;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < i; ++j)
            if (pairs[j].first < pairs[i].first && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                previous[i] = j;
            }
        if (best == n || length[i] > length[best])
            best = i;
    }
    std::vector<bool> moved(n, true);
    for (std::size_t i = best; i < n; i = previous[i])
        moved[i] = false;
    return moved;
}

// Describes how one list of items changed: added, removed, changed, then moved.
template <typename Item>
struct ListDiff
{
    ModelSection section;
    std::function<QString(const Item &)> name;
    std::function<QString(const Item &)> describe;
    std::function<Fields(const Item &, const Item &)> fields;
    bool ordered;

    void run(const std::vector<Item> &before, const std::vector<Item> &after, const Pairs &pairs,
             std::vector<ModelChange> &changes) const
    {
        std::vector<bool> pairedBefore(before.size()), pairedAfter(after.size());
        for (const auto &[b, a] : pairs)
            pairedBefore[b] = pairedAfter[a] = true;
        for (std::size_t a = 0; a < after.size(); ++a)
            if (!pairedAfter[a])
                changes.push_back({section, ChangeKind::Added, name(after[a]), describe(after[a]), {}});
        for (std::size_t b = 0; b < before.size(); ++b)
            if (!pairedBefore[b])
                changes.push_back({section, ChangeKind::Removed, name(before[b]), describe(before[b]), {}});
        for (const auto &[b, a] : pairs)
            if (Fields changed = fields(before[b], after[a]); !changed.empty())
                changes.push_back({section, ChangeKind::Changed, name(after[a]), {}, std::move(changed)});
        if (!ordered)
            return;
        const std::vector<bool> moved = movedPairs(pairs);
        for (std::size_t i = 0; i < pairs.size(); ++i)
            if (moved[i])
                changes.push_back(
                    {section,
                     ChangeKind::Moved,
                     name(after[pairs[i].second]),
                     {},
                     {{u"position"_qs, QString::number(pairs[i].first + 1), QString::number(pairs[i].second + 1)}}});
    }
};

void settings(std::vector<ModelChange> &changes, ModelSection section, Fields fields)
{
    if (!fields.empty())
        changes.push_back({section, ChangeKind::Changed, {}, {}, std::move(fields)});
}

void diffRules(const ScoringModel &before, const ScoringModel &after, std::vector<ModelChange> &changes)
{
    using Key = std::function<QString(const ScoringRule &)>;
    const Key id = [](const ScoringRule &rule) { return rule.id; };
    const ListDiff<ScoringRule> diff{ModelSection::Rules, id, ModelWording::rule, ruleFields, true};
    diff.run(before.rules, after.rules, match(before.rules, after.rules, {id}), changes);
}

void diffTriggers(const ScoringModel &before, const ScoringModel &after, std::vector<ModelChange> &changes)
{
    using Key = std::function<QString(const ScoringTrigger &)>;
    const Key id = [](const ScoringTrigger &trigger) { return trigger.id; };
    const ListDiff<ScoringTrigger> diff{ModelSection::Triggers, id, ModelWording::trigger, triggerFields, false};
    diff.run(before.triggers, after.triggers, match(before.triggers, after.triggers, {id}), changes);
}

void diffFitRules(const ScoringModel &before, const ScoringModel &after, std::vector<ModelChange> &changes)
{
    using Key = std::function<QString(const FitRule &)>;
    const Key condition = [](const FitRule &rule) { return ModelWording::condition(rule.condition); };
    const Key label = [](const FitRule &rule) { return rule.label; };
    const Key name = [](const FitRule &rule) {
        return rule.label.isEmpty() ? ModelWording::condition(rule.condition) : rule.label;
    };
    const ListDiff<FitRule> diff{ModelSection::FitRules, name, ModelWording::fitRule, fitFields, false};
    diff.run(before.fit.rules, after.fit.rules, match(before.fit.rules, after.fit.rules, {name, label, condition}),
             changes);
}

void diffNurture(const ScoringModel &before, const ScoringModel &after, std::vector<ModelChange> &changes)
{
    using TrackKey = std::function<QString(const NurtureTrack &)>;
    const TrackKey id = [](const NurtureTrack &track) { return track.id; };
    const ListDiff<NurtureTrack> tracks{ModelSection::NurtureTracks, id, ModelWording::track, trackFields, true};
    tracks.run(before.nurture.tracks, after.nurture.tracks, match(before.nurture.tracks, after.nurture.tracks, {id}),
               changes);

    using StepKey = std::function<QString(const NurtureStep &)>;
    const StepKey week = [](const NurtureStep &step) { return u"week %1"_qs.arg(step.fromWeek); };
    const StepKey label = [](const NurtureStep &step) { return step.label; };
    const ListDiff<NurtureStep> steps{ModelSection::NurtureSteps, week, ModelWording::step, stepFields, false};
    steps.run(before.nurture.steps, after.nurture.steps,
              match(before.nurture.steps, after.nurture.steps, {week, label}), changes);
}

void diffSettings(const ScoringModel &before, const ScoringModel &after, std::vector<ModelChange> &changes)
{
    Fields thresholds;
    const Thresholds &was = before.thresholds, &is = after.thresholds;
    compare(thresholds, u"iql"_qs, was.iql, is.iql);
    compare(thresholds, u"mql"_qs, was.mql, is.mql);
    compare(thresholds, u"mqlRequiresIntent"_qs, ModelWording::yesNo(was.mqlRequiresIntent),
            ModelWording::yesNo(is.mqlRequiresIntent));
    compare(thresholds, u"mqlIcp"_qs, ModelWording::optionalNumber(was.mqlIcp),
            ModelWording::optionalNumber(is.mqlIcp));
    compare(thresholds, u"pql"_qs, was.pql, is.pql);
    settings(changes, ModelSection::Thresholds, std::move(thresholds));

    Fields decay;
    compare(decay, u"graceMonths"_qs, before.decay.graceMonths, after.decay.graceMonths);
    compare(decay, u"pointsPerMonth"_qs, before.decay.pointsPerMonth, after.decay.pointsPerMonth);
    settings(changes, ModelSection::Decay, std::move(decay));
}

void diffGradesAndStagnation(const ScoringModel &before, const ScoringModel &after, std::vector<ModelChange> &changes)
{
    Fields grades;
    compare(grades, u"A"_qs, before.fit.grades.a, after.fit.grades.a);
    compare(grades, u"B"_qs, before.fit.grades.b, after.fit.grades.b);
    compare(grades, u"C"_qs, before.fit.grades.c, after.fit.grades.c);
    settings(changes, ModelSection::Grades, std::move(grades));

    Fields stagnation;
    compare(stagnation, u"stagnantDays"_qs, before.stagnantDays, after.stagnantDays);
    settings(changes, ModelSection::Stagnation, std::move(stagnation));
}

QString marker(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return u"+"_qs;
    case ChangeKind::Removed:
        return u"-"_qs;
    case ChangeKind::Changed:
        return u"~"_qs;
    case ChangeKind::Moved:
        return u"^"_qs;
    }
    return {};
}

} // namespace

QString ModelDiff::line(const ModelChange &change)
{
    QString text = u"  "_qs + marker(change.kind) + u' ';
    if (!change.item.isEmpty())
        text += change.item + u": "_qs;
    if (change.kind == ChangeKind::Added || change.kind == ChangeKind::Removed)
        return text + change.description;
    QStringList fields;
    for (const FieldChange &field : change.fields)
        fields << u"%1 %2 → %3"_qs.arg(field.field, field.before, field.after);
    return text + fields.join(u", "_qs);
}

QString modelSectionTitle(ModelSection section)
{
    static const QString titles[modelSectionCount] = {
        u"Name"_qs,      u"Rules"_qs,  u"Triggers"_qs,       u"Thresholds"_qs,    u"Decay"_qs,
        u"Fit rules"_qs, u"Grades"_qs, u"Nurture tracks"_qs, u"Nurture steps"_qs, u"Stagnation"_qs,
    };
    return titles[std::size_t(section)];
}

ModelDiff ModelDiff::between(const ScoringModel &before, const ScoringModel &after)
{
    ModelDiff diff;
    std::vector<ModelChange> &changes = diff.m_changes;
    Fields name;
    compare(name, u"name"_qs, before.name, after.name);
    settings(changes, ModelSection::Name, std::move(name));
    diffRules(before, after, changes);
    diffTriggers(before, after, changes);
    diffSettings(before, after, changes);
    diffFitRules(before, after, changes);
    diffGradesAndStagnation(before, after, changes);
    diffNurture(before, after, changes);
    // Grades come before the nurture sections in the listing, as in the model file.
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ModelChange &x, const ModelChange &y) { return x.section < y.section; });
    return diff;
}

std::vector<ModelChange> ModelDiff::changesIn(ModelSection section) const
{
    std::vector<ModelChange> selected;
    for (const ModelChange &change : m_changes)
        if (change.section == section)
            selected.push_back(change);
    return selected;
}

QString ModelDiff::headline(const QString &beforeName, const QString &afterName) const
{
    if (isEmpty())
        return u"%1 and %2 are the same model: nothing differs."_qs.arg(beforeName, afterName);
    return u"From %1 to %2: %3 %4"_qs.arg(beforeName, afterName, QString::number(m_changes.size()),
                                          m_changes.size() == 1 ? u"change"_qs : u"changes"_qs);
}

QString ModelDiff::text(const QString &beforeName, const QString &afterName) const
{
    QString text;
    QTextStream out(&text);
    out << headline(beforeName, afterName) << '\n';
    if (isEmpty())
        return text;
    std::optional<ModelSection> section;
    for (const ModelChange &change : m_changes) {
        if (change.section != section) {
            section = change.section;
            out << modelSectionTitle(change.section) << '\n';
        }
        out << line(change) << '\n';
    }
    return text;
}

} // namespace LeadStage
