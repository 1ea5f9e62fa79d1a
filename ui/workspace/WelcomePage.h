#pragma once

#include <QWidget>

class QListWidget;

namespace LeadStage {

// Shown when no workspace is open: create one, open one, or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentWorkspaces(const QStringList &paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void teamRequested();
    void recentChosen(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace LeadStage
