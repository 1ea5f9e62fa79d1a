#pragma once

#include "CsvRecord.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace LeadStage {

// A run of records read ahead of the writer: each record's line and raw text (for
// rejections found while writing), the rejections found while reading, and pools
// that hold the texts the rows refer to, reused from batch to batch so that reading
// allocates nothing per row.
class RecordBatch
{
public:
    struct Span
    {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };
    struct Rejection
    {
        int column = 0;
        QString reason;
        QString unmappedActivity; // the source name, when that is why
    };

    virtual ~RecordBatch() = default;

    void clear();
    // Starts the next record; the reading half then adds its row or rejects it.
    void begin(const CsvRecord &record);
    void reject(int column, QString reason, QString unmappedActivity = {});

    std::size_t size() const { return m_records.size(); }
    int line(std::size_t record) const { return m_records[record].line; }
    QStringView raw(std::size_t record) const;
    const std::optional<Rejection> &rejection(std::size_t record) const { return m_records[record].rejection; }

    // Kept copies of cells: a view of one lives as long as the batch's contents.
    Span keep(QStringView text);
    QStringView text(Span span) const { return QStringView(m_texts.data() + span.offset, span.length); }
    Span keepUtf8(QStringView text);
    std::string_view utf8(Span span) const { return std::string_view(m_utf8).substr(span.offset, span.length); }

    std::int64_t bytesRead = 0; // the reader's position after the batch's last record

protected:
    virtual void clearRows() = 0;

private:
    static bool narrowAscii(const char16_t *in, std::size_t length, char *out);

    struct Record
    {
        int line;
        Span raw;
        std::optional<Rejection> rejection;
    };
    std::vector<Record> m_records;
    // Plain UTF-16 buffers: QString's append checked for sharing on every record.
    std::u16string m_raw;
    std::u16string m_texts;
    std::string m_utf8;
};

// A batch with one Row per record that was not rejected while reading, in file order.
template <typename Row>
class RowsBatch : public RecordBatch
{
public:
    std::vector<Row> rows;

protected:
    void clearRows() override { rows.clear(); }
};

} // namespace LeadStage
