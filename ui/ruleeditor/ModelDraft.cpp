#include "ModelDraft.h"

#include "ChangeItemCommand.h"
#include "ChangeSettingCommand.h"
#include "InsertItemCommand.h"
#include "MoveItemCommand.h"
#include "RemoveItemCommand.h"
#include "ReplaceDraftCommand.h"
#include "tuning/ModelValidator.h"

#include <QUndoStack>

#include <algorithm>

namespace LeadStage {

namespace {

QString ruleName(const ScoringRule &rule)
{
    return rule.label.isEmpty() ? rule.id : rule.label;
}

template <typename Items>
QString unusedId(const Items &items, const QString &base)
{
    const auto used = [&](const QString &id) {
        return std::any_of(items.begin(), items.end(), [&](const auto &item) { return item.id == id; });
    };
    const QString stem = base.isEmpty() ? u"rule"_qs : base;
    if (!used(stem))
        return stem;
    for (int n = 2;; ++n)
        if (const QString id = stem + u'_' + QString::number(n); !used(id))
            return id;
}

} // namespace

ModelDraft::ModelDraft(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{}

ModelDraft::~ModelDraft() = default;

void ModelDraft::setActive(const ScoringModel &active, const ModelVersion &version)
{
    // The history goes first: its commands hold items of the draft about to go.
    m_undo->clear();
    m_session = 0;
    Q_EMIT draftAboutToBeReset();
    m_active = active;
    m_draft = active;
    m_version = version;
    Q_EMIT draftReset();
    Q_EMIT activeChanged();
    changed();
}

void ModelDraft::replaceActive(const ScoringModel &active, const ModelVersion &version)
{
    m_active = active;
    m_version = version;
    Q_EMIT activeChanged();
    changed();
}

void ModelDraft::markSaved(const ModelVersion &version)
{
    m_draft.name = version.name;
    m_active = m_draft;
    m_version = version;
    m_undo->setClean();
    Q_EMIT activeChanged();
    changed();
}

void ModelDraft::revert()
{
    m_undo->clear();
    m_session = 0;
    Q_EMIT draftAboutToBeReset();
    m_draft = m_active;
    Q_EMIT draftReset();
    changed();
}

void ModelDraft::loadVersion(const ScoringModel &model, const ModelVersion &from)
{
    m_session = 0; // a load never merges into an open edit
    m_undo->push(new ReplaceDraftCommand(this, model, tr("Load %1 v%2").arg(from.name).arg(from.version)));
}

int ModelDraft::beginEditSession()
{
    m_session = ++m_lastSession;
    return m_session;
}

void ModelDraft::endEditSession(int session)
{
    if (m_session == session)
        m_session = 0;
}

void ModelDraft::changed()
{
    Q_EMIT draftChanged();
    if (const bool dirty = isDirty(); dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

Status ModelDraft::push(const ScoringModel &candidate, QUndoCommand *command)
{
    if (const std::optional<Error> problem = ModelValidator::newProblem(m_draft, candidate)) {
        delete command;
        return *problem;
    }
    m_undo->push(command);
    return {};
}

template <DraftList L>
Status ModelDraft::insertEdit(int index, const DraftItem<L> &item, const QString &text)
{
    ScoringModel candidate = m_draft;
    auto &list = DraftListTraits<L>::items(candidate);
    index = std::clamp(index, 0, int(list.size()));
    list.insert(list.begin() + index, item);
    return push(candidate, new InsertItemCommand<L>(this, index, item, text));
}

template <DraftList L>
Status ModelDraft::removeEdit(int index, const QString &text)
{
    ScoringModel candidate = m_draft;
    auto &list = DraftListTraits<L>::items(candidate);
    if (index < 0 || index >= int(list.size()))
        return Error{tr("nothing to delete there"), QString()};
    list.erase(list.begin() + index);
    return push(candidate, new RemoveItemCommand<L>(this, index, text));
}

template <DraftList L>
Status ModelDraft::changeEdit(int index, const DraftItem<L> &item, int field, const QString &text)
{
    ScoringModel candidate = m_draft;
    auto &list = DraftListTraits<L>::items(candidate);
    if (index < 0 || index >= int(list.size()))
        return Error{tr("nothing to change there"), QString()};
    if (list[std::size_t(index)] == item)
        return {};
    list[std::size_t(index)] = item;
    return push(candidate, new ChangeItemCommand<L>(this, index, item, field, text));
}

template <DraftSetting S>
Status ModelDraft::settingEdit(const DraftValue<S> &value, const QString &text)
{
    ScoringModel candidate = m_draft;
    if (DraftSettingTraits<S>::of(candidate) == value)
        return {};
    DraftSettingTraits<S>::of(candidate) = value;
    return push(candidate, new ChangeSettingCommand<S>(this, value, text));
}

Status ModelDraft::addRule(int index, const ScoringRule &rule)
{
    return insertEdit<DraftList::Rules>(index, rule, tr("Add rule “%1”").arg(ruleName(rule)));
}

Status ModelDraft::duplicateRule(int index)
{
    if (index < 0 || index >= int(m_draft.rules.size()))
        return Error{tr("no rule to duplicate"), QString()};
    ScoringRule copy = m_draft.rules[std::size_t(index)];
    copy.id = unusedRuleId(copy.id);
    copy.label = tr("%1 (copy)").arg(ruleName(copy));
    return insertEdit<DraftList::Rules>(index + 1, copy,
                                        tr("Duplicate rule “%1”").arg(ruleName(m_draft.rules[std::size_t(index)])));
}

Status ModelDraft::removeRule(int index)
{
    if (index < 0 || index >= int(m_draft.rules.size()))
        return Error{tr("no rule to delete"), QString()};
    return removeEdit<DraftList::Rules>(index, tr("Delete rule “%1”").arg(ruleName(m_draft.rules[std::size_t(index)])));
}

Status ModelDraft::moveRule(int from, int to, const QString &category)
{
    const int count = int(m_draft.rules.size());
    if (from < 0 || from >= count)
        return Error{tr("no rule to move"), QString()};
    to = std::clamp(to, 0, count - 1);
    ScoringRule moved = m_draft.rules[std::size_t(from)];
    if (from == to && moved.category == category)
        return {};
    auto *command = new QUndoCommand(tr("Move rule “%1”").arg(ruleName(moved)));
    // The category first, while the rule is still at `from`; undo runs in reverse.
    if (moved.category != category) {
        moved.category = category;
        new ChangeItemCommand<DraftList::Rules>(this, from, moved, int(RuleField::Category), QString(), command);
    }
    if (from != to)
        new MoveItemCommand<DraftList::Rules>(this, from, to, QString(), command);
    ScoringModel candidate = m_draft;
    candidate.rules.erase(candidate.rules.begin() + from);
    candidate.rules.insert(candidate.rules.begin() + to, moved);
    return push(candidate, command);
}

Status ModelDraft::changeRule(int index, RuleField field, const ScoringRule &changed)
{
    if (index < 0 || index >= int(m_draft.rules.size()))
        return Error{tr("no rule to change"), QString()};
    const QString name = ruleName(m_draft.rules[std::size_t(index)]);
    QString text;
    switch (field) {
    case RuleField::Label:
        text = tr("Rename rule “%1”");
        break;
    case RuleField::Activity:
        text = tr("Change the activity of “%1”");
        break;
    case RuleField::Condition:
        text = tr("Change the condition of “%1”");
        break;
    case RuleField::Detail:
        text = tr("Change the detail pattern of “%1”");
        break;
    case RuleField::Track:
        text = tr("Change the track of “%1”");
        break;
    case RuleField::Points:
        text = tr("Change the points of “%1”");
        break;
    case RuleField::Pays:
        text = tr("Change how “%1” pays");
        break;
    case RuleField::Count:
        text = tr("Change the count of “%1”");
        break;
    case RuleField::Cap:
        text = tr("Change the cap of “%1”");
        break;
    case RuleField::Category:
        text = tr("Move “%1” to another category");
        break;
    }
    return changeEdit<DraftList::Rules>(index, changed, int(field), text.arg(name));
}

Status ModelDraft::renameCategory(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (name.isEmpty())
        return Error{tr("a category needs a name"), tr("category"), 0, 0, tr("Type a name such as “Webinar”.")};
    if (name == from)
        return {};
    auto *command = new QUndoCommand(tr("Rename category “%1” to “%2”").arg(from, name));
    ScoringModel candidate = m_draft;
    for (std::size_t i = 0; i < candidate.rules.size(); ++i) {
        if (candidate.rules[i].category != from)
            continue;
        candidate.rules[i].category = name;
        new ChangeItemCommand<DraftList::Rules>(this, int(i), candidate.rules[i], int(RuleField::Category), QString(),
                                                command);
    }
    return push(candidate, command);
}

Status ModelDraft::addTrigger(int index, const ScoringTrigger &trigger)
{
    return insertEdit<DraftList::Triggers>(index, trigger, tr("Add trigger “%1”").arg(trigger.label));
}

Status ModelDraft::removeTrigger(int index)
{
    if (index < 0 || index >= int(m_draft.triggers.size()))
        return Error{tr("no trigger to delete"), QString()};
    return removeEdit<DraftList::Triggers>(index,
                                           tr("Delete trigger “%1”").arg(m_draft.triggers[std::size_t(index)].label));
}

Status ModelDraft::changeTrigger(int index, const ScoringTrigger &changed, int field)
{
    return changeEdit<DraftList::Triggers>(index, changed, field, tr("Change trigger “%1”").arg(changed.label));
}

Status ModelDraft::replaceWith(const ScoringModel &model, const QString &text)
{
    if (model == m_draft)
        return {};
    m_session = 0; // never merged into an open edit
    return push(model, new ReplaceDraftCommand(this, model, text));
}

Status ModelDraft::setThresholds(const Thresholds &thresholds)
{
    return settingEdit<DraftSetting::Thresholds>(thresholds, tr("Change the thresholds"));
}

Status ModelDraft::setDecay(const DecayRule &decay)
{
    return settingEdit<DraftSetting::Decay>(decay, tr("Change the decay"));
}

Status ModelDraft::setGrades(const GradeBoundaries &grades)
{
    return settingEdit<DraftSetting::Grades>(grades, tr("Change the grade boundaries"));
}

Status ModelDraft::setStagnantDays(int days)
{
    return settingEdit<DraftSetting::StagnantDays>(days, tr("Change the stagnation days"));
}

Status ModelDraft::addFitRule(int index, const FitRule &rule)
{
    return insertEdit<DraftList::FitRules>(index, rule, tr("Add fit rule “%1”").arg(rule.label));
}

Status ModelDraft::removeFitRule(int index)
{
    if (index < 0 || index >= int(m_draft.fit.rules.size()))
        return Error{tr("no fit rule to delete"), QString()};
    return removeEdit<DraftList::FitRules>(index,
                                           tr("Delete fit rule “%1”").arg(m_draft.fit.rules[std::size_t(index)].label));
}

Status ModelDraft::changeFitRule(int index, const FitRule &changed, int field)
{
    return changeEdit<DraftList::FitRules>(index, changed, field, tr("Change fit rule “%1”").arg(changed.label));
}

Status ModelDraft::addNurtureTrack(int index, const NurtureTrack &track)
{
    return insertEdit<DraftList::NurtureTracks>(index, track, tr("Add nurture track “%1”").arg(track.label));
}

Status ModelDraft::removeNurtureTrack(int index)
{
    if (index < 0 || index >= int(m_draft.nurture.tracks.size()))
        return Error{tr("no nurture track to delete"), QString()};
    return removeEdit<DraftList::NurtureTracks>(
        index, tr("Delete nurture track “%1”").arg(m_draft.nurture.tracks[std::size_t(index)].label));
}

Status ModelDraft::moveNurtureTrack(int from, int to)
{
    const int count = int(m_draft.nurture.tracks.size());
    if (from < 0 || from >= count || to < 0 || to >= count)
        return Error{tr("no nurture track to move there"), QString()};
    if (from == to)
        return {};
    ScoringModel candidate = m_draft;
    auto &tracks = candidate.nurture.tracks;
    const NurtureTrack track = tracks[std::size_t(from)];
    tracks.erase(tracks.begin() + from);
    tracks.insert(tracks.begin() + to, track);
    return push(candidate, new MoveItemCommand<DraftList::NurtureTracks>(
                               this, from, to, tr("Move nurture track “%1”").arg(track.label)));
}

Status ModelDraft::changeNurtureTrack(int index, const NurtureTrack &changed, int field)
{
    return changeEdit<DraftList::NurtureTracks>(index, changed, field,
                                                tr("Change nurture track “%1”").arg(changed.label));
}

Status ModelDraft::addNurtureStep(int index, const NurtureStep &step)
{
    return insertEdit<DraftList::NurtureSteps>(index, step, tr("Add nurture step “%1”").arg(step.label));
}

Status ModelDraft::removeNurtureStep(int index)
{
    if (index < 0 || index >= int(m_draft.nurture.steps.size()))
        return Error{tr("no nurture step to delete"), QString()};
    return removeEdit<DraftList::NurtureSteps>(
        index, tr("Delete nurture step “%1”").arg(m_draft.nurture.steps[std::size_t(index)].label));
}

Status ModelDraft::changeNurtureStep(int index, const NurtureStep &changed, int field)
{
    return changeEdit<DraftList::NurtureSteps>(index, changed, field,
                                               tr("Change nurture step “%1”").arg(changed.label));
}

QString ModelDraft::unusedRuleId(const QString &base) const
{
    return unusedId(m_draft.rules, base);
}

QString ModelDraft::unusedTriggerId(const QString &base) const
{
    return unusedId(m_draft.triggers, base);
}

QString ModelDraft::unusedTrackId(const QString &base) const
{
    return unusedId(m_draft.nurture.tracks, base);
}

} // namespace LeadStage
