#include "RejectedRowsCsv.h"

#include "common/CsvWriter.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

namespace LeadStage::RejectedRowsCsv {

Result<std::int64_t> write(Database &database, std::int64_t importId, QIODevice &out)
{
    auto query = database.prepare(
        "SELECT line, column_no, reason, raw FROM import_errors WHERE import_id = ?1 ORDER BY line, id");
    if (!query)
        return query.error();
    query->bind(1, importId);
    out.write("line,column,reason,raw\n");
    std::int64_t rows = 0;
    for (;; ++rows) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        // The raw row is the file's own text: escaped like every export, a spreadsheet
        // shows it instead of running it.
        std::string line;
        CsvWriter::appendInteger(line, query->int64(0));
        line += ',';
        CsvWriter::appendInteger(line, query->int64(1));
        line += ',';
        CsvWriter::appendText(line, query->text(2));
        line += ',';
        CsvWriter::appendText(line, query->text(3));
        line += '\n';
        if (out.write(line.data(), qint64(line.size())) != qint64(line.size()))
            return Error{QCoreApplication::translate("ImportError", "cannot be written: %1").arg(out.errorString()),
                         QString()};
    }
}

Result<std::int64_t> save(Database &database, std::int64_t importId, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            QCoreApplication::translate("ImportError", "cannot be written: %1").arg(file.errorString()), path, 0, 0,
            QCoreApplication::translate("ImportError", "Check that the folder exists and that you may write there.")};
    auto rows = write(database, importId, file);
    if (rows && !file.commit())
        return Error{QCoreApplication::translate("ImportError", "cannot be written: %1").arg(file.errorString()), path};
    return rows;
}

} // namespace LeadStage::RejectedRowsCsv
