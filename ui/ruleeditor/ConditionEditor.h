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

    // The lead fields offered first; any other name is an attrs key.
    static QStringList leadFields();

Q_SIGNALS:
    void editingFinished();

private:
    void updateHint();

    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
};

} // namespace LeadStage
