#pragma once

namespace LeadStage {

class Database;

// Turns a connection's foreign-key checks off for its lifetime, for bulk writers whose
// every reference is known to exist (an import resolves each lead before it writes an
// event; a rescore writes lead_state for leads it read). SQLite ignores the pragma
// inside a transaction, so make it before the transaction begins.
class ForeignKeyChecksOff
{
public:
    explicit ForeignKeyChecksOff(Database &database);
    ~ForeignKeyChecksOff();
    ForeignKeyChecksOff(const ForeignKeyChecksOff &) = delete;
    ForeignKeyChecksOff &operator=(const ForeignKeyChecksOff &) = delete;

private:
    Database &m_database;
};

} // namespace LeadStage
