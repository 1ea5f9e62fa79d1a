#include "CsvReader.h"

#include "SeparatorSniffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <algorithm>

namespace LeadStage {

namespace {

int lineEnds(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++count;
    return count;
}

QString number(qsizetype value)
{
    return QLocale(QLocale::English).toString(qlonglong(value));
}

} // namespace

CsvReader::CsvReader()
    : CsvReader(Options{})
{}

CsvReader::CsvReader(Options options)
    : m_options(std::move(options))
{
    m_options.blockSize = std::max<qsizetype>(m_options.blockSize, 16);
}

CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ImportError", "cannot open the file: ") + file->errorString(), path,
                     0, 0,
                     QCoreApplication::translate("ImportError", "Check the path and that you may read the file.")};
    m_file = std::move(file);
    return start(m_file.get(), path);
}

Status CsvReader::open(QIODevice *device, const QString &name)
{
    m_file.reset();
    return start(device, name);
}

Status CsvReader::start(QIODevice *device, const QString &name)
{
    // Opening again starts afresh: nothing of a previous file may leak into this one.
    m_text.clear();
    m_invalid.clear();
    m_nextInvalid = 0;
    m_pos = 0;
    m_line = 1;
    m_inputDone = false;
    m_header.clear();
    m_failure.reset();
    m_hasAhead = false;
    m_device = device;
    m_name = name;
    m_bytesTotal = device->isSequential() ? -1 : device->size();
    QByteArray sample;
    bool complete = false;
    if (Status read = readSample(sample, complete); !read)
        return read;
    if (Status chosen = chooseEncoding(sample, complete); !chosen)
        return chosen;
    CsvRecord header;
    for (int skipped = 1; skipped < m_options.headerRow; ++skipped)
        if (!parseNext(header))
            return m_failure ? *m_failure
                             : errorAt(m_line, 0,
                                       QCoreApplication::translate("ImportError",
                                                                   "the file ends before row %1, the header row")
                                           .arg(m_options.headerRow),
                                       QCoreApplication::translate("ImportError", "Choose an earlier header row."));
    if (!parseNext(header))
        return m_failure ? *m_failure
                         : errorAt(0, 0, QCoreApplication::translate("ImportError", "the file is empty"),
                                   QCoreApplication::translate(
                                       "ImportError", "A CSV file starts with a header row naming its columns."));
    locate(header);
    if (header.rejected())
        return *header.error();
    m_header = header.fields();
    return {};
}

// Decodes the first block in the chosen or detected encoding and sniffs the separator.
Status CsvReader::chooseEncoding(const QByteArray &sample, bool complete)
{
    const EncodingGuess guess =
        m_options.encoding
            ? EncodingGuess{*m_options.encoding, bomLength(sample, *m_options.encoding), EncodingReason::Chosen}
            : detectEncoding(sample, complete);
    m_encoding = guess.encoding;
    m_bomLength = guess.bomLength;
    m_choice = EncodingChoice{m_encoding, m_bomLength > 0, guess.reason, complete, sample.size(), {}, 0, 0};
    m_decoder.emplace(m_encoding);
    // Windows-1252 by guess: later UTF-8 text would prove the guess wrong for its rows.
    m_decoder->flagUtf8Sequences(guess.reason == EncodingReason::NotUtf8);
    m_decoder->decode(QByteArrayView(sample).sliced(m_bomLength), m_text, m_invalid);
    if (complete) {
        m_decoder->finish(m_text, m_invalid);
        m_inputDone = true;
    }
    m_parser = CsvParser(m_options.separator ? *m_options.separator : SeparatorSniffer::sniff(m_text, complete));
    return guess.firstInvalid >= 0 ? noteBadByte(sample, guess) : Status();
}

// Says where the byte is that is not UTF-8. Read as either encoding, a file that has
// valid UTF-8 beside it would come out partly wrong: that one is refused, and the
// user chooses.
Status CsvReader::noteBadByte(const QByteArray &sample, const EncodingGuess &guess)
{
    m_choice.badBytes = sample.sliced(guess.firstInvalid, guess.invalidLength);
    // The bytes before it are valid UTF-8 (ASCII when Windows-1252 was chosen).
    const qsizetype at = QString::fromUtf8(sample.first(guess.firstInvalid)).size();
    locateText(at, m_choice.badLine, m_choice.badColumn);
    if (!guess.mixed)
        return {};
    return errorAt(m_choice.badLine, m_choice.badColumn,
                   QCoreApplication::translate(
                       "ImportError",
                       "the byte %1 is not valid UTF-8, yet the file also holds valid UTF-8 beyond ASCII: read "
                       "as UTF-8 or as Windows-1252, part of its text would come out wrong")
                       .arg(hexBytes(m_choice.badBytes)),
                   QCoreApplication::translate(
                       "ImportError",
                       "Choose the file's encoding (--encoding on the command line, Encoding in the import wizard): "
                       "UTF-8 imports it with the rows that hold such bytes rejected; Windows-1252 reads every byte as "
                       "one character, so its UTF-8 text shows as 'Ã¼' instead of 'ü'."));
}

