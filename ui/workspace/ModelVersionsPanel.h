#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTableView;

namespace LeadStage {

class VersionTableModel;
class Workspace;

// The Workspace page's list of saved scoring-model versions: name, version, when,
// the active mark and the comment each was saved with, newest first.
class ModelVersionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelVersionsPanel(QWidget *parent = nullptr);

    // nullptr: no workspace open. The list is read again now.
    void setWorkspace(std::shared_ptr<Workspace> workspace);
    void reload();
    // While this says yes another job has the workspace's connection: reading waits.
    void setBusyCheck(std::function<bool()> busy) { m_busy = std::move(busy); }

    QTableView *view() const { return m_view; }
    VersionTableModel *model() const { return m_model; }

protected:
    // A version saved in the rule editor shows up the next time the page is seen.
    void showEvent(QShowEvent *event) override;

private:
    std::shared_ptr<Workspace> m_workspace;
    std::function<bool()> m_busy;
    VersionTableModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
};

} // namespace LeadStage
