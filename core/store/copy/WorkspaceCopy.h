#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace LeadStage {

class WorkspaceAddress;

// One table compared after a copy: rows and SHA-256 (TableDigest) on both sides.
struct TableCheck
{
    QString table;
    std::int64_t sourceRows = 0;
    std::int64_t destinationRows = 0;
    QString sourceSha256;
    QString destinationSha256;

    bool matches() const { return sourceRows == destinationRows && sourceSha256 == destinationSha256; }
};

struct CopyReport
{
    std::vector<TableCheck> tables; // in WorkspaceTables order
    std::int64_t rows = 0;          // rows copied, all tables
    double copySeconds = 0;
    double verifySeconds = 0;
    bool written = false; // false: a table did not match and nothing was kept

    bool verified() const;
};

// What a copy reports: rows written of all rows, then rows hashed of all rows on both sides.
struct CopyProgress
{
    Progress *copying = nullptr;
    Progress *verifying = nullptr;
};

// Whole workspaces between a file and a server (and file to file, server to server).
// The destination must not hold a workspace yet. Everything is written in one
// transaction and verified, table by table, inside it: only a copy equal to its source
// is committed (a server schema) or moved to its name (a file); a failure, a cancel, a
// mismatch or a kill leaves the destination as it was.
class WorkspaceCopy
{
public:
    static Result<CopyReport> run(const WorkspaceAddress &source, const WorkspaceAddress &destination,
                                  const CopyProgress &progress = {});
    // Compares two existing workspaces table by table, as run() does after copying.
    static Result<CopyReport> verify(const WorkspaceAddress &source, const WorkspaceAddress &destination,
                                     Progress *progress = nullptr);
};

} // namespace LeadStage
