#pragma once

#include "common/Error.h"
#include "scoring/ModelVersion.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace LeadStage {

class ModelEditorPage;
class VersionDiffDialog;
class VersionTableModel;

// The version history of the workspace's scoring models: every saved version with its
// date and comment, newest first, the active one marked. On the selected version:
// activate or revert to it (rescored off the GUI thread by the editor page), duplicate
// it, load it into the draft, compare two, export it as JSON; import a model file (also
// by dropping a .json file on the window).
class VersionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    VersionHistoryDialog(ModelEditorPage *editor, QWidget *parent = nullptr);

    // Reads the list of versions again, keeping the selection.
    void reload();
    void updateActions();

    VersionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    VersionDiffDialog *diffDialog() const { return m_diff; }
    QString messageText() const;
    void selectVersions(const std::vector<std::int64_t> &ids);
    std::vector<ModelVersion> selectedVersions() const;

    void activateSelected();
    void revertToSelected();  // asks for the reason
    void duplicateSelected(); // asks for a name and a comment
    void loadSelectedIntoDraft();
    void compareSelected();  // two selected, or the selected one against the active
    void exportSelected();   // asks for a file
    void importWithDialog(); // asks for a file
    bool exportVersion(std::int64_t id, const QString &path);
    // Reads `path`, asks for a comment (and the name) and saves it as a new version, not
    // active; a file that is not a model is refused with its line and column.
    bool importFile(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void done(int result) override;

private:
    void buildButtons(QVBoxLayout *column);
    QPushButton *addButton(QVBoxLayout *column, const QString &text, const QString &tip,
                           void (VersionHistoryDialog::*slot)());
    bool canWrite() const;
    void showError(const Error &error);
    void showNotice(const QString &text);

    ModelEditorPage *m_editor;
    VersionTableModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_activate = nullptr, *m_revert = nullptr, *m_duplicate = nullptr, *m_load = nullptr,
                *m_compare = nullptr, *m_export = nullptr, *m_import = nullptr;
    VersionDiffDialog *m_diff = nullptr;
};

} // namespace LeadStage
