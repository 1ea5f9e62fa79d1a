#pragma once

#include <QString>

#include <cstdint>

namespace LeadStage {

// One saved version of a model in a workspace's `models` table.
struct ModelVersion
{
    std::int64_t id = 0;
    QString name;
    int version = 0;
    QString comment;
    std::int64_t createdAt = 0;
    bool active = false;
    // Who saved it: a file's workstation account, a server's PostgreSQL role; empty for
    // versions saved before workspaces recorded it (schema version 15).
    QString author;
};

} // namespace LeadStage
