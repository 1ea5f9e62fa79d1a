#include "ReadSnapshot.h"

#include "Database.h"
#include "postgres/ServerConnection.h"
#include "postgres/ServerResult.h"
#include "postgres/ServerTransaction.h"

namespace LeadStage {

ReadSnapshot::~ReadSnapshot()
{
    if (m_file)
        static_cast<void>(m_file->exec("COMMIT")); // nothing written: nothing to lose
}

Result<std::unique_ptr<ReadSnapshot>> ReadSnapshot::begin(const std::vector<Database *> &connections)
{
    for (const Database *database : connections)
        if (database->inTransaction())
            return std::unique_ptr<ReadSnapshot>();
    std::unique_ptr<ReadSnapshot> snapshot(new ReadSnapshot);
    if (connections.empty())
        return snapshot;
    if (!connections.front()->isServer()) {
        if (Status begun = connections.front()->exec("BEGIN"); !begun)
            return begun.error();
        snapshot->m_file = connections.front();
        return snapshot;
    }
    if (Status begun = snapshot->beginOnServer(connections); !begun)
        return begun.error();
    return snapshot;
}

Status ReadSnapshot::beginOnServer(const std::vector<Database *> &connections)
{
    // The statement that takes the first one's snapshot, its literal written by the
    // server's format('%L'): it must come before any other query of the transaction.
    std::string takeSnapshot;
    for (Database *database : connections) {
        ServerConnection &connection = *database->server();
        const auto &transaction = m_transactions.emplace_back(
            std::make_unique<ServerTransaction>(connection, ServerTransaction::Kind::ReadSnapshot));
        if (!transaction->isActive())
            return transaction->beginStatus();
        if (!takeSnapshot.empty()) {
            if (Status taken = connection.execute(takeSnapshot, u"taking a shared read snapshot"_qs); !taken)
                return taken;
            continue;
        }
        if (connections.size() == 1)
            break;
        auto built = connection.query("SELECT format('SET TRANSACTION SNAPSHOT %L', pg_export_snapshot())", {},
                                      u"sharing a read snapshot"_qs);
        if (!built)
            return built.error();
        takeSnapshot = std::string(built->utf8(0, 0));
    }
    return {};
}

} // namespace LeadStage
