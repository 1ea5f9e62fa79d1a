#pragma once

#include "scoring/ModelVersion.h"

#include <QDialog>
#include <QHash>

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace LeadStage {

// Asks for a model name and a comment: for "Save as New Version", revert, duplicate,
// import. Says which version the name will get, and refuses an empty name.
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
    // The workspace's saved versions, to say what the name gives: "saved as Default v4".
    void setSavedVersions(const std::vector<ModelVersion> &versions);

private:
    void updateName();

    QLineEdit *m_name;
    QPlainTextEdit *m_comment;
    QLabel *m_outcome;
    QPushButton *m_ok = nullptr;
    QHash<QString, int> m_latest;
};

} // namespace LeadStage
