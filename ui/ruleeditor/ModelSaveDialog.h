#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace LeadStage {

// Asks for a model name and a comment: for "Save as New Version", revert, duplicate, import.
class ModelSaveDialog : public QDialog
{
    Q_OBJECT

public:
    ModelSaveDialog(const QString &title, const QString &prompt, const QString &name, QWidget *parent = nullptr);

    QString name() const;
    QString comment() const;
    void setComment(const QString &comment);
    // Revert keeps the version's name: only the comment is asked for.
    void setNameEditable(bool editable);

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_comment;
};

} // namespace LeadStage
