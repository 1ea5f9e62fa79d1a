#include "ServerTransaction.h"

#include "ServerConnection.h"

namespace LeadStage {

ServerTransaction::ServerTransaction(ServerConnection &connection, Kind kind)
    : m_connection(connection)
{
    const char *begin = kind == Kind::Write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    m_begin = m_connection.execute(begin, u"starting a transaction"_qs);
    m_active = m_begin.ok();
}

ServerTransaction::~ServerTransaction()
{
    rollback();
}

Status ServerTransaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(Error{u"committing: the transaction was already ended"_qs}) : m_begin;
    m_active = false;
    auto committed = m_connection.query("COMMIT", {}, u"committing the transaction"_qs);
    if (!committed)
        return committed.error();
    // The server answers COMMIT of a transaction that failed earlier with ROLLBACK.
    if (committed->commandTag() != "COMMIT")
        return Error{u"committing the transaction: the server rolled it back (%1)"_qs.arg(
                         QString::fromUtf8(committed->commandTag().data(), qsizetype(committed->commandTag().size()))),
                     m_connection.label(), 0, 0, u"Nothing was written; try again."_qs};
    return {};
}

void ServerTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // A failed rollback leaves nothing either: the server drops the transaction with the
    // connection, and the caller reports the error that led here.
    static_cast<void>(m_connection.execute("ROLLBACK", u"rolling back"_qs));
}

} // namespace LeadStage
