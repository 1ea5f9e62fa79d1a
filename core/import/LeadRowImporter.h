#pragma once

#include "AttrsJson.h"
#include "CountEvents.h"
#include "ImportContext.h"
#include "RepeatedKeys.h"
#include "RowImporter.h"
#include "StageCells.h"

#include <string>
#include <vector>

namespace LeadStage {

// Leads: read into values (texts as UTF-8, dates, columns no field takes into `attrs`
// as a JSON object); then matched by CRM id, then normalised e-mail, and inserted,
// updated or skipped. New leads get their row ids here (the next after the largest
// stored) and go to SQLite many to a statement.
class LeadRowImporter : public RowImporter
{
public:
    explicit LeadRowImporter(ImportContext &context)
        : m_context(context)
        , m_counts(context)
        , m_stages(context)
    {}
    Status prepare() override;
    Status chooseTable();
    std::unique_ptr<RecordBatch> newBatch() const override;
    void read(const CsvRecord &record, RecordBatch &batch) override;
    Status write(RecordBatch &batch) override;
    Status finish() override;

private:
    struct Row;
    using Batch = RowsBatch<Row>;
    Status store(Batch &batch, const Row &row, std::size_t record);
    // A million leads' key slots are 32 MB read at random, a wait of a cache miss (and
    // a page walk) per lookup that stood for a tenth of the writing thread's leads file:
    // asked for a few rows ahead, the fetch runs while the rows before are stored.
    void prefetchKeys(const Batch &batch, std::size_t row) const;
    static constexpr std::size_t rowsAhead = 8;
    Result<std::int64_t> match(Batch &batch, std::size_t record, const Row &row);
    void bindValues(Statement &statement, int first, const Batch &batch, const Row &row);
    Status insert(const Batch &batch, const Row &row);
    Status updateOrSkip(std::int64_t id, const Batch &batch, const Row &row);
    Status flush(const Batch &batch);
    Status streamToServer(const Batch &batch);
    Status flushStages();
    Status sizePageCache(qsizetype leads);
    void addImported(ImportedScoringInput &imported, const RecordBatch &batch, const Row &row) const;
    void noteRepeat(std::int64_t id, const Row &row);
    Status writeCounts(std::int64_t id, std::optional<std::int64_t> createdAt, const Row &row);

    static constexpr int rowsPerInsert = 32;
    static constexpr int columnsPerRow = 15; // the id, bindValues()' 13 and the import

    ImportContext &m_context;
    Statement m_insert;     // one row
    Statement m_insertMany; // rowsPerInsert rows: SQLite's per-statement work shared
    Statement m_update;
    Statement m_keepPrevious; // the row before m_update, for the import's undo
    std::int64_t m_nextId = 1;
    bool m_reserved = false; // the lead index sized for the file
    // New leads waiting for their statement: in the lead index already, not yet stored.
    struct Pending
    {
        std::int64_t id;
        const Row *row;
    };
    std::vector<Pending> m_pending;
    std::vector<Pending> m_pendingCounts; // new leads' count events, on a server
    std::string m_serverRows;             // a group's rows in COPY's text, on a server
    std::string m_table = "leads";        // where new leads go (chooseTable)
    // Which leads a row of this file matched or created, by id: a second row for one is
    // a repeated key. One bit a lead keeps it cheap for a million.
    std::vector<bool> m_seen;
    RepeatedKeys m_repeated;
    CountEvents m_counts;
    Statement m_createdOf; // an updated lead's created date, for its count events
    // Undated outcomes and recorded stages (StageCells) of new leads, stored once the
    // leads are: they name them.
    StageColumns m_stages;
    bool m_stagesMapped = false;
    // ImportOptions::idsFromLines on a file with no key column: "FILENAME:", the line follows.
    QString m_idsFromLines;
    AttrsJson m_attrs; // read()'s, on the reading thread
    // The file's fields, looked up once (prepare); the text fields as textFields names them.
    ImportContext::Field m_externalIdField, m_emailField, m_employeesField, m_createdField;
    ImportContext::Field m_textFields[8];
    std::vector<std::pair<std::int64_t, StageCells>> m_pendingStages;
};

} // namespace LeadStage
