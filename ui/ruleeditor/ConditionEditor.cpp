#include "ConditionEditor.h"

#include "scoring/FieldAddress.h"
#include "tuning/ConditionText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace LeadStage {

namespace {

constexpr FieldOp operators[] = {FieldOp::Equal,   FieldOp::NotEqual, FieldOp::In,      FieldOp::Contains,
                                 FieldOp::AtLeast, FieldOp::AtMost,   FieldOp::Between, FieldOp::Empty};

} // namespace

ConditionEditor::ConditionEditor(QWidget *parent)
    : QWidget(parent)
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_value(new QLineEdit(this))
{
    setObjectName(u"conditionEditor"_qs);
    setAutoFillBackground(true);
    m_field->setObjectName(u"conditionField"_qs);
    m_field->setEditable(true);
    m_field->addItems(FieldAddress::leadFieldNames());
    m_field->setToolTip(tr("A lead field, or the name of an extra column kept in the lead's attrs; "
                           "attrs.NAME always means the extra column, also when a lead field has its name"));
    m_op->setObjectName(u"conditionOperator"_qs);
    for (FieldOp op : operators)
        m_op->addItem(fieldOpName(op), int(op));
    m_op->setToolTip(tr("= and != compare text (case-insensitive) or numbers; in: one of a list; contains: any of "
                        "the words; >=, <=, between: numbers; empty: the field has no value"));
    m_value->setObjectName(u"conditionValue"_qs);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_op, 1);
    layout->addWidget(m_value, 6);
    setFocusProxy(m_value);
    connect(m_op, &QComboBox::currentIndexChanged, this, &ConditionEditor::updateHint);
    connect(m_value, &QLineEdit::returnPressed, this, &ConditionEditor::editingFinished);
    updateHint();
}

void ConditionEditor::setAttributeNames(const QStringList &names)
{
    const QString text = m_field->currentText();
    m_field->clear();
    m_field->addItems(FieldAddress::leadFieldNames());
    if (!names.isEmpty())
        m_field->insertSeparator(m_field->count());
    m_field->addItems(names);
    m_field->setEditText(text);
}

void ConditionEditor::setCondition(const FieldCondition &condition)
{
    m_field->setEditText(condition.field);
    m_op->setCurrentIndex(m_op->findData(int(condition.op)));
    m_value->setText(ConditionText::valueText(condition));
}

Result<FieldCondition> ConditionEditor::condition() const
{
    return ConditionText::parse(m_field->currentText(), FieldOp(m_op->currentData().toInt()), m_value->text());
}

void ConditionEditor::updateHint()
{
    const auto op = FieldOp(m_op->currentData().toInt());
    m_value->setPlaceholderText(ConditionText::valueHint(op));
    m_value->setToolTip(ConditionText::valueHint(op));
}

} // namespace LeadStage