// The line and CSV column of `position` in the text decoded so far, counted from the
// start of the file.
void CsvReader::locateText(qsizetype position, int &line, int &column) const
{
    CsvRecord record;
    qsizetype pos = 0;
    int atLine = 1;
    while (pos < m_text.size()) {
        const CsvParser::Outcome outcome = m_parser.parse(m_text, pos, true, record);
        if (outcome.step == CsvParser::Step::End)
            break;
        if (outcome.step == CsvParser::Step::Record && position < outcome.next) {
            line = atLine + lineEnds(QStringView(m_text).sliced(pos, position - pos));
            column = record.columnAt(position);
            return;
        }
        atLine += outcome.lineEnds;
        pos = outcome.next;
    }
}

// Reads the first block whole (a device may return less per call) for the detection.
Status CsvReader::readSample(QByteArray &sample, bool &complete)
{
    sample.resize(m_options.blockSize);
    qsizetype filled = 0;
    while (filled < sample.size()) {
        const qint64 got = m_device->read(sample.data() + filled, sample.size() - filled);
        if (got < 0)
            return errorAt(
                0, 0, QCoreApplication::translate("ImportError", "cannot read the file: ") + m_device->errorString());
        if (got == 0)
            break;
        filled += got;
    }
    sample.truncate(filled);
    m_bytesRead = filled;
    complete = filled < m_options.blockSize || (!m_device->isSequential() && m_device->atEnd());
    if (m_progress && !m_progress->report(m_bytesRead, m_bytesTotal))
        return errorAt(0, 0, QCoreApplication::translate("ImportError", "the reading was cancelled"));
    return {};
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_hasAhead) {
        std::swap(record, m_ahead);
        m_hasAhead = false;
    } else if (m_failure || !m_device || !parseNext(record)) {
        return false;
    }
    checkWidth(record);
    locate(record);
    return true;
}

bool CsvReader::hasRecord()
{
    if (!m_hasAhead && !m_failure && m_device)
        m_hasAhead = parseNext(m_ahead);
    return m_hasAhead;
}

Status CsvReader::status() const
{
    return m_failure ? Status(*m_failure) : Status();
}

Status CsvReader::read(const std::function<bool(const CsvRecord &)> &onRecord)
{
    CsvRecord record;
    while (next(record)) {
        if (!onRecord(record))
            break;
    }
    return status();
}

bool CsvReader::parseNext(CsvRecord &record)
{
    for (;;) {
        const CsvParser::Outcome outcome = m_parser.parse(m_text, m_pos, m_inputDone, record);
        switch (outcome.step) {
        case CsvParser::Step::Record:
            record.m_line = m_line;
            m_line += outcome.lineEnds;
            m_pos = outcome.next;
            checkDecoding(record);
            return true;
        case CsvParser::Step::Blank:
            m_line += outcome.lineEnds;
            m_pos = outcome.next;
            break;
        case CsvParser::Step::End:
            return false;
        case CsvParser::Step::NeedMore:
            if (!readMore(m_text.size() - m_pos))
                return false;
            break;
        }
    }
}

// Appends the next block's text. A record that has not ended yet stays in the buffer;
// when it is longer than a block, the read grows with it, so a long record costs linear
// time although the parser starts it again after each read.
bool CsvReader::readMore(qsizetype pendingChars)
{
    if (m_inputDone)
        return false;
    if (pendingChars > m_options.maxRecordLength)
        return fail(recordTooLong());
    discardConsumed();
    const qsizetype want = std::max(m_options.blockSize, pendingChars);
    m_block.resize(want);
    const qint64 got = m_device->read(m_block.data(), want);
    if (got < 0)
        return fail(errorAt(
            0, 0, QCoreApplication::translate("ImportError", "cannot read the file: ") + m_device->errorString()));
    if (got == 0) {
        m_decoder->finish(m_text, m_invalid);
        m_inputDone = true;
    } else {
        m_bytesRead += got;
        m_decoder->decode(QByteArrayView(m_block.constData(), got), m_text, m_invalid);
    }
    if (m_progress && !m_progress->report(m_bytesRead, m_bytesTotal))
        return fail(errorAt(0, 0, QCoreApplication::translate("ImportError", "the reading was cancelled")));
    return true;
}

