#pragma once

#include "common/Result.h"

#include <cstdint>
#include <functional>

namespace LeadStage {

class CsvReader;
class RecordBatch;
class RowImporter;

// Runs the reading half of an import (file, decoding, CSV, the importer's read())
// on a thread of its own, batches ahead of the writer, so that parsing and SQLite's
// inserting share the two cores instead of taking turns. Batches come back to the
// writer in file order; `write` returns false to stop (an error or a cancel), and the
// reading thread stops too before run() returns.
class ReadAhead
{
public:
    using Writer = std::function<bool(RecordBatch &batch)>;

    ReadAhead(CsvReader &reader, RowImporter &importer)
        : m_reader(reader)
        , m_importer(importer)
    {}

    // The reader's failure (I/O, a runaway record), or nothing; a stop by `write` is
    // the caller's to explain.
    Status run(const Writer &write);

    static constexpr std::size_t recordsPerBatch = 4096;
    static constexpr std::size_t batchesInFlight = 4;

private:
    CsvReader &m_reader;
    RowImporter &m_importer;
};

} // namespace LeadStage
