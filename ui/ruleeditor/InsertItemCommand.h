#pragma once

#include "ModelDraft.h"

#include <QUndoCommand>

namespace LeadStage {

// Inserts an item into one of the draft's lists (add or duplicate a rule, a
// trigger, a fit rule, a nurture track or step); undo takes it out again.
template <DraftList L>
class InsertItemCommand : public QUndoCommand
{
public:
    InsertItemCommand(ModelDraft *draft, int index, DraftItem<L> item, const QString &text,
                      QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_draft(draft)
        , m_index(index)
        , m_item(std::move(item))
    {}

    void redo() override { m_draft->insertItem<L>(m_index, m_item); }
    void undo() override { m_draft->removeItem<L>(m_index); }

private:
    ModelDraft *m_draft;
    int m_index;
    DraftItem<L> m_item;
};

} // namespace LeadStage
