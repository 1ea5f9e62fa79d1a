#include "WelcomePage.h"

#include "common/WorkspaceLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadStage {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("LeadStage"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Open a workspace to see its leads, or create a new one."), this);

    auto *newButton = new QPushButton(tr("New Workspace…"), this);
    auto *openButton = new QPushButton(tr("Open Workspace…"), this);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    auto *teamButton = new QPushButton(tr("Open Team Workspace…"), this);
    teamButton->setObjectName(u"welcomeOpenTeam"_qs);
    teamButton->setToolTip(tr("A workspace that a team shares on a PostgreSQL server"));
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(teamButton, &QPushButton::clicked, this, &WelcomePage::teamRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(teamButton);
    buttons->addStretch();

    m_recent->setMaximumWidth(640);
    m_recent->setToolTip(tr("Double-click or press Enter to open"));
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentChosen(item->data(Qt::UserRole).toString()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(new QLabel(tr("Recent workspaces"), this));
    layout->addWidget(m_recent, 1);
}

void WelcomePage::setRecentWorkspaces(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            WorkspaceLabel::shortName(path) + u"   —   "_qs + WorkspaceLabel::location(path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(WorkspaceLabel::location(path));
    }
}

} // namespace LeadStage
