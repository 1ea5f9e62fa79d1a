#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace LeadStage {

class Database;
class ServerConnection;

// The roles of a team workspace (issue 21): three PostgreSQL group roles named after its
// schema, each holding the one before it. A viewer reads; an analyst also rescores and
// saves model versions; an owner also makes a model active. The server checks them (the
// tables belong to the analyst role, the model versions to the owner role), and
// LeadStage says so before it starts.
enum class TeamRole { Viewer, Analyst, Owner };

namespace TeamRoles {

std::optional<TeamRole> parse(const QString &text); // "viewer", "analyst", "owner"
QString name(TeamRole role);
// "emea_analyst"; refused when it would pass PostgreSQL's 63 bytes.
Result<QString> groupOf(const QString &schema, TeamRole role);

// Makes the group roles where missing, gives the workspace's tables to them and grants
// what each may do; whoever runs it becomes an owner. Run once, by a user who may create
// roles and owns the tables (the one who copied the workspace there); again changes
// nothing.
Status setUp(ServerConnection &connection, const QString &schema);
// Makes `user` a viewer, an analyst or an owner of the workspace, and nothing more.
Status grant(ServerConnection &connection, const QString &schema, const QString &user, TeamRole role);

// What the session's user may do in the workspace, as the server's privileges say: change
// it (rescore, save a model: an analyst or an owner, or without roles the tables' owner)
// and make a model active (an owner).
struct TeamRights
{
    bool change = false;
    bool activate = false;
    QString user; // the session's
};
Result<TeamRights> rightsOf(ServerConnection &connection);

// Refuses, saying what role it takes, a user whose `rights` do not let them change the
// workspace. `address` for messages.
Status checkMayChange(const TeamRights &rights, const QString &schema, const QString &address);
// Whether the session's user may make a model active: an owner, or, without roles, the
// tables' owner.
Status checkMayActivate(Database &database);

// A table built to replace another (a full rescore's lead_state, an import's events)
// gets the old one's owner (a team workspace's analysts, who may all swap it next) and
// grants (its viewers read it), rather than belonging to the analyst who built it.
Status keepOwnerAndGrants(ServerConnection &connection, const QString &oldTable, const QString &newTable,
                          const QString &doing);

} // namespace TeamRoles

} // namespace LeadStage
