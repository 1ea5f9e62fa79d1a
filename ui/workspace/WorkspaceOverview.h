#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace LeadStage {

struct WorkspaceSummary;

// What the open workspace holds: rows per table and the span of its events.
class WorkspaceOverview : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceOverview(QWidget *parent = nullptr);
    void show(const QString &name, const QString &path, const WorkspaceSummary &summary);

private:
    QLabel *m_title;
    QLabel *m_path;
    QLabel *m_span;
    QTableWidget *m_table;
};

} // namespace LeadStage
