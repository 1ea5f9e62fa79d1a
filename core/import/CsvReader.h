#pragma once

#include "CsvParser.h"
#include "CsvPreview.h"
#include "CsvRecord.h"
#include "TextDecoder.h"
#include "TextEncoding.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QFile;

namespace LeadStage {

// Reads a CSV file record by record, in blocks, so a file of any size never sits in
// memory: detects (or takes) the encoding and separator, takes the first record as the
// header, and hands out each later record with its line and raw text. A malformed or
// ragged record is handed out rejected, with the reason; only I/O failure, a cancel or
// a runaway record stop the reading.
class CsvReader
{
public:
    struct Options
    {
        std::optional<TextEncoding> encoding; // detected when unset
        std::optional<char16_t> separator;    // detected when unset
        // The record naming the columns (1-based): those before it, such as a report's
        // title and filter lines, are skipped.
        int headerRow = 1;
        qsizetype blockSize = 64 * 1024; // bytes per read
        // A record longer than this stops the reading, naming the limit and where the
        // field that runs past it starts: following it would pull the rest of the file
        // into memory (a quote that is never closed does that, or a field pasted whole).
        qsizetype maxRecordLength = 16 * 1024 * 1024;
    };

    CsvReader();
    explicit CsvReader(Options options);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file, detects what is unset in the options and reads the header.
    Status open(const QString &path);
    // The same on a device already open for reading; the reader does not own it.
    // `name` is what errors call the file.
    Status open(QIODevice *device, const QString &name);

    // Reports bytes read / total (total -1 when unknown); a cancel stops the reading.
    void setProgress(Progress *progress) { m_progress = progress; }

    TextEncoding encoding() const { return m_encoding; }
    bool byteOrderMark() const { return m_bomLength > 0; }
    // Which encoding and why; when a byte is not valid UTF-8, which and where. A file
    // that mixes such bytes with valid UTF-8 fails to open unless its encoding is chosen.
    const EncodingChoice &encodingChoice() const { return m_choice; }
    char16_t separator() const { return m_parser.separator(); }
    const QStringList &header() const { return m_header; }

    // The next record after the header. False at the end, and when the reading failed:
    // status() then says why.
    bool next(CsvRecord &record);
    // Whether a record follows: reads it ahead, and next() hands it out.
    bool hasRecord();
    Status status() const;

    // Calls `onRecord` for each record until it returns false or the file ends.
    Status read(const std::function<bool(const CsvRecord &)> &onRecord);

    std::int64_t bytesRead() const { return m_bytesRead; }

    // Opens `path`, reads up to `rows` records after the header and closes it again.
    static Result<CsvPreview> preview(const QString &path, const Options &options, int rows = 100);
    static Result<CsvPreview> preview(QIODevice *device, const QString &name, const Options &options, int rows = 100);

private:
    Status start(QIODevice *device, const QString &name);
    Status readSample(QByteArray &sample, bool &complete);
    Status chooseEncoding(const QByteArray &sample, bool complete);
    Status noteBadByte(const QByteArray &sample, const EncodingGuess &guess);
    void locateText(qsizetype position, int &line, int &column) const;
    Error recordTooLong() const;
    bool readMore(qsizetype pendingChars);
    bool parseNext(CsvRecord &record);
    void discardConsumed();
    void checkDecoding(CsvRecord &record);
    QString flaggedReason(qsizetype at) const;
    void checkWidth(CsvRecord &record) const;
    void locate(CsvRecord &record) const;
    Error errorAt(int line, int column, QString what, QString hint = {}) const;
    bool fail(Error error);

    Options m_options;
    QString m_name;
    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    Progress *m_progress = nullptr;
    std::int64_t m_bytesRead = 0;
    std::int64_t m_bytesTotal = -1;

    TextEncoding m_encoding = TextEncoding::Utf8;
    int m_bomLength = 0;
    EncodingChoice m_choice;
    std::optional<TextDecoder> m_decoder;
    QByteArray m_block;
    QString m_text;                   // decoded text not yet handed out, and the current record
    std::vector<qsizetype> m_invalid; // positions in m_text of characters the decoder flagged
    size_t m_nextInvalid = 0;
    qsizetype m_pos = 0; // where the next record starts in m_text
    int m_line = 1;      // physical line at m_pos
    bool m_inputDone = false;

    CsvParser m_parser{u','};
    QStringList m_header;
    std::optional<Error> m_failure;
    CsvRecord m_ahead; // read by hasRecord(), not yet handed out
    bool m_hasAhead = false;
};

} // namespace LeadStage
