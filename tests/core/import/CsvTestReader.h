#pragma once

#include "import/CsvReader.h"

#include <QBuffer>
#include <QList>
#include <QStringList>

namespace LeadStage::Test {

// Everything a CsvReader said about some bytes, collected for comparisons.
struct CsvReadout
{
    Status opened;
    TextEncoding encoding = TextEncoding::Utf8;
    char16_t separator = 0;
    QStringList header;
    QList<QStringList> rows; // accepted rows only
    QList<int> lines;        // of accepted rows
    QList<Error> rejected;
    QStringList rejectedRaw;
    Status finished;
};

inline CsvReadout readCsv(const QByteArray &bytes, const CsvReader::Options &options = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(options);
    CsvReadout out;
    out.opened = reader.open(&buffer, u"test.csv"_qs);
    if (!out.opened)
        return out;
    out.encoding = reader.encoding();
    out.separator = reader.separator();
    out.header = reader.header();
    out.finished = reader.read([&out](const CsvRecord &record) {
        if (record.rejected()) {
            out.rejected.append(*record.error());
            out.rejectedRaw.append(record.raw().toString());
        } else {
            out.rows.append(record.fields());
            out.lines.append(record.line());
        }
        return true;
    });
    return out;
}

} // namespace LeadStage::Test
