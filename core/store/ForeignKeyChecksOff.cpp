#include "ForeignKeyChecksOff.h"

#include "Database.h"

namespace LeadStage {

ForeignKeyChecksOff::ForeignKeyChecksOff(Database &database)
    : m_database(database)
{
    // A failure here only costs speed: the checks stay on. A server checks its
    // references in every transaction (and a failed statement would end the transaction).
    if (!m_database.isServer())
        (void)m_database.exec("PRAGMA foreign_keys = OFF");
}

ForeignKeyChecksOff::~ForeignKeyChecksOff()
{
    if (!m_database.isServer())
        (void)m_database.exec("PRAGMA foreign_keys = ON");
}

} // namespace LeadStage
