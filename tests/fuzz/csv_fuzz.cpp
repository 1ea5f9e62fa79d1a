// libFuzzer target for the CSV reading layer: arbitrary bytes go through encoding and
// separator detection, a preview and a full read, twice with different block sizes.
// Beyond "no crash, no hang, no leak" it checks what the importer relies on.
#include "import/CsvReader.h"
#include "import/DateColumnDetector.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace LeadStage;

namespace {

void require(bool condition, const char *invariant)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", invariant);
        std::abort();
    }
}

struct Readout
{
    bool opened = false;
    TextEncoding encoding = TextEncoding::Utf8;
    char16_t separator = 0;
    QStringList header;
    QList<QStringList> fields;
    QList<int> lines;
    QStringList problems; // "line:column: what" of rejected records
    // Lines rejected because they hold UTF-8 while Windows-1252 was only a guess: a
    // reader told the encoding takes them as they are.
    QList<int> guessedWrong;
    bool finished = false;
};

void checkRecord(const CsvRecord &record, int previousLine, qsizetype headerSize)
{
    require(record.line() > previousLine, "each record starts on a later line");
    require(record.size() >= 1, "a record has at least one field");
    if (record.rejected()) {
        const Error &error = *record.error();
        require(error.line == record.line(), "a rejection names the record's line");
        require(error.column >= 1, "a rejection names a column");
        require(!error.what.isEmpty(), "a rejection gives a reason");
    } else {
        require(record.size() == headerSize, "accepted records are as wide as the header");
    }
}

Readout read(const QByteArray &input, const CsvReader::Options &options)
{
    QByteArray bytes = input;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(options);
    Readout out;
    out.opened = reader.open(&buffer, QStringLiteral("fuzz.csv")).ok();
    if (!out.opened)
        return out;
    out.encoding = reader.encoding();
    out.separator = reader.separator();
    out.header = reader.header();
    DateColumnDetector dates;
    CsvRecord record;
    int previousLine = 0;
    while (reader.next(record)) {
        checkRecord(record, previousLine, out.header.size());
        previousLine = record.line();
        out.fields.append(record.fields());
        out.lines.append(record.line());
        if (record.rejected()) {
            out.problems.append(record.error()->toString());
            if (record.error()->what.contains(QStringLiteral("in a file read as Windows-1252 because")))
                out.guessedWrong.append(record.line());
        }
        dates.add(record.field(0));
    }
    require(reader.bytesRead() <= input.size(), "no more bytes read than given");
    out.finished = reader.status().ok();
    const DateColumnGuess guess = dates.guess();
    require(guess.samples == dates.samples(), "the guess counts the samples");
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    QByteArray previewBytes = input;
    QBuffer buffer(&previewBytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<CsvPreview> preview = CsvReader::preview(&buffer, QStringLiteral("fuzz.csv"), {}, 5);
    require(!preview.ok() || preview->rows.size() <= 5, "a preview holds at most the rows asked for");

    const Readout whole = read(input, {});
    if (!whole.opened)
        return 0;
    require(whole.finished, "only a runaway record stops a read, and none fits in a fuzz input");

    // The same bytes in 16-byte blocks must give the same records: every block boundary
    // falls somewhere inside a character, a quote pair or a CRLF.
    CsvReader::Options small;
    small.blockSize = 16;
    small.encoding = whole.encoding;
    small.separator = whole.separator;
    const Readout split = read(input, small);
    require(split.opened && split.finished, "small blocks read what large blocks read");
    require(split.header == whole.header, "same header whatever the block size");
    require(split.fields == whole.fields, "same fields whatever the block size");
    require(split.lines == whole.lines, "same line numbers whatever the block size");
    const auto without = [&whole](const Readout &readout) {
        QStringList kept;
        for (const QString &problem : readout.problems)
            if (!whole.guessedWrong.contains(problem.section(QLatin1Char(':'), 1, 1).toInt()))
                kept << problem;
        return kept;
    };
    require(without(split) == without(whole), "same rejections whatever the block size");
    return 0;
}
