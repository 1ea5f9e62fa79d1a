#pragma once

#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace LeadStage {

// The condition builder of field and fit rules: a lead field (or attrs key), an
// operator of DESIGN §3 and the value(s), parsed by ConditionText.
class ConditionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionEditor(QWidget *parent = nullptr);

    void setCondition(const FieldCondition &condition);
    Result<FieldCondition> condition() const;

    // Offered after the lead fields: the workspace's extra columns, attrs.KEY when a
    // lead field has the same name.
    void setAttributeNames(const QStringList &names);

Q_SIGNALS:
    void editingFinished();

private:
    void updateHint();

    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
};

} // namespace LeadStage
