#include "CsvReport.h"

#include "ReportManifest.h"
#include "common/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <limits>

namespace LeadStage {

namespace {

// "07-qualityBySource.csv": a number for the order, then the table's key.
const QRegularExpression &tableFileName()
{
    static const QRegularExpression pattern(u"^[0-9]{2,}-[A-Za-z0-9_.-]+\\.csv$"_qs);
    return pattern;
}

// Table keys are language-free names already; anything a file system could object to
// becomes "_" all the same.
QString fileSafe(const QString &key)
{
    QString safe = key;
    for (QChar &c : safe) {
        const bool plain =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        if (!plain)
            c = u'_';
    }
    return safe.isEmpty() ? u"table"_qs : safe;
}

void appendCell(std::string &out, const ReportCell &cell)
{
    const QJsonValue &value = cell.value;
    if (value.isNull() || value.isUndefined())
        return;
    if (value.isDouble()) {
        // Whole numbers as integers, so counts beyond 2^53 are never rounded on the way.
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = value.toInteger(notWhole);
        if (whole != notWhole)
            CsvWriter::appendInteger(out, whole);
        else
            CsvWriter::appendNumber(out, value.toDouble());
        return;
    }
    if (value.isString()) {
        CsvWriter::appendText(out, value.toString());
        return;
    }
    // true/false and anything else: as the report writes it.
    CsvWriter::appendText(out, cell.text);
}

QByteArray tableFile(const ReportTable &table)
{
    std::string out = "\xEF\xBB\xBF"; // the BOM Excel needs to read UTF-8
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c > 0)
            out += ',';
        CsvWriter::appendText(out, table.columns[c].title);
    }
    out += "\r\n";
    for (const auto &row : table.rows) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c > 0)
                out += ',';
            if (c < row.size())
                appendCell(out, row[c]);
        }
        out += "\r\n";
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

bool isReportFile(const QString &name)
{
    return name == CsvReport::manifestName() || tableFileName().match(name).hasMatch();
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Only files named like a report's and a manifest LeadStage can read: then replacing
// the folder loses nothing the user made.
bool holdsPreviousReport(const QString &folder)
{
    const QStringList entries = entriesOf(folder);
    if (!entries.contains(CsvReport::manifestName()))
        return false;
    for (const QString &name : entries) {
        if (!isReportFile(name) || !QFileInfo(folder + u'/' + name).isFile())
            return false;
    }
    QFile manifest(folder + u'/' + CsvReport::manifestName());
    return manifest.open(QIODevice::ReadOnly) && ReportManifest::parse(manifest.readAll()).ok();
}

// A new, empty sibling of `folder` with a name nobody else uses (mkdir fails when it is taken).
QString newSibling(const QFileInfo &folder, const QString &purpose)
{
    const QString parent = folder.absolutePath();
    const QString pid = QString::number(QCoreApplication::applicationPid());
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const QString path =
            u"%1/.%2.%3-%4-%5"_qs.arg(parent, folder.fileName(), purpose, pid, QString::number(attempt));
        if (QDir().mkdir(path))
            return path;
    }
    return {};
}

Error folderError(const QString &what, const QString &folder, const QString &hint)
{
    return Error{what, QDir::toNativeSeparators(folder), 0, 0, hint};
}

} // namespace

QString CsvReport::manifestName()
{
    return u"manifest.json"_qs;
}

std::vector<ReportPart> CsvReport::render(const ReportDocument &document)
{
    std::vector<ReportPart> parts;
    const int digits = std::max(2, int(QString::number(document.tables.size()).size()));
    for (std::size_t t = 0; t < document.tables.size(); ++t) {
        const ReportTable &table = document.tables[t];
        const QString name = u"%1-%2.csv"_qs.arg(int(t) + 1, digits, 10, QChar(u'0')).arg(fileSafe(table.key));
        parts.push_back({name, tableFile(table)});
    }
    parts.push_back({manifestName(), ReportManifest::embeddable(document.manifest) + '\n'});
    // Without a placeholder in the manifest the report is simply unsealed: verify says "missing".
    ReportSeal::seal(parts);
    return parts;
}

