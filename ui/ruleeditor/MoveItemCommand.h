#pragma once

#include "ModelDraft.h"

#include <QUndoCommand>

namespace LeadStage {

// Moves an item within one of the draft's lists (rule order, nurture track
// priority: the first track that holds wins).
template <DraftList L>
class MoveItemCommand : public QUndoCommand
{
public:
    MoveItemCommand(ModelDraft *draft, int from, int to, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_draft(draft)
        , m_from(from)
        , m_to(to)
    {}

    void redo() override { m_draft->moveItem<L>(m_from, m_to); }
    void undo() override { m_draft->moveItem<L>(m_to, m_from); }

private:
    ModelDraft *m_draft;
    int m_from, m_to;
};

} // namespace LeadStage
