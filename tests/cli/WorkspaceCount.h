#pragma once

#include "store/Statement.h"
#include "store/Workspace.h"

#include <cstdint>

// What a test reads back from a workspace file: the first column of the first row `sql`
// gives, read-only; -1 when it cannot be read.
namespace LeadstageProcess {

inline std::int64_t count(const QString &workspace, const char *sql)
{
    auto opened = LeadStage::Workspace::open(
        workspace, {LeadStage::Workspace::Access::ReadOnly, LeadStage::Workspace::Missing::Fail});
    if (!opened)
        return -1;
    auto query = (*opened)->database().prepare(sql);
    if (!query)
        return -1;
    auto row = query->step();
    return row && *row ? query->int64(0) : -1;
}

} // namespace LeadstageProcess
