#include "LeadCsvExport.h"

#include "LeadRowReader.h"
#include "LeadTextExport.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace LeadStage {

namespace {
constexpr std::size_t chunk = 5000;
}

Result<std::int64_t> exportLeadsCsv(const QString &workspacePath, const LeadOrder &order, const QString &file,
                                    Progress *progress)
{
    auto workspace = Workspace::open(workspacePath, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
    if (!workspace)
        return workspace.error();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{out.errorString(), file};
    LeadRowReader reader((*workspace)->database());
    std::string buffer = csvHeader();
    std::int64_t written = 0;
    const std::vector<std::int64_t> &ids = *order;
    for (std::size_t first = 0; first < ids.size(); first += chunk) {
        auto rows = reader.read(std::span(ids).subspan(first, std::min(chunk, ids.size() - first)));
        if (!rows)
            return rows.error();
        for (const LeadRow &row : *rows)
            appendCsvLine(buffer, row);
        written += std::int64_t(rows->size());
        if (out.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
            return Error{out.errorString(), file};
        buffer.clear();
        if (progress && !progress->report(std::int64_t(first + chunk), std::int64_t(ids.size())))
            return Error{QCoreApplication::translate("LeadCsvExport", "export cancelled"), file};
    }
    if (out.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()) || !out.commit())
        return Error{out.errorString(), file};
    return written;
}

} // namespace LeadStage
