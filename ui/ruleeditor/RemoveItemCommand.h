#pragma once

#include "ModelDraft.h"

#include <QUndoCommand>

namespace LeadStage {

// Removes an item from one of the draft's lists; undo puts it back where it was.
template <DraftList L>
class RemoveItemCommand : public QUndoCommand
{
public:
    RemoveItemCommand(ModelDraft *draft, int index, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_draft(draft)
        , m_index(index)
        , m_item(DraftListTraits<L>::items(draft->model())[std::size_t(index)])
    {}

    void redo() override { m_draft->removeItem<L>(m_index); }
    void undo() override { m_draft->insertItem<L>(m_index, m_item); }

private:
    ModelDraft *m_draft;
    int m_index;
    DraftItem<L> m_item;
};

} // namespace LeadStage
