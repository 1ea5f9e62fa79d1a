#include "TableExport.h"

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
            text += cell(model.index(r, c).data().toString());
        }
        text += u"\r\n"_qs;
    }
    return text;
}

} // namespace

QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && (cell[0] == u'=' || cell[0] == u'+' || cell[0] == u'-' || cell[0] == u'@'
                            || cell[0] == u'\t' || cell[0] == u'\r'))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(u"\""_qs, u"\"\""_qs);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QString toCsv(const QAbstractItemModel &model)
{
    return join(model, u',', csvCell);
}

QString toTsv(const QAbstractItemModel &model)
{
    return join(model, u'\t', [](QString cell) {
        cell.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
        return cell;
    });
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
