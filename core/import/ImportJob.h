#pragma once

#include "ImportReport.h"
#include "ImportRequest.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <atomic>
#include <cstdint>

namespace LeadStage {

class HashingFile;
class ImportContext;
class ImportedScoringInput;
class RescoreAhead;
class Workspace;

// Runs one import: every file of the request in one transaction (DESIGN §6), each
// recorded in `imports` (file, size, SHA-256, mapping, counts, start and finish) with
// its rejected rows in `import_errors`; then rescores the leads it touched. A cancel,
// an error or a killed process leave the workspace exactly as before. The rows'
// transaction marks the scores stale (ScoreStatus) and the rescore's clears the mark,
// so a process killed between the two leaves the mark, never wrong scores unsaid;
// scores already stale when the import begins are caught up by a full rescore.
//
// Each file is opened once and read once, so pipes work (ImportSource::input). A file
// with a header and no rows adds nothing, not even an `imports` row (FileReport::noRows).
// Progress reports bytes read over all files, the total -1 when a pipe's size is
// unknown; rowsDone() may be read from another thread meanwhile (the wizard's rows/s).
class ImportJob
{
public:
    ImportJob(Workspace &workspace, ImportRequest request);

    Result<ImportReport> run(Progress *progress = nullptr);
    std::int64_t rowsDone() const { return m_rowsDone.load(std::memory_order_relaxed); }

private:
    Result<FileReport> importFile(const ImportSource &source, HashingFile &file, ImportContext &context,
                                  Progress *progress);
    Result<std::int64_t> recordStart(const ImportSource &source);
    Status recordFinish(ImportContext &context);
    Status findEarlierImport(ImportContext &context);
    bool wantsImportedInput() const;
    Status dateByFirstEvent(FileReport &file, std::int64_t importId, const std::vector<std::int64_t> &undated);
    bool rescoreWanted(const std::vector<std::int64_t> &touched) const;
    bool rescoresFromImport(const ImportReport &report, const std::vector<std::int64_t> &touched,
                            const ImportedScoringInput *imported) const;
    void rescore(ImportReport &report, const std::vector<std::int64_t> &touched, ImportedScoringInput *imported,
                 RescoreAhead *ahead);

    Workspace &m_workspace;
    ImportRequest m_request;
    std::int64_t m_bytesBefore = 0; // of the files already read
    std::int64_t m_bytesTotal = 0;
    std::atomic<std::int64_t> m_rowsDone{0};
    bool m_rescoreAll = false; // the scores were stale before this import began
};

} // namespace LeadStage
