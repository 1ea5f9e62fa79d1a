#include "ImportHistory.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace LeadStage {

Result<std::vector<ImportRecord>> readImportHistory(Database &database)
{
    auto query = database.prepare("SELECT id, kind, file, started_at, finished_at, rows_read, rows_imported, "
                                  "rows_updated, rows_rejected, leads_created, undo_recorded, undone_at, "
                                  "coalesce(file_hash, '') FROM imports ORDER BY id DESC");
    // A file older than schema version 9 opened read-only is not upgraded: its imports
    // recorded nothing for an undo, and none was undone.
    if (!query)
        query = database.prepare("SELECT id, kind, file, started_at, finished_at, rows_read, rows_imported, "
                                 "rows_updated, rows_rejected, leads_created, 0, NULL, coalesce(file_hash, '') "
                                 "FROM imports ORDER BY id DESC");
    if (!query)
        return query.error();
    std::vector<ImportRecord> records;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return records;
        ImportRecord record;
        record.id = query->int64(0);
        record.kind = query->text(1);
        record.file = query->text(2);
        record.startedAt = query->int64(3);
        record.finishedAt = query->optionalInt64(4);
        record.rowsRead = query->int64(5);
        record.rowsImported = query->int64(6);
        record.rowsUpdated = query->int64(7);
        record.rowsRejected = query->int64(8);
        record.leadsCreated = query->int64(9);
        record.undoRecorded = query->int64(10) != 0;
        record.undoneAt = query->optionalInt64(11);
        record.sha256 = query->text(12);
        records.push_back(std::move(record));
    }
}

} // namespace LeadStage