// The record at m_pos has not ended within the limit: names the limit, and the field
// that runs past it. Only a field still open inside quotes may be a missing quote.
Error CsvReader::recordTooLong() const
{
    CsvRecord record;
    (void)m_parser.parse(m_text, m_pos, true, record);
    const qsizetype start = record.size() > 0 ? record.m_fields.back().rawOffset : m_pos;
    const int line = m_line + lineEnds(QStringView(m_text).sliced(m_pos, start - m_pos));
    const int column = int(std::max<qsizetype>(record.size(), 1));
    const QString limit = number(m_options.maxRecordLength);
    if (start < m_text.size() && m_text[start] == u'"')
        return errorAt(
            line, column,
            QCoreApplication::translate("ImportError",
                                        "the quoted field runs past the limit of %1 characters a record may have")
                .arg(limit),
            QCoreApplication::translate(
                "ImportError", "If the field really is that long, shorten it in the file; if it should have ended "
                               "sooner, its closing quote is missing."));
    return errorAt(
        line, column,
        QCoreApplication::translate("ImportError", "the field runs past the limit of %1 characters a record may have")
            .arg(limit),
        QCoreApplication::translate("ImportError", "Shorten the field in the file."));
}

void CsvReader::discardConsumed()
{
    if (m_pos == 0)
        return;
    m_text.remove(0, m_pos);
    const auto kept = std::lower_bound(m_invalid.begin(), m_invalid.end(), m_pos);
    m_invalid.erase(m_invalid.begin(), kept);
    for (qsizetype &position : m_invalid)
        position -= m_pos;
    m_nextInvalid = 0;
    m_pos = 0;
}

void CsvReader::checkDecoding(CsvRecord &record)
{
    while (m_nextInvalid < m_invalid.size() && m_invalid[m_nextInvalid] < record.m_rawBegin)
        ++m_nextInvalid;
    if (m_nextInvalid < m_invalid.size() && m_invalid[m_nextInvalid] < record.m_rawEnd) {
        const qsizetype at = m_invalid[m_nextInvalid];
        record.reject(record.columnAt(at), flaggedReason(at));
    }
}

// Why the decoder flagged the character at `at` (see TextDecoder::decode). A rejected
// row keeps its reason only, so the reason says what to do.
QString CsvReader::flaggedReason(qsizetype at) const
{
    const char16_t c = m_text[at].unicode();
    if (c == 0)
        return QCoreApplication::translate(
            "ImportError", "a NUL byte, which is no text (is the file binary, or UTF-16 read as another encoding?)");
    if (c == 0xFFFD)
        return QCoreApplication::translate(
                   "ImportError",
                   "bytes that are not valid %1; choose the file's encoding (--encoding): files saved by Excel on "
                   "Windows are usually Windows-1252")
            .arg(encodingName(m_encoding));
    const int length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return QCoreApplication::translate(
               "ImportError",
               "bytes that are valid UTF-8 ('%1' as Windows-1252) in a file read as Windows-1252 because line %2, "
               "column %3 is not UTF-8; choose the file's encoding (--encoding)")
        .arg(QStringView(m_text).sliced(at, std::min<qsizetype>(length, m_text.size() - at)))
        .arg(m_choice.badLine)
        .arg(m_choice.badColumn);
}

// Ragged rows are reported, never padded or merged: a missing or extra field means the
// columns cannot be trusted to line up.
void CsvReader::checkWidth(CsvRecord &record) const
{
    const qsizetype expected = m_header.size();
    if (record.rejected() || record.size() == expected)
        return;
    const int column = int(std::min(record.size(), expected)) + 1;
    record.reject(column, QCoreApplication::translate("ImportError", "the row has %1 fields but the header has %2")
                              .arg(record.size())
                              .arg(expected));
}

void CsvReader::locate(CsvRecord &record) const
{
    if (record.m_error) {
        record.m_error->where = m_name;
        record.m_error->line = record.m_line;
    }
}

Error CsvReader::errorAt(int line, int column, QString what, QString hint) const
{
    return Error{std::move(what), m_name, line, column, std::move(hint)};
}

bool CsvReader::fail(Error error)
{
    m_failure = std::move(error);
    return false;
}

Result<CsvPreview> CsvReader::preview(const QString &path, const Options &options, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ImportError", "cannot open the file: ") + file.errorString(), path, 0,
                     0, QCoreApplication::translate("ImportError", "Check the path and that you may read the file.")};
    return preview(&file, path, options, rows);
}

Result<CsvPreview> CsvReader::preview(QIODevice *device, const QString &name, const Options &options, int rows)
{
    CsvReader reader(options);
    if (Status opened = reader.open(device, name); !opened)
        return opened.error();
    CsvPreview preview{reader.encodingChoice(), reader.separator(), reader.header(), {}, false};
    CsvRecord record;
    while (preview.rows.size() < rows) {
        if (!reader.next(record)) {
            preview.complete = reader.status().ok();
            break;
        }
        preview.rows.append({record.line(), record.fields(), record.raw().toString(), record.error()});
    }
    if (!reader.status())
        return reader.status().error();
    return preview;
}

} // namespace LeadStage
