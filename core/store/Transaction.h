#pragma once

#include "common/Result.h"

namespace LeadStage {

class Database;

// An explicit write transaction: BEGIN IMMEDIATE on construction, rolled back on
// destruction unless commit() succeeded, so an error or a cancel leaves nothing.
class Transaction
{
public:
    explicit Transaction(Database &database);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    // Whether BEGIN succeeded; when not, error() says why (locked, read-only ...).
    bool isActive() const { return m_active; }
    const Status &beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database &m_database;
    Status m_begin;
    bool m_active = false;
};

} // namespace LeadStage
