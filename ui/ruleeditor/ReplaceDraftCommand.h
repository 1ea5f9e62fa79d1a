#pragma once

#include "ModelDraft.h"

#include <QUndoCommand>

namespace LeadStage {

// Replaces the whole draft at once ("Load into Draft" from the version history), so
// the load is one undo step and Undo brings back the edits it replaced.
class ReplaceDraftCommand : public QUndoCommand
{
public:
    ReplaceDraftCommand(ModelDraft *draft, ScoringModel after, const QString &text)
        : QUndoCommand(text)
        , m_draft(draft)
        , m_before(draft->model())
        , m_after(std::move(after))
    {}

    void redo() override { m_draft->replaceDraft(m_after); }
    void undo() override { m_draft->replaceDraft(m_before); }

private:
    ModelDraft *m_draft;
    ScoringModel m_before, m_after;
};

} // namespace LeadStage
