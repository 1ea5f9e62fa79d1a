#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace LeadStage {

struct ServerLogin;

// File → Open Team Workspace… (issue 21): the address of a workspace on a PostgreSQL
// server, and its password only when the server asks for one that ~/.pgpass or
// PGPASSWORD did not give. Logs in on a worker thread before the window opens the
// workspace, so that every connection the window's pages open next logs in too; a typed
// password is kept in memory until LeadStage quits (ServerPasswords), never written.
class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    // `address`: the one to show (else the last team workspace opened).
    explicit TeamWorkspaceDialog(const QString &address, QWidget *parent = nullptr);

    // Logs in to `address` without showing the dialog, and shows it only if a password
    // or a change is needed. The dialog deletes itself when done.
    void checkQuietly();

    void reject() override;

Q_SIGNALS:
    // Logged in: the window opens the workspace at `address`.
    void loggedIn(const QString &address);

private:
    void logIn();
    void showOutcome(const ServerLogin &login);
    void showProblem(const QString &text);
    void askForPassword(const QString &user, const QString &why);
    void setBusy(bool busy);

    QComboBox *m_address;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_problem;
    QPushButton *m_open;
    QFutureWatcher<ServerLogin> *m_login;
    QString m_tried; // the address being logged in to
    QString m_triedUri;
    std::optional<QString> m_typed; // the password tried, kept once the server takes it
    bool m_quiet = false;
};

} // namespace LeadStage
