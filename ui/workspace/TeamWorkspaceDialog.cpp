#include "TeamWorkspaceDialog.h"

#include "AppSettings.h"
#include "common/BackgroundJobs.h"
#include "shell/WindowWording.h"
#include "store/Workspace.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/ServerPasswords.h"
#include "store/postgres/WorkspaceAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace LeadStage {

namespace {

// "The address names no schema: …. Add ?schema=name, …": a sentence, then what to do.
QString sentences(const Error &error)
{
    const Error shown = forWindow(error);
    QString what = shown.what;
    if (!what.isEmpty())
        what[0] = what[0].toUpper();
    if (!what.endsWith(u'.'))
        what += u'.';
    return shown.hint.isEmpty() ? what : what + u"\n"_qs + shown.hint;
}

QStringList recentTeamWorkspaces()
{
    QStringList addresses;
    for (const QString &recent : AppSettings::recentWorkspaces().get())
        if (Workspace::isServerAddress(recent))
            addresses << recent;
    return addresses;
}

} // namespace

TeamWorkspaceDialog::TeamWorkspaceDialog(const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_login(new QFutureWatcher<ServerLogin>(this))
{
    setObjectName(u"teamWorkspaceDialog"_qs);
    setWindowTitle(tr("Open Team Workspace"));
    auto *intro = new QLabel(tr("A team workspace is a schema in a PostgreSQL database that several analysts "
                                "open at once. Its address:"),
                             this);
    intro->setWordWrap(true);
    auto *format = new QLabel(u"<code>postgresql://user@host[:port]/database?schema=name</code>"_qs, this);
    format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setObjectName(u"teamAddress"_qs);
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->addItems(recentTeamWorkspaces());
    m_address->setCurrentText(address.isEmpty() ? m_address->itemText(0) : address);
    m_address->setMinimumContentsLength(48);
    m_address->setToolTip(tr("For a server on this machine's socket: postgresql://user@/database?host=/run/"
                             "postgresql&schema=name. Any other libpq setting (sslmode=require) may follow."));
    m_address->lineEdit()->setPlaceholderText(u"postgresql://ana@db.example.com/leads?schema=emea"_qs);
    m_password->setObjectName(u"teamPassword"_qs);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in memory until LeadStage quits, never written. To be asked no more, put it "
                              "in ~/.pgpass (host:port:database:user:password, mode 0600)."));
    m_passwordLabel->setBuddy(m_password);
    m_problem->setObjectName(u"teamProblem"_qs);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(tr("The password comes from ~/.pgpass or PGPASSWORD; LeadStage asks for it only when "
                               "the server wants one they do not give, and never stores it. Rescoring and model "
                               "versions work there as the workspace's roles allow; an import goes through a copy "
                               "in a workspace file for now."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #57534e"_qs);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(m_passwordLabel, m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    m_open->setObjectName(u"teamOpen"_qs);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamWorkspaceDialog::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QFutureWatcher<ServerLogin>::finished, this, [this] { showOutcome(m_login->result()); });
    // Another address may be another user's: its password is asked for anew if needed.
    connect(m_address, &QComboBox::currentTextChanged, this, [this] {
        m_problem->clear();
        m_password->clear();
        m_password->hide();
        m_passwordLabel->hide();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(format);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    m_passwordLabel->hide();
    m_password->hide();
    resize(640, sizeHint().height());
}

void TeamWorkspaceDialog::checkQuietly()
{
    m_quiet = true;
    logIn();
}

void TeamWorkspaceDialog::reject()
{
    // A login that ends after Cancel opens nothing and shows nothing.
    disconnect(m_login, nullptr, this, nullptr);
    m_typed.reset();
    m_password->clear();
    QDialog::reject();
}

void TeamWorkspaceDialog::logIn()
{
    if (m_login->isRunning())
        return;
    const QString text = m_address->currentText().trimmed();
    auto address = WorkspaceAddress::parse(text);
    if (!address || !address->isServer()) {
        showProblem(address ? tr("This is a file, not a server's address: open it with File → Open Workspace.")
                            : sentences(address.error()));
        return;
    }
    // A typed password is tried first and kept only once the server takes it.
    std::optional<QString> typed;
    if (m_password->isVisible()) {
        if (m_password->text().isEmpty()) {
            showProblem(tr("Type the password, or put it in ~/.pgpass and open again."));
            return;
        }
        typed = m_password->text();
    }
    m_typed = typed;
    m_tried = text;
    m_triedUri = address->connectionUri();
    m_problem->setStyleSheet(QString());
    m_problem->setText(tr("Connecting to %1…").arg(address->database()));
    setBusy(true);
    m_login->setFuture(
        BackgroundJobs::run([address = *address, typed] { return ServerConnection::tryLogin(address, typed); }));
}

void TeamWorkspaceDialog::showOutcome(const ServerLogin &login)
{
    setBusy(false);
    switch (login.outcome) {
    case ServerLogin::Outcome::LoggedIn:
        if (m_typed)
            ServerPasswords::remember(m_triedUri, *std::exchange(m_typed, std::nullopt));
        m_password->clear();
        Q_EMIT loggedIn(m_tried);
        accept();
        if (m_quiet)
            deleteLater();
        return;
    case ServerLogin::Outcome::NeedsPassword:
        askForPassword(login.user, tr("The server asks for the password of %1.").arg(login.user));
        break;
    case ServerLogin::Outcome::PasswordRefused:
        askForPassword(login.user, tr("The server refused that password for %1: type it again.").arg(login.user));
        break;
    case ServerLogin::Outcome::Failed:
        showProblem(sentences(login.error));
        break;
    }
    if (m_quiet && !isVisible())
        open();
}

void TeamWorkspaceDialog::showProblem(const QString &text)
{
    m_problem->setStyleSheet(u"color: #b91c1c"_qs);
    m_problem->setText(text);
    if (m_quiet && !isVisible())
        open();
}

void TeamWorkspaceDialog::askForPassword(const QString &user, const QString &why)
{
    m_passwordLabel->setText(tr("&Password for %1:").arg(user));
    m_passwordLabel->show();
    m_password->show();
    m_password->clear();
    m_password->setFocus();
    showProblem(why);
}

void TeamWorkspaceDialog::setBusy(bool busy)
{
    m_open->setEnabled(!busy);
    m_address->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

} // namespace LeadStage
