#include "Transaction.h"

#include <QCoreApplication>

#include "Database.h"

namespace LeadStage {

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_begin = m_database.exec("BEGIN IMMEDIATE");
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(
                   Error{QCoreApplication::translate("StoreError", "no transaction is open"), m_database.path()})
                            : m_begin;
    Status status = m_database.exec("COMMIT");
    if (status)
        m_active = false;
    return status;
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_database.exec("ROLLBACK");
        m_active = false;
    }
}

} // namespace LeadStage
