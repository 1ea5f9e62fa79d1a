#include "ServerTableSwap.h"

#include "ServerConnection.h"
#include "TeamRoles.h"

#include <QCoreApplication>

namespace LeadStage {

namespace {

// A stored constraint's (o.conname) name on the new table ($2) until replace(): unique
// within the schema and within PostgreSQL's 63 bytes whatever the names' lengths.
constexpr std::string_view temporaryName = "left($2::text, 30) || '_' || left(md5(o.conname), 16)";

} // namespace

ServerTableSwap::ServerTableSwap(ServerConnection &connection, QString table, QString next, QString doing)
    : m_connection(connection)
    , m_table(std::move(table))
    , m_next(std::move(next))
    , m_doing(std::move(doing))
{}

Status ServerTableSwap::copyConstraints(bool withPrimaryKey, References references)
{
    // The table's other indexes would be lost with it: none of the tables swapped has one.
    auto indexes = m_connection.query(
        "SELECT count(*) FROM pg_catalog.pg_index i WHERE i.indrelid = to_regclass($1) AND NOT EXISTS "
        "(SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)",
        {m_table}, m_doing);
    if (!indexes)
        return indexes.error();
    if (indexes->text(0, 0) != u"0"_qs)
        return Error{QCoreApplication::translate("StoreError", "the table %1 has indexes LeadStage did not make, "
                                                               "which rebuilding it would lose")
                         .arg(m_table),
                     m_connection.label(), 0, 0,
                     QCoreApplication::translate("StoreError", "Drop them, or ask whoever made them.")};
    // Keys and checks first, references last (a reference may use the table's own key).
    // Each under a name of its own until replace() (an index's name is the schema's).
    auto constraints = m_connection.query(
        "SELECT o.contype = 'p', format('ALTER TABLE %I ADD CONSTRAINT %I %s', $2::text, " + std::string(temporaryName)
            + ", pg_get_constraintdef(o.oid)) || CASE WHEN o.contype = 'f' AND $3 AND o.convalidated THEN ' NOT VALID' "
              "ELSE '' END FROM pg_catalog.pg_constraint o WHERE o.conrelid = to_regclass($1) "
              "ORDER BY o.contype = 'f', o.conname",
        {m_table, m_next, references == References::Trusted ? u"true"_qs : u"false"_qs}, m_doing);
    if (!constraints)
        return constraints.error();
    for (int row = 0; row < constraints->rows(); ++row) {
        if (!withPrimaryKey && constraints->text(row, 0) == u"t"_qs)
            continue;
        if (Status added = m_connection.execute(constraints->utf8(row, 1), m_doing); !added)
            return added;
    }
    return {};
}

Status ServerTableSwap::replace()
{
    // Each constraint of the new table and the stored one's name for it; a primary key
    // the caller added itself takes the stored key's name too.
    auto renames = m_connection.query(
        "SELECT format('ALTER TABLE %I RENAME CONSTRAINT %I TO %I', $1::text, n.conname, o.conname) "
        "FROM pg_catalog.pg_constraint o JOIN pg_catalog.pg_constraint n ON n.conrelid = to_regclass($2) "
        "AND (n.conname = "
            + std::string(temporaryName)
            + " OR (n.contype = 'p' AND o.contype = 'p')) WHERE o.conrelid = to_regclass($1) "
              "AND n.conname <> o.conname",
        {m_table, m_next}, m_doing);
    if (!renames)
        return renames.error();
    // What other tables' references say, to make them again once the name is the new table's.
    auto references = m_connection.query(
        "SELECT format('ALTER TABLE %I ADD CONSTRAINT %I %s', c.conrelid::regclass::text, c.conname, "
        "pg_get_constraintdef(c.oid)) FROM pg_catalog.pg_constraint c WHERE c.confrelid = to_regclass($1) "
        "AND c.conrelid <> c.confrelid ORDER BY c.conrelid::regclass::text, c.conname",
        {m_table}, m_doing);
    if (!references)
        return references.error();
    if (Status kept = TeamRoles::keepOwnerAndGrants(m_connection, m_table, m_next, m_doing); !kept)
        return kept;
    if (Status dropped =
            m_connection.executeBuilt("SELECT format('DROP TABLE %I CASCADE', $1::text)", {m_table}, m_doing);
        !dropped)
        return dropped;
    if (Status renamed = m_connection.executeBuilt("SELECT format('ALTER TABLE %I RENAME TO %I', $1::text, $2::text)",
                                                   {m_next, m_table}, m_doing);
        !renamed)
        return renamed;
    for (int row = 0; row < renames->rows(); ++row)
        if (Status renamed = m_connection.execute(renames->utf8(row, 0), m_doing); !renamed)
            return renamed;
    for (int row = 0; row < references->rows(); ++row)
        if (Status added = m_connection.execute(references->utf8(row, 0), m_doing); !added)
            return added;
    return {};
}

} // namespace LeadStage
