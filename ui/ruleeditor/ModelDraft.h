#pragma once

#include "DraftList.h"
#include "common/Result.h"
#include "scoring/ModelVersion.h"
#include "scoring/ScoringModel.h"

#include <QObject>

class QUndoCommand;
class QUndoStack;

namespace LeadStage {

// The model being edited (the draft) beside the active model it started from, with
// the undo history. Widgets never change the draft themselves: they call an edit
// below, which refuses what ModelValidator would reject (nothing is stored) or pushes
// one undo command. draftChanged() is the seam for everything that follows the draft
// (what-if comparison, version history): it fires after every change.
class ModelDraft : public QObject
{
    Q_OBJECT

public:
    explicit ModelDraft(QObject *parent = nullptr);
    ~ModelDraft() override;

    // Starts over from `active`: the draft becomes a copy and the history is cleared.
    void setActive(const ScoringModel &active, const ModelVersion &version);
    // Another version became active elsewhere (a team workspace): the draft and its
    // history stay, compared with that one now.
    void replaceActive(const ScoringModel &active, const ModelVersion &version);
    // The draft was saved as `version` (under `version.name`) and is the active
    // model now: the draft is clean again, its history kept.
    void markSaved(const ModelVersion &version);
    // Discards the draft: back to the active model, history cleared.
    void revert();
    // The draft becomes a copy of saved version `from` (the active model stays what it
    // was), as one undo step. Not validated: a saved model opens as it is, problems and all.
    void loadVersion(const ScoringModel &model, const ModelVersion &from);

    const ScoringModel &model() const { return m_draft; }
    const ScoringModel &active() const { return m_active; }
    const ModelVersion &activeVersion() const { return m_version; }
    bool hasModel() const { return m_version.id != 0 || !m_active.rules.empty(); }
    bool isDirty() const { return !(m_draft == m_active); }
    QUndoStack *undoStack() const { return m_undo; }

    // Edits made while one session is open merge into one undo step: a spin box
    // being typed into, a threshold handle being dragged. 0 means no session.
    int beginEditSession();
    // Ends `session` if it is still the open one (a later session stays open).
    void endEditSession(int session);
    int editSession() const { return m_session; }

    Status addRule(int index, const ScoringRule &rule);
    Status duplicateRule(int index);
    Status removeRule(int index);
    // Moves the rule to position `to` of the list and into `category` (a drag).
    Status moveRule(int from, int to, const QString &category);
    Status changeRule(int index, RuleField field, const ScoringRule &changed);
    Status renameCategory(const QString &from, const QString &to);

    Status addTrigger(int index, const ScoringTrigger &trigger);
    Status removeTrigger(int index);
    Status changeTrigger(int index, const ScoringTrigger &changed, int field);

    // The draft becomes `model` as one undo step named `text` (accepting suggested
    // points); refused, like any edit, when it brings a new problem.
    Status replaceWith(const ScoringModel &model, const QString &text);

    Status setThresholds(const Thresholds &thresholds);
    Status setDecay(const DecayRule &decay);
    Status setGrades(const GradeBoundaries &grades);
    Status setStagnantDays(int days);

    Status addFitRule(int index, const FitRule &rule);
    Status removeFitRule(int index);
    Status changeFitRule(int index, const FitRule &changed, int field);

    Status addNurtureTrack(int index, const NurtureTrack &track);
    Status removeNurtureTrack(int index);
    Status moveNurtureTrack(int from, int to);
    Status changeNurtureTrack(int index, const NurtureTrack &changed, int field);
    Status addNurtureStep(int index, const NurtureStep &step);
    Status removeNurtureStep(int index);
    Status changeNurtureStep(int index, const NurtureStep &changed, int field);

    // A rule or trigger id not used yet, from a base ("ebook_download_2").
    QString unusedRuleId(const QString &base) const;
    QString unusedTriggerId(const QString &base) const;
    QString unusedTrackId(const QString &base) const;

    // --- Applied by the undo commands only; nothing here validates. ---
    // Every structural change is announced before the draft changes and told after it,
    // like QAbstractItemModel's begin/end pairs, so that item models over the draft
    // can announce it to their views while their old rows are still valid.
    void replaceDraft(const ScoringModel &model)
    {
        Q_EMIT draftAboutToBeReset();
        m_draft = model;
        Q_EMIT draftReset();
        changed();
    }
    template <DraftList L>
    std::vector<DraftItem<L>> &items()
    {
        return DraftListTraits<L>::items(m_draft);
    }
    template <DraftList L>
    void insertItem(int index, const DraftItem<L> &item)
    {
        Q_EMIT itemAboutToBeInserted(L, index);
        auto &list = items<L>();
        list.insert(list.begin() + index, item);
        Q_EMIT itemInserted(L, index);
        changed();
    }
    template <DraftList L>
    void removeItem(int index)
    {
        Q_EMIT itemAboutToBeRemoved(L, index);
        auto &list = items<L>();
        list.erase(list.begin() + index);
        Q_EMIT itemRemoved(L, index);
        changed();
    }
    template <DraftList L>
    void replaceItem(int index, const DraftItem<L> &item)
    {
        items<L>()[std::size_t(index)] = item;
        Q_EMIT itemChanged(L, index);
        changed();
    }
    template <DraftList L>
    void moveItem(int from, int to)
    {
        Q_EMIT itemAboutToBeMoved(L, from, to);
        auto &list = items<L>();
        auto item = list[std::size_t(from)];
        list.erase(list.begin() + from);
        list.insert(list.begin() + to, item);
        Q_EMIT itemMoved(L, from, to);
        changed();
    }
    template <DraftSetting S>
    void setValue(const DraftValue<S> &value)
    {
        DraftSettingTraits<S>::of(m_draft) = value;
        Q_EMIT settingChanged(S);
        changed();
    }

Q_SIGNALS:
    void itemAboutToBeInserted(LeadStage::DraftList list, int index);
    void itemAboutToBeRemoved(LeadStage::DraftList list, int index);
    void itemAboutToBeMoved(LeadStage::DraftList list, int from, int to);
    void draftAboutToBeReset();
    void itemInserted(LeadStage::DraftList list, int index);
    void itemRemoved(LeadStage::DraftList list, int index);
    void itemChanged(LeadStage::DraftList list, int index);
    void itemMoved(LeadStage::DraftList list, int from, int to);
    void settingChanged(LeadStage::DraftSetting setting);
    // The whole draft was replaced (a new active model, a revert).
    void draftReset();
    // After every change of the draft; read model() for the new draft.
    void draftChanged();
    void dirtyChanged(bool dirty);
    // A saved version became the active model the draft is compared with.
    void activeChanged();

private:
    // Refuses `candidate` when it has a problem the draft has not; else pushes `command`.
    Status push(const ScoringModel &candidate, QUndoCommand *command);
    template <DraftList L>
    Status insertEdit(int index, const DraftItem<L> &item, const QString &text);
    template <DraftList L>
    Status removeEdit(int index, const QString &text);
    template <DraftList L>
    Status changeEdit(int index, const DraftItem<L> &item, int field, const QString &text);
    template <DraftSetting S>
    Status settingEdit(const DraftValue<S> &value, const QString &text);
    void changed();

    ScoringModel m_draft, m_active;
    ModelVersion m_version;
    QUndoStack *m_undo;
    bool m_wasDirty = false;
    int m_session = 0;
    int m_lastSession = 0;
};

} // namespace LeadStage
