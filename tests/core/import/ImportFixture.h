#pragma once

#include "../EitherStoreSql.h"
#include "../ServerPlacement.h"
#include "import/ImportJob.h"
#include "import/ImportScan.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QFile>
#include <QTemporaryDir>

namespace LeadStage::Test {

// A new workspace in a temporary folder (or on the test server: ServerPlacement), CSV
// files written beside it, and imports run through ImportJob as the wizard and the
// command line run them.
class ImportFixture
{
public:
    ImportFixture() { workspace = placement.place(std::move(*Workspace::create(dir.filePath(u"w.leadstage"_qs)))); }

    bool onServer() const { return placement.onServer(); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The file's source as the command line makes it: the preset recognised, the dates resolved.
    ImportSource source(ImportKind kind, const QString &path, std::optional<DateFormat> format = {},
                        const CsvReader::Options &csv = {})
    {
        auto scan = ImportScan::scan(kind, path, std::nullopt, ActivityMap::defaults(), csv);
        if (!scan)
            qFatal("%s", qPrintable(scan.error().toString()));
        if (!scan->resolveDateFormats(format))
            qFatal("ambiguous dates");
        return ImportSource{kind, path, scan->mapping, csv, nullptr};
    }

    Result<ImportReport> run(std::vector<ImportSource> sources, ImportOptions options = {},
                             Progress *progress = nullptr)
    {
        ImportRequest request;
        request.sources = std::move(sources);
        request.options = options;
        return ImportJob(*workspace, request).run(progress);
    }

    std::int64_t count(const char *sql)
    {
        auto query = workspace->database().prepare(sql);
        auto row = query ? query->step() : Result<bool>(query.error());
        if (!row)
            qWarning("%s: %s", sql, qPrintable(row.error().toString()));
        return row && *row ? query->int64(0) : -1;
    }

    QString text(const char *sql)
    {
        auto query = workspace->database().prepare(sql);
        auto row = query ? query->step() : Result<bool>(query.error());
        if (!row)
            qWarning("%s: %s", sql, qPrintable(row.error().toString()));
        return row && *row ? query->text(0) : QString();
    }

    QTemporaryDir dir;
    Testing::ServerPlacement placement;
    std::unique_ptr<Workspace> workspace;
};

} // namespace LeadStage::Test
