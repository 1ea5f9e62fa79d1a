#include "ModelSaveDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadStage {

ModelSaveDialog::ModelSaveDialog(const QString &title, const QString &prompt, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_comment(new QPlainTextEdit(this))
    , m_outcome(new QLabel(this))
{
    setObjectName(u"modelSaveDialog"_qs);
    setWindowTitle(title);
    m_name->setObjectName(u"modelName"_qs);
    m_name->setToolTip(tr("The model's name: an existing name gets its next version, a new name starts at v1"));
    m_comment->setObjectName(u"modelComment"_qs);
    m_comment->setPlaceholderText(tr("Why this version: what changed and what it should do to the funnel"));
    m_comment->setToolTip(tr("Shown in the version history beside the date"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(80);
    m_outcome->setObjectName(u"saveOutcome"_qs);
    m_outcome->setWordWrap(true);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_outcome);
    form->addRow(tr("&Comment:"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!this->name().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ModelSaveDialog::updateName);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateName();
    resize(520, sizeHint().height());
}

void ModelSaveDialog::updateName()
{
    const QString chosen = name();
    m_ok->setEnabled(!chosen.isEmpty());
    if (chosen.isEmpty()) {
        m_outcome->setStyleSheet(u"color: #b91c1c"_qs);
        m_outcome->setText(tr("A version needs a name: type the model's name to save its next version, "
                              "or a new name to start a new model."));
    } else if (m_name->isReadOnly() || m_latest.isEmpty()) {
        m_outcome->setText(QString());
    } else {
        m_outcome->setStyleSheet(u"color: #57534e"_qs);
        const int latest = m_latest.value(chosen, 0);
        m_outcome->setText(latest > 0 ? tr("Saved as %1 v%2, the next version of %1.").arg(chosen).arg(latest + 1)
                                      : tr("Saved as %1 v1, a new model name.").arg(chosen));
    }
    m_outcome->setVisible(!m_outcome->text().isEmpty());
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
    updateName();
}

void ModelSaveDialog::setSavedVersions(const std::vector<ModelVersion> &versions)
{
    m_latest.clear();
    for (const ModelVersion &version : versions)
        m_latest[version.name] = std::max(m_latest.value(version.name), version.version);
    updateName();
}

} // namespace LeadStage
