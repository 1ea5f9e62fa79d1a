#include "ForeignKeyChecksOff.h"

#include "Database.h"

namespace LeadStage {

ForeignKeyChecksOff::ForeignKeyChecksOff(Database &database)
    : m_database(database)
{
    // A failure here only costs speed: the checks stay on.
    (void)m_database.exec("PRAGMA foreign_keys = OFF");
}

ForeignKeyChecksOff::~ForeignKeyChecksOff()
{
    (void)m_database.exec("PRAGMA foreign_keys = ON");
}

} // namespace LeadStage
