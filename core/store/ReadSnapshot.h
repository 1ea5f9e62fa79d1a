#pragma once

#include "common/Result.h"

#include <memory>
#include <vector>

namespace LeadStage {

class Database;
class ServerTransaction;

// Several reads of one workspace that see one commit, whoever commits meanwhile. In a
// file: a deferred read transaction on the first connection (its first read fixes what
// it sees); further connections cannot share it, so their caller compares data
// versions. On a server: a read-only REPEATABLE READ transaction on every connection,
// the others taking the first one's snapshot (pg_export_snapshot, SET TRANSACTION
// SNAPSHOT: pg_dump -j's way), so that all of them see the same commit.
class ReadSnapshot
{
public:
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    ~ReadSnapshot(); // read only: the transactions end with nothing to keep

    // nullptr when a connection is already in a transaction: its caller decides what it sees.
    static Result<std::unique_ptr<ReadSnapshot>> begin(const std::vector<Database *> &connections);

private:
    ReadSnapshot() = default;
    Status beginOnServer(const std::vector<Database *> &connections);

    Database *m_file = nullptr; // the file's connection in a transaction
    std::vector<std::unique_ptr<ServerTransaction>> m_transactions;
};

} // namespace LeadStage
