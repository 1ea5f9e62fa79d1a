#include "BulkWriteJournal.h"

#include "Database.h"
#include "Statement.h"

#include <string>

namespace LeadStage {

namespace {

// PRAGMA journal_mode answers with the mode in force after the call: SQLite keeps
// the old one when it cannot switch.
QString switchJournal(Database &database, std::string_view pragma)
{
    auto query = database.prepare(pragma);
    if (!query)
        return {};
    auto row = query->step();
    return row && *row ? query->text(0).toLower() : QString();
}

} // namespace

BulkWriteJournal::BulkWriteJournal(Database &database)
    : m_database(database)
{
    if (switchJournal(m_database, "PRAGMA journal_mode = TRUNCATE") != u"truncate")
        return;
    m_active = true;
    // In rollback-journal mode only FULL syncs the journal before the file is changed;
    // a bulk job commits once, so the extra syncs cost nothing measurable. The
    // connection's own level comes back afterwards.
    if (auto level = m_database.prepare("PRAGMA synchronous"); level && *level->step())
        m_synchronous = int(level->int64(0));
    (void)m_database.exec("PRAGMA synchronous = FULL");
}

BulkWriteJournal::~BulkWriteJournal()
{
    if (!m_active)
        return;
    // Should the switch back fail, the next Workspace::open makes the file WAL again.
    (void)switchJournal(m_database, "PRAGMA journal_mode = WAL");
    // A pragma takes no bound parameters; the level is SQLite's own small integer.
    (void)m_database.exec("PRAGMA synchronous = " + std::to_string(m_synchronous));
}

} // namespace LeadStage
