#include "PackedBlockTable.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/WatchedCopy.h"
#include "store/postgres/BinaryCopyRows.h"
#include "store/postgres/ServerConnection.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>

namespace LeadStage::PackedBlockTable {

Result<bool> write(Database &database, const WatchedCopy &copy, const char *insert, const std::vector<Row> &rows,
                   const QString &what)
{
    constexpr std::size_t largestBlock = std::size_t(512) << 20;
    if (std::any_of(rows.begin(), rows.end(), [](const Row &row) { return row.data.size() > largestBlock; })) {
        if (Status forgotten = copy.forget(database); !forgotten)
            return forgotten.error();
        return false;
    }
    return copy.replace(
        database,
        [&]() -> Status {
            auto statement = database.prepare(insert);
            if (!statement)
                return statement.error();
            for (const Row &row : rows) {
                statement->bind(1, row.firstLead).bind(2, row.lastLead).bind(3, row.count);
                statement->bindBlob(4, row.data);
                if (Status status = statement->run(); !status)
                    return status;
            }
            return {};
        },
        what);
}

namespace {

Status readFromServer(Database &database, const std::string &select,
                      const std::function<Result<bool>(const Row &row)> &each)
{
    bool more = true;
    BinaryCopyRows rows(4, [&](std::span<const std::optional<std::string_view>> fields) -> Status {
        if (!more)
            return {};
        if (!fields[0] || !fields[1] || !fields[2] || !fields[3])
            return Error{QCoreApplication::translate("ScoringError", "a packed block without all its fields"),
                         database.path()};
        const Row row{BinaryCopyRows::bigint(*fields[0]), BinaryCopyRows::bigint(*fields[1]),
                      BinaryCopyRows::bigint(*fields[2]),
                      std::as_bytes(std::span(fields[3]->data(), fields[3]->size()))};
        auto wanted = each(row);
        if (!wanted)
            return wanted.error();
        more = *wanted;
        return {};
    });
    // COPY takes no parameters: the bounds are integers, written as numbers.
    return database.server()->copyOut(
        "COPY (" + select + ") TO STDOUT (FORMAT binary)", [&](std::string_view bytes) { return rows.feed(bytes); },
        QCoreApplication::translate("ScoringError", "reading the packed copies"));
}

} // namespace

Status read(Database &database, const char *table, const char *countColumn, std::int64_t first, std::int64_t last,
            const std::function<Result<bool>(const Row &row)> &each)
{
    const std::string columns = std::string("SELECT first_lead, last_lead, ") + countColumn + ", data FROM " + table;
    if (database.isServer())
        return readFromServer(database,
                              columns + " WHERE last_lead >= " + std::to_string(first)
                                  + " AND first_lead <= " + std::to_string(last) + " ORDER BY first_lead",
                              each);
    auto query = database.prepare(columns + " WHERE last_lead >= ?1 AND first_lead <= ?2 ORDER BY first_lead");
    if (!query)
        return query.error();
    query->bind(1, first).bind(2, last);
    for (;;) {
        auto stepped = query->step();
        if (!stepped)
            return stepped.error();
        if (!*stepped)
            return {};
        // A NULL blob reads as none, which the caller's decoding finds damaged.
        const auto data = query->optionalBlob(3);
        auto wanted =
            each(Row{query->int64(0), query->int64(1), query->int64(2), data.value_or(std::span<const std::byte>())});
        if (!wanted)
            return wanted.error();
        if (!*wanted)
            return {};
    }
}

} // namespace LeadStage::PackedBlockTable
