#include "ImportHistoryModel.h"

#include "common/DisplayFormat.h"
#include "common/TimeFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPalette>

namespace LeadStage {

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == u"leads")
        return ImportHistoryModel::tr("Leads");
    if (kind == u"events")
        return ImportHistoryModel::tr("Events");
    if (kind == u"outcomes")
        return ImportHistoryModel::tr("Outcomes");
    return kind;
}

} // namespace

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportHistoryModel::setRecords(std::vector<ImportRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const ImportRecord *ImportHistoryModel::record(int row) const
{
    return row >= 0 && row < int(m_records.size()) ? &m_records[std::size_t(row)] : nullptr;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportHistoryModel::whyNotUndoable(const ImportRecord &record)
{
    if (record.undoneAt)
        return tr("Undone on %1 (UTC)").arg(isoUtc(*record.undoneAt).left(16).replace(u'T', u' '));
    if (!record.undoRecorded)
        return tr("Made by an older LeadStage, which did not record what it replaced: cannot be undone");
    return {};
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    const ImportRecord *row = record(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Number:
            return qlonglong(row->id);
        case Kind:
            return kindLabel(row->kind);
        case Started:
            return isoUtc(row->startedAt).left(16).replace(u'T', u' ');
        case Read:
            return DisplayFormat::count(row->rowsRead);
        case Imported:
            return DisplayFormat::count(row->rowsImported);
        case Rejected:
            return DisplayFormat::count(row->rowsRejected);
        case Status:
            return row->undoneAt ? tr("Undone") : row->undoRecorded ? tr("In place") : tr("In place (older)");
        case Sha256:
            // The first 12 hex digits tell files apart at a glance; the tooltip has all 64.
            return row->sha256.size() > 12 ? row->sha256.left(12) + u'…' : row->sha256;
        case File:
            return QFileInfo(row->file).fileName();
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return QDir::toNativeSeparators(row->file);
        if (index.column() == Sha256)
            return row->sha256.isEmpty() ? tr("No checksum: the import did not finish")
                                         : tr("SHA-256 of the file: %1").arg(row->sha256);
        if (index.column() == Rejected && row->rowsRejected > 0)
            return tr("Double-click to see the rejected rows");
        const QString why = whyNotUndoable(*row);
        return why.isEmpty() ? tr("Import %1: select it and choose Undo Import… to take it back").arg(row->id) : why;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Read && index.column() <= Rejected)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == Sha256)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::ForegroundRole && row->undoneAt)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Import");
    case Kind:
        return tr("Kind");
    case Started:
        return tr("Started (UTC)");
    case Read:
        return tr("Rows read");
    case Imported:
        return tr("Imported");
    case Rejected:
        return tr("Rejected");
    case Status:
        return tr("Status");
    case Sha256:
        return tr("SHA-256");
    case File:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LeadStage