Status CsvReport::writeFolder(const std::vector<ReportPart> &parts, const QString &folder)
{
    const QFileInfo target(folder);
    const QString path = target.absoluteFilePath();
    const bool exists = target.exists();
    if (exists && !target.isDir())
        return folderError(
            QCoreApplication::translate("ReportError", "a file of that name is in the way of the report's folder"),
            path, QCoreApplication::translate("ReportError", "Choose another name for the folder."));
    const bool replacing = exists && !entriesOf(path).isEmpty();
    if (replacing && !holdsPreviousReport(path))
        return folderError(
            QCoreApplication::translate("ReportError", "the folder is not empty and holds no LeadStage CSV report"),
            path,
            QCoreApplication::translate(
                "ReportError", "Choose a new or empty folder: LeadStage replaces only a CSV report it wrote."));
    if (!QDir().mkpath(target.absolutePath()))
        return folderError(
            QCoreApplication::translate("ReportError", "cannot create the folder that would hold the report"),
            target.absolutePath(),
            QCoreApplication::translate("ReportError", "Check that the location exists and is writable."));

    const QString writing = newSibling(target, u"writing"_qs);
    if (writing.isEmpty())
        return folderError(
            QCoreApplication::translate("ReportError", "cannot create a folder beside the report's folder"),
            target.absolutePath(), QCoreApplication::translate("ReportError", "Check that the location is writable."));
    const auto discard = [&](const Error &error) -> Status {
        QDir(writing).removeRecursively();
        return error;
    };
    for (const ReportPart &part : parts) {
        if (part.name.isEmpty() || part.name.contains(u'/') || part.name.contains(u'\\') || part.name.startsWith(u'.'))
            return discard(folderError(
                QCoreApplication::translate("ReportError", "a report file has no usable name (\"%1\")").arg(part.name),
                path, {}));
        QFile file(writing + u'/' + part.name);
        if (!file.open(QIODevice::WriteOnly) || file.write(part.bytes) != part.bytes.size() || !file.flush())
            return discard(folderError(
                QCoreApplication::translate("ReportError", "cannot write %1: %2").arg(part.name, file.errorString()),
                path,
                QCoreApplication::translate("ReportError", "Check the free space and that the location is writable.")));
        file.close();
    }

    // The old report (or the empty folder) steps aside, the new one takes its name, and
    // only then is the old one removed — put back if the new one cannot move in.
    QString previous;
    if (exists) {
        if (replacing) {
            previous = newSibling(target, u"replaced"_qs);
            if (previous.isEmpty() || !QDir().rmdir(previous) || !QDir().rename(path, previous))
                return discard(folderError(
                    QCoreApplication::translate("ReportError", "cannot move the previous report aside"), path,
                    QCoreApplication::translate("ReportError",
                                                "Close any program that has its files open, then try again.")));
        } else if (!QDir().rmdir(path)) {
            return discard(folderError(
                QCoreApplication::translate("ReportError", "cannot replace the empty folder"), path,
                QCoreApplication::translate("ReportError", "Close any program that has it open, then try again.")));
        }
    }
    if (!QDir().rename(writing, path)) {
        if (!previous.isEmpty())
            QDir().rename(previous, path);
        else if (exists)
            QDir().mkdir(path);
        return discard(
            folderError(QCoreApplication::translate("ReportError", "cannot move the written report into place"), path,
                        QCoreApplication::translate("ReportError", "Check that the location is writable.")));
    }
    if (!previous.isEmpty())
        QDir(previous).removeRecursively();
    return {};
}

Result<std::vector<ReportPart>> CsvReport::readFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return folderError(
            QCoreApplication::translate("ReportError", "no such folder"), folder,
            QCoreApplication::translate("ReportError", "Give the folder the CSV report was written to."));
    QStringList tables;
    bool hasManifest = false;
    for (const QString &name : entriesOf(folder)) {
        if (name == manifestName())
            hasManifest = true;
        else if (tableFileName().match(name).hasMatch())
            tables << name;
    }
    if (!hasManifest)
        return folderError(
            QCoreApplication::translate("ReportError", "the folder holds no %1, so it is not a LeadStage CSV report")
                .arg(manifestName()),
            folder, QCoreApplication::translate("ReportError", "Give the folder the CSV report was written to."));
    // Numbered with the same width, so the names' order is the report's order.
    std::sort(tables.begin(), tables.end(), [](const QString &a, const QString &b) { return a.compare(b) < 0; });
    tables << manifestName();
    std::vector<ReportPart> parts;
    for (const QString &name : tables) {
        QFile file(folder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return folderError(
                QCoreApplication::translate("ReportError", "cannot read %1: %2").arg(name, file.errorString()), folder,
                {});
        parts.push_back({name, file.readAll()});
    }
    return parts;
}

Result<QJsonObject> CsvReport::readManifest(const std::vector<ReportPart> &parts)
{
    for (const ReportPart &part : parts) {
        if (part.name == manifestName())
            return ReportManifest::parse(part.bytes);
    }
    return Error{QCoreApplication::translate("ReportError", "the report has no %1").arg(manifestName()),
                 {},
                 0,
                 0,
                 QCoreApplication::translate("ReportError", "Give the folder the CSV report was written to.")};
}

} // namespace LeadStage
