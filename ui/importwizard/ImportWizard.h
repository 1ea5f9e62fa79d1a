#pragma once

#include "import/ImportDraft.h"

#include <QWizard>

#include <memory>

namespace LeadStage {

class ImportTasks;
class Workspace;
struct WorkspaceSummary;

// The import wizard: files → preview → column mapping → activity
// names → date formats → validation (a dry run) → import with progress → result.
// The pages show and change one ImportDraft; all reading and writing runs in
// ImportTasks, off the GUI thread. Cancel on any page writes nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilesPage, PreviewPage, MappingPage, ActivitiesPage, DatesPage, ValidationPage, RunPage, ResultPage };

    ImportWizard(std::shared_ptr<Workspace> workspace, const QStringList &files, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportDraft &draft() { return m_draft; }
    ImportTasks &tasks() { return *m_tasks; }

    void addFiles(const QStringList &paths);
    void removeFile(int index);
    void readFile(int index); // a new preview with the file's reading options
    // Starts the whole-file scan of the files that need one; scansChanged() when done.
    void scanIfNeeded();
    bool isScanning() const;
    QString scanProblem() const { return m_scanProblem; }

    void reject() override; // cancels running work first; a second Cancel closes

Q_SIGNALS:
    void fileRead(int index); // -1: every preview asked for is done
    void filesChanged();
    void scansChanged();
    void imported(const LeadStage::WorkspaceSummary &summary);

private:
    // Next and Commit: the next page starts now, and is painted on the next turn.
    void nextThenPaint();

    ImportDraft m_draft;
    std::unique_ptr<ImportTasks> m_tasks;
    QString m_scanProblem;
};

} // namespace LeadStage
