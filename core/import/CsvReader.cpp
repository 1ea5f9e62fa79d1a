#include "CsvReader.h"

#include "SeparatorSniffer.h"

#include <QFile>

#include <algorithm>

namespace LeadStage {

namespace {

const QString encodingHint = u"Choose the file's encoding: files saved by Excel on Windows "
                             "are usually Windows-1252."_qs;

} // namespace

CsvReader::CsvReader() : CsvReader(Options{}) {}

CsvReader::CsvReader(Options options) : m_options(std::move(options))
{
    m_options.blockSize = std::max<qsizetype>(m_options.blockSize, 16);
}

CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{u"cannot open the file: "_qs + file->errorString(), path, 0, 0,
                     u"Check the path and that you may read the file."_qs};
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
    m_device = device;
    m_name = name;
    m_bytesTotal = device->isSequential() ? -1 : device->size();
    QByteArray sample;
    bool complete = false;
    if (Status read = readSample(sample, complete); !read)
        return read;
    const EncodingGuess guess = m_options.encoding
        ? EncodingGuess{*m_options.encoding, bomLength(sample, *m_options.encoding)}
        : detectEncoding(sample, complete);
    m_encoding = guess.encoding;
    m_bomLength = guess.bomLength;
    m_decoder.emplace(m_encoding);
    m_decoder->decode(QByteArrayView(sample).sliced(m_bomLength), m_text, m_invalid);
    if (complete) {
        m_decoder->finish(m_text, m_invalid);
        m_inputDone = true;
    }
    m_parser = CsvParser(m_options.separator ? *m_options.separator
                                             : SeparatorSniffer::sniff(m_text, complete));
    CsvRecord header;
    for (int skipped = 1; skipped < m_options.headerRow; ++skipped)
        if (!parseNext(header))
            return m_failure
                       ? *m_failure
                       : errorAt(m_line, 0, u"the file ends before row %1, the header row"_qs.arg(m_options.headerRow),
                                 u"Choose an earlier header row."_qs);
    if (!parseNext(header))
        return m_failure ? *m_failure
                         : errorAt(0, 0, u"the file is empty"_qs,
                                   u"A CSV file starts with a header row naming its columns."_qs);
    locate(header);
    if (header.rejected())
        return *header.error();
    m_header = header.fields();
    return {};
}

// Reads the first block whole (a device may return less per call) for the detection.
Status CsvReader::readSample(QByteArray &sample, bool &complete)
{
    sample.resize(m_options.blockSize);
    qsizetype filled = 0;
    while (filled < sample.size()) {
        const qint64 got = m_device->read(sample.data() + filled, sample.size() - filled);
        if (got < 0)
            return errorAt(0, 0, u"cannot read the file: "_qs + m_device->errorString());
        if (got == 0)
            break;
        filled += got;
    }
    sample.truncate(filled);
    m_bytesRead = filled;
    complete = filled < m_options.blockSize || (!m_device->isSequential() && m_device->atEnd());
    if (m_progress && !m_progress->report(m_bytesRead, m_bytesTotal))
        return errorAt(0, 0, u"the reading was cancelled"_qs);
    return {};
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_failure || !m_device || !parseNext(record))
        return false;
    checkWidth(record);
    locate(record);
    return true;
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
        return fail(errorAt(m_line, 0,
                            u"the record is longer than %1 characters"_qs.arg(m_options.maxRecordLength),
                            u"A quoted field is probably missing its closing quote."_qs));
    discardConsumed();
    const qsizetype want = std::max(m_options.blockSize, pendingChars);
    m_block.resize(want);
    const qint64 got = m_device->read(m_block.data(), want);
    if (got < 0)
        return fail(errorAt(0, 0, u"cannot read the file: "_qs + m_device->errorString()));
    if (got == 0) {
        m_decoder->finish(m_text, m_invalid);
        m_inputDone = true;
    } else {
        m_bytesRead += got;
        m_decoder->decode(QByteArrayView(m_block.constData(), got), m_text, m_invalid);
    }
    if (m_progress && !m_progress->report(m_bytesRead, m_bytesTotal))
        return fail(errorAt(0, 0, u"the reading was cancelled"_qs));
    return true;
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
        const int column = record.columnAt(m_invalid[m_nextInvalid]);
        record.reject(column, u"bytes that are not valid "_qs + encodingName(m_encoding));
        record.m_error->hint = encodingHint;
    }
}

// Ragged rows are reported, never padded or merged: a missing or extra field means the
// columns cannot be trusted to line up.
void CsvReader::checkWidth(CsvRecord &record) const
{
    const qsizetype expected = m_header.size();
    if (record.rejected() || record.size() == expected)
        return;
    const int column = int(std::min(record.size(), expected)) + 1;
    record.reject(column, u"the row has %1 fields but the header has %2"_qs
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
        return Error{u"cannot open the file: "_qs + file.errorString(), path, 0, 0,
                     u"Check the path and that you may read the file."_qs};
    return preview(&file, path, options, rows);
}

Result<CsvPreview> CsvReader::preview(QIODevice *device, const QString &name,
                                      const Options &options, int rows)
{
    CsvReader reader(options);
    if (Status opened = reader.open(device, name); !opened)
        return opened.error();
    CsvPreview preview{reader.encoding(), reader.byteOrderMark(), reader.separator(),
                       reader.header(), {}, false};
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
