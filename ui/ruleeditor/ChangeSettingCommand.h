#pragma once

#include "ModelDraft.h"

#include <QUndoCommand>

namespace LeadStage {

// Changes one of the draft's single values: thresholds, decay, grade boundaries,
// stagnation days. A threshold drag or typing in one box is one undo step.
template <DraftSetting S>
class ChangeSettingCommand : public QUndoCommand
{
public:
    ChangeSettingCommand(ModelDraft *draft, DraftValue<S> after, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_draft(draft)
        , m_session(draft->editSession())
        , m_before(DraftSettingTraits<S>::of(draft->model()))
        , m_after(std::move(after))
    {}

    void redo() override { m_draft->setValue<S>(m_after); }
    void undo() override { m_draft->setValue<S>(m_before); }

    int id() const override { return 200 + int(S); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeSettingCommand *>(other);
        if (m_session == 0 || next->m_session != m_session)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    ModelDraft *m_draft;
    int m_session;
    DraftValue<S> m_before, m_after;
};

} // namespace LeadStage
