#include "ModelSaveDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadStage {

ModelSaveDialog::ModelSaveDialog(const QString &title, const QString &prompt, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_comment(new QPlainTextEdit(this))
{
    setObjectName(u"modelSaveDialog"_qs);
    setWindowTitle(title);
    m_name->setObjectName(u"modelName"_qs);
    m_comment->setObjectName(u"modelComment"_qs);
    m_comment->setPlaceholderText(tr("Why this version: what changed and what it should do to the funnel"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(80);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Comment:"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString ModelSaveDialog::name() const
{
    return m_name->text().trimmed();
}

QString ModelSaveDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void ModelSaveDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

void ModelSaveDialog::setNameEditable(bool editable)
{
    m_name->setReadOnly(!editable);
}

} // namespace LeadStage
