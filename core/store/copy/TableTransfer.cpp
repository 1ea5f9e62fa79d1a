#include "TableTransfer.h"

#include "TableDigest.h"
#include "WorkspaceTables.h"

namespace LeadStage::TableTransfer {

namespace {

constexpr std::int64_t reportEvery = 8192;

Error cancelled()
{
    return Error{u"the copy was cancelled; nothing was written"_qs};
}

struct Digested
{
    std::int64_t rows = 0;
    QString sha256;
};

Result<Digested> digest(TableReader &reader, const TableShape &table, std::int64_t &done, std::int64_t total,
                        Progress *progress)
{
    TableDigest digest;
    Status read = reader.read(table, [&](TableRow row) -> Status {
        digest.add(row);
        if (++done % reportEvery == 0 && progress && !progress->report(done, total))
            return cancelled();
        return {};
    });
    if (!read)
        return read.error();
    const std::int64_t rows = digest.rows();
    return Digested{rows, digest.finish()};
}

} // namespace

Result<std::int64_t> countRows(TableReader &reader)
{
    std::int64_t total = 0;
    for (const TableShape &table : WorkspaceTables::all()) {
        auto rows = reader.count(table);
        if (!rows)
            return rows.error();
        total += *rows;
    }
    return total;
}

Status copyAll(TableReader &source, TableWriter &destination, std::int64_t total, Progress *progress)
{
    std::int64_t done = 0;
    for (const TableShape &table : WorkspaceTables::all()) {
        if (Status begun = destination.begin(table); !begun)
            return begun;
        Status read = source.read(table, [&](TableRow row) -> Status {
            if (Status written = destination.write(row); !written)
                return written;
            if (++done % reportEvery == 0 && progress && !progress->report(done, total))
                return cancelled();
            return {};
        });
        if (!read)
            return read;
        if (Status ended = destination.end(); !ended)
            return ended;
    }
    if (progress && !progress->report(done, total))
        return cancelled();
    return {};
}

Result<std::vector<TableCheck>> compareAll(TableReader &source, TableReader &destination, std::int64_t total,
                                           Progress *progress)
{
    std::vector<TableCheck> checks;
    std::int64_t done = 0;
    for (const TableShape &table : WorkspaceTables::all()) {
        auto from = digest(source, table, done, 2 * total, progress);
        if (!from)
            return from.error();
        auto to = digest(destination, table, done, 2 * total, progress);
        if (!to)
            return to.error();
        checks.push_back({table.name, from->rows, to->rows, from->sha256, to->sha256});
    }
    if (progress && !progress->report(done, 2 * total))
        return cancelled();
    return checks;
}

} // namespace LeadStage::TableTransfer
