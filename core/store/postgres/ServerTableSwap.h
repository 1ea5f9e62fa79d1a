#pragma once

#include "common/Result.h"

#include <QString>

namespace LeadStage {

class ServerConnection;

// A table of a server workspace rebuilt beside the stored one and put in its place, in
// the caller's transaction: filling a table that has no keys and no references, then
// adding them, checks each in one pass where inserting into the keyed, referenced table
// checks every row on its own (a bulk import's leads: 8 s against 3). The stored
// table's constraints are read from the server's catalog, so the new one gets exactly
// what the schema gave the old. Readers read the old table until the commit, and wait
// only from replace() to the commit.
class ServerTableSwap
{
public:
    ServerTableSwap(ServerConnection &connection, QString table, QString next, QString doing);

    // The stored table's keys, uniqueness, checks and references on the new one (but
    // its primary key when the caller adds that itself), each checked in one pass; but
    // References::Trusted adds the references NOT VALID: PostgreSQL then checks every
    // later write, not the rows already there, which their writer built from rows it
    // read or wrote itself (as a file's import, whose foreign-key checks are off).
    enum class References { Checked, Trusted };
    Status copyConstraints(bool withPrimaryKey = true, References references = References::Checked);
    // The new table takes the stored one's owner, grants and name, its constraints
    // their names, and the other tables' references to it (checked in one pass each).
    // The stored table goes, with its triggers: the caller forgets what they kept.
    Status replace();

private:
    ServerConnection &m_connection;
    QString m_table;
    QString m_next;
    QString m_doing;
};

} // namespace LeadStage
