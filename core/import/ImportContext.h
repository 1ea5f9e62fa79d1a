#pragma once

#include "ColumnMapping.h"
#include "CsvRecord.h"
#include "DateParser.h"
#include "ImportReport.h"
#include "ImportRequest.h"
#include "LeadIndex.h"
#include "RecordBatch.h"
#include "store/Statement.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

class Database;
class ImportedScoringInput;

// What the row importers of one file share: the connection (inside the import's
// transaction), the lead index, the file's columns and report, and the rejected-row sink.
class ImportContext
{
public:
    ImportContext(Database &database, LeadIndex &leads, const ImportRequest &request, const ImportSource &source,
                  std::vector<std::int64_t> &touched);

    Status prepare(std::int64_t importId, const QStringList &header);

    Database &database() { return m_database; }
    LeadIndex &leads() { return m_leads; }
    const ImportOptions &options() const { return m_request.options; }
    const ActivityMap &activities() const { return m_request.activities; }
    FileReport &report() { return m_report; }
    std::int64_t importId() const { return m_importId; }
    std::int64_t startedAt() const { return m_startedAt; }
    const QString &sourcePath() const { return m_source.path; }
    // The file's size in bytes, -1 when unknown (a pipe): what the importers size their tables by.
    std::int64_t sourceSize() const { return m_sourceSize; }
    void setSourceSize(std::int64_t bytes) { m_sourceSize = bytes; }
    // What a first import gathers for its rescore, or nullptr (see ImportedScoringInput).
    ImportedScoringInput *imported() const { return m_imported; }
    void setImported(ImportedScoringInput *imported) { m_imported = imported; }

    // The field's cell in this record (empty when the field is unmapped), trimmed; empty
    // too when it is a placeholder of options().missingValues. On the reading thread.
    QStringView cell(const CsvRecord &record, QStringView field) const;
    // The same for the column at `index` (0-based), as attrs read it.
    QStringView cellAt(const CsvRecord &record, int index) const;
    // The placeholders read as missing so far into the report: once the reading thread is done.
    void reportMissingPlaceholders();
    int columnOf(QStringView field) const { return m_columns.column(m_source.kind, field) + 1; }
    const ResolvedColumns &columns() const { return m_columns; }

    // A date field's value: nothing for an empty cell, an Error naming the column otherwise.
    Result<std::optional<std::int64_t>> date(const CsvRecord &record, QStringView field) const;

    // A field's place among importFields(kind) and its column, looked up once after
    // prepare(): naming the field row by row compared texts a few hundred million times
    // in a large import.
    struct Field
    {
        int index = -1;  // in importFields(kind); -1: no such field
        int column = -1; // 0-based; -1: unmapped
    };
    Field field(QStringView name) const;
    QStringView cell(const CsvRecord &record, Field field) const { return cellAt(record, field.column); }
    Result<std::optional<std::int64_t>> date(const CsvRecord &record, Field field) const;

    // Stores a rejected record of the batch in import_errors and counts it. An Error
    // only when the store fails (the import then stops).
    Status reject(const RecordBatch &batch, std::size_t record, int column, const QString &reason);
    // The rejections the reading half found, and rows `store` rejects or stores, in
    // file order: rejections are written where they stand among the rows.
    template <typename Row, typename Store>
    Status writeInOrder(RowsBatch<Row> &batch, Store &&store);

    // The lead a row of events/outcomes names by CRM id (or e-mail) and e-mail,
    // created when the options ask for it; 0 when unknown (the caller rejects the row).
    Result<std::int64_t> resolveLead(QStringView key, QStringView email, std::int64_t createdAt);
    // No lead is added while this file is read (resolveLead creates none): the reading
    // thread may then look leads up itself, taking that off the writer's.
    bool leadsFixedWhileReading() const { return !m_request.options.createMissingLeads; }
    // resolveLead for the reading thread while leadsFixedWhileReading(): the lead among
    // those known, 0 when none; it only reads the lead index.
    std::int64_t findLeadWhileReading(QStringView key, QStringView email) const;
    void touch(std::int64_t leadId);
    // Room for this many more touched leads: ten million grown by doubling copied and
    // faulted in fresh memory on the writing thread. Room never used takes no memory.
    void reserveTouched(std::size_t leads) { m_touched.reserve(m_touched.size() + leads); }
    // Where the touched leads stand now, and the leads touched since then replaced by
    // `leads`: for a writer that learns only at its end which rows it stored.
    std::size_t touchedMark() const { return m_touched.size(); }
    void replaceTouchedSince(std::size_t mark, const std::vector<std::int64_t> &leads);
    // New leads of a leads file with no created date, when their first event is to date
    // them (MissingCreatedDate::FirstEvent): ImportJob does that once every file landed.
    std::vector<std::int64_t> &undatedLeads() { return m_undatedLeads; }

private:
    Database &m_database;
    LeadIndex &m_leads;
    const ImportRequest &m_request;
    const ImportSource &m_source;
    std::vector<std::int64_t> &m_touched;
    FileReport m_report;
    ResolvedColumns m_columns;
    std::vector<std::optional<DateParser>> m_dates; // indexed like importFields(kind)
    // Cells read as missing, indexed like missingValues.texts(): the reading thread's alone.
    mutable std::vector<std::int64_t> m_placeholderCells;
    Statement m_rejectInsert;
    Statement m_createLead;
    std::int64_t m_importId = 0;
    std::int64_t m_nextErrorId = 1;
    std::int64_t m_startedAt = 0;
    std::int64_t m_sourceSize = -1;
    std::int64_t m_lastTouched = 0;
    // The last key looked up and its lead: rows come grouped by lead, so a key repeated
    // from the row before is looked up once.
    struct LastKey
    {
        QString key;
        std::int64_t lead = 0;
        bool repeats(QStringView next) const { return !next.isEmpty() && next == key; }
    };
    std::int64_t findLead(QStringView key, QStringView email) const;
    LastKey m_lastKey;             // resolveLead's, on the writing thread
    mutable LastKey m_readLastKey; // findLeadWhileReading's: the reading thread's alone
    ImportedScoringInput *m_imported = nullptr;
    std::vector<std::int64_t> m_undatedLeads;

    friend class ImportJob;
};

template <typename Row, typename Store>
Status ImportContext::writeInOrder(RowsBatch<Row> &batch, Store &&store)
{
    std::size_t row = 0;
    for (std::size_t record = 0; record < batch.size(); ++record) {
        Status status;
        if (const auto &rejection = batch.rejection(record)) {
            if (!rejection->unmappedActivity.isEmpty())
                ++m_report.unmappedActivities[rejection->unmappedActivity];
            status = reject(batch, record, rejection->column, rejection->reason);
        } else {
            status = store(batch.rows[row++], record);
        }
        if (!status)
            return status;
    }
    return {};
}

} // namespace LeadStage
