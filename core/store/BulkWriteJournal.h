#pragma once

namespace LeadStage {

class Database;

// Writes one bulk job (an import and its rescore) with SQLite's rollback journal in
// place of the WAL, then returns the workspace to WAL. Pages a transaction adds past
// the file's end need no journal, so a large import writes its rows once instead of
// twice (into the WAL, then into the file at the checkpoint); a crash or kill -9
// still leaves the workspace as it was, because the journal left behind is rolled back
// when the file is next opened (Workspace::open). Readers wait while it writes, so
// use it only where nothing else reads the workspace (the command line holds the
// lock). SQLite refuses the switch while another connection has the file open; the
// job then runs in WAL mode: slower, the same result.
class BulkWriteJournal
{
public:
    explicit BulkWriteJournal(Database &database);
    ~BulkWriteJournal();
    BulkWriteJournal(const BulkWriteJournal &) = delete;
    BulkWriteJournal &operator=(const BulkWriteJournal &) = delete;

    // Whether the rollback journal is in use (false: the switch was refused).
    bool isActive() const { return m_active; }

private:
    Database &m_database;
    bool m_active = false;
    int m_synchronous = 1; // NORMAL, unless the connection said otherwise
};

} // namespace LeadStage
