#pragma once

#include "ModelDraft.h"

#include <QUndoCommand>

namespace LeadStage {

// Changes one field of an item of the draft's lists (a rule's points, a trigger's
// window, a step's week). Consecutive changes of the same field of the same item in
// one editing session merge: typing "15" into a points box is one undo step.
template <DraftList L>
class ChangeItemCommand : public QUndoCommand
{
public:
    ChangeItemCommand(ModelDraft *draft, int index, DraftItem<L> after, int field, const QString &text,
                      QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_draft(draft)
        , m_index(index)
        , m_field(field)
        , m_session(draft->editSession())
        , m_before(DraftListTraits<L>::items(draft->model())[std::size_t(index)])
        , m_after(std::move(after))
    {}

    void redo() override { m_draft->replaceItem<L>(m_index, m_after); }
    void undo() override { m_draft->replaceItem<L>(m_index, m_before); }

    int id() const override { return 100 + int(L); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeItemCommand *>(other);
        if (m_session == 0 || next->m_session != m_session || next->m_index != m_index || next->m_field != m_field)
            return false;
        m_after = next->m_after;
        // Typed back to where it started: the step changes nothing and goes away.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    ModelDraft *m_draft;
    int m_index;
    int m_field;
    int m_session;
    DraftItem<L> m_before, m_after;
};

} // namespace LeadStage
