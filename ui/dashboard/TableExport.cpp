#include "TableExport.h"

#include "common/CsvWriter.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace LeadStage::TableExport {

namespace {

template <typename Cell>
QString join(const QAbstractItemModel &model, QChar separator, Cell cell)
{
    QString text;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            text += separator;
        text += cell(model.headerData(c, Qt::Horizontal).toString());
    }
    text += u"\r\n"_qs;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                text += separator;
            text += cell(model.index(r, c).data());
        }
        text += u"\r\n"_qs;
    }
    return text;
}

} // namespace

QString csvCell(const QString &text)
{
    return CsvWriter::textCell(text);
}

// A cell the model holds as a number goes out as one: a negative change is not a formula.
QString csvValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toString();
    default:
        return CsvWriter::textCell(value.toString());
    }
}

QString toCsv(const QAbstractItemModel &model)
{
    return join(model, u',', csvValue);
}

QString toTsv(const QAbstractItemModel &model)
{
    return join(model, u'\t', [](const QVariant &cell) { return CsvWriter::tsvCell(cell.toString()); });
}

bool writeCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // A BOM so Excel reads the UTF-8 (arrows, accented company names) correctly.
    file.write("\xEF\xBB\xBF");
    file.write(toCsv(model).toUtf8());
    return file.commit();
}

} // namespace LeadStage::TableExport
