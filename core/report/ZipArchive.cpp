#include "ZipArchive.h"

#include "report/ReportFile.h"

#include <QCoreApplication>
#include <QFile>

#include <unzip.h>
#include <zip.h>
#include <zlib.h>

namespace LeadStage::ZipArchive {

namespace {

constexpr qsizetype readChunk = 64 * 1024;
constexpr uLong utf8NamesFlag = 1U << 11; // general purpose bit 11: names are UTF-8

Error notAZip(const QString &path, const QString &what)
{
    return Error{
        what, path, 0, 0,
        QCoreApplication::translate("ReportError", "The file is damaged or not a zip file; make the report again.")};
}

Error tooLarge(const QString &path)
{
    return Error{QCoreApplication::translate("ReportError", "the zip unpacks to more than %1 bytes").arg(maximumSize),
                 path, 0, 0,
                 QCoreApplication::translate("ReportError", "This is no report LeadStage wrote; do not open it.")};
}

struct Unzip
{
    unzFile file = nullptr;
    ~Unzip()
    {
        if (file)
            unzClose(file);
    }
};

struct Zip
{
    zipFile file = nullptr;
    ~Zip()
    {
        if (file)
            zipClose(file, nullptr);
    }
};

// Reads the current entry, trusting neither its declared size (a bomb may lie) nor the
// total so far beyond the limit.
Result<QByteArray> readEntry(unzFile file, const QString &path, const QString &name, std::int64_t &total)
{
    if (unzOpenCurrentFile(file) != UNZ_OK)
        return notAZip(path, QCoreApplication::translate("ReportError", "cannot open the entry \"%1\"").arg(name));
    QByteArray bytes;
    QByteArray chunk(readChunk, Qt::Uninitialized);
    for (;;) {
        const int got = unzReadCurrentFile(file, chunk.data(), unsigned(chunk.size()));
        if (got < 0) {
            unzCloseCurrentFile(file);
            return notAZip(
                path,
                QCoreApplication::translate("ReportError", "the entry \"%1\" is damaged (%2)").arg(name).arg(got));
        }
        if (got == 0)
            break;
        total += got;
        if (total > maximumSize) {
            unzCloseCurrentFile(file);
            return tooLarge(path);
        }
        bytes.append(chunk.constData(), got);
    }
    if (unzCloseCurrentFile(file) != UNZ_OK) // UNZ_CRCERROR: the bytes are not what was stored
        return notAZip(path,
                       QCoreApplication::translate("ReportError", "the entry \"%1\" fails its checksum").arg(name));
    return bytes;
}

} // namespace

Result<std::vector<ReportPart>> read(const QString &path)
{
    if (!QFile::exists(path))
        return Error{QCoreApplication::translate("ReportError", "no such file"), path, 0, 0,
                     QCoreApplication::translate("ReportError", "Check the path.")};
    Unzip zip;
    zip.file = unzOpen64(QFile::encodeName(path).constData());
    if (!zip.file)
        return notAZip(path, QCoreApplication::translate("ReportError", "not a zip file, or a damaged one"));

    std::vector<ReportPart> parts;
    std::int64_t declared = 0;
    std::int64_t total = 0;
    for (int status = unzGoToFirstFile(zip.file); status != UNZ_END_OF_LIST_OF_FILE;
         status = unzGoToNextFile(zip.file)) {
        if (status != UNZ_OK)
            return notAZip(path, QCoreApplication::translate("ReportError", "the zip's list of entries is damaged"));
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(zip.file, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return notAZip(path, QCoreApplication::translate("ReportError", "the zip's list of entries is damaged"));
        declared += std::int64_t(info.uncompressed_size);
        if (declared > maximumSize)
            return tooLarge(path);
        const QString entry = (info.flag & utf8NamesFlag) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        if (entry.endsWith(u'/'))
            continue;
        Result<QByteArray> bytes = readEntry(zip.file, path, entry, total);
        if (!bytes)
            return bytes.error();
        parts.push_back({entry, std::move(*bytes)});
    }
    return parts;
}

Status write(const std::vector<ReportPart> &parts, const QString &path)
{
    Result<QString> temporary = ReportFile::temporaryBeside(path);
    if (!temporary)
        return temporary.error();
    const auto fail = [&](const QString &what) {
        QFile::remove(*temporary);
        return Error{
            what, path, 0, 0,
            QCoreApplication::translate("ReportError", "Check the free space and that you may write to the folder.")};
    };

    {
        Zip zip;
        zip.file = zipOpen64(QFile::encodeName(*temporary).constData(), APPEND_STATUS_CREATE);
        if (!zip.file)
            return fail(QCoreApplication::translate("ReportError", "cannot create the zip file"));
        for (const ReportPart &part : parts) {
            // A fixed time, not the clock: the same parts make the same bytes.
            zip_fileinfo info{};
            info.tmz_date.tm_year = 1980;
            info.tmz_date.tm_mon = 0;
            info.tmz_date.tm_mday = 1;
            const QByteArray name = part.name.toUtf8();
            const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return uchar(c) < 0x80; });
            if (zipOpenNewFileInZip4_64(zip.file, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                        Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                                        nullptr, 0, 0, ascii ? 0 : utf8NamesFlag, 0)
                != ZIP_OK)
                return fail(
                    QCoreApplication::translate("ReportError", "cannot add \"%1\" to the zip file").arg(part.name));
            for (qsizetype at = 0; at < part.bytes.size(); at += readChunk) {
                const qsizetype size = std::min(readChunk, part.bytes.size() - at);
                if (zipWriteInFileInZip(zip.file, part.bytes.constData() + at, unsigned(size)) != ZIP_OK)
                    return fail(QCoreApplication::translate("ReportError", "cannot write \"%1\" into the zip file")
                                    .arg(part.name));
            }
            if (zipCloseFileInZip(zip.file) != ZIP_OK)
                return fail(
                    QCoreApplication::translate("ReportError", "cannot finish \"%1\" in the zip file").arg(part.name));
        }
        const int closed = zipClose(zip.file, nullptr);
        zip.file = nullptr;
        if (closed != ZIP_OK)
            return fail(QCoreApplication::translate("ReportError", "cannot finish the zip file"));
    }
    return ReportFile::replace(*temporary, path);
}

} // namespace LeadStage::ZipArchive
