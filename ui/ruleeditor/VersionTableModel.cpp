#include "VersionTableModel.h"

#include "common/DisplayFormat.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace LeadStage {

void VersionTableModel::setVersions(std::vector<ModelVersion> versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const ModelVersion &a, const ModelVersion &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    beginResetModel();
    m_versions = std::move(versions);
    endResetModel();
}

int VersionTableModel::rowOf(std::int64_t id) const
{
    const auto found =
        std::find_if(m_versions.begin(), m_versions.end(), [id](const ModelVersion &v) { return v.id == id; });
    return found == m_versions.end() ? -1 : int(found - m_versions.begin());
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelVersion &version = versionAt(index.row());
    const QDateTime saved = QDateTime::fromSecsSinceEpoch(version.createdAt);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return version.name;
        case VersionColumn:
            return tr("v%1").arg(version.version);
        case DateColumn:
            return DisplayFormat::dateTime(saved.toLocalTime());
        case AuthorColumn:
            return version.author.isEmpty() ? tr("—") : version.author;
        case ActiveColumn:
            return version.active ? tr("● active") : QString();
        case CommentColumn:
            return version.comment;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DateColumn)
            return tr("Saved %1 UTC").arg(saved.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_qs));
        if (index.column() == AuthorColumn)
            return version.author.isEmpty()
                       ? tr("Not recorded: saved before this workspace recorded who saved each version")
                       : tr("Saved by %1: the workstation's account in a workspace file, the database role in a "
                            "team workspace")
                             .arg(version.author);
        if (index.column() == CommentColumn && !version.comment.isEmpty())
            return version.comment;
        return tr("%1 v%2 (id %3)").arg(version.name).arg(version.version).arg(version.id);
    case Qt::FontRole:
        if (version.active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == VersionColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return qlonglong(version.id);
    default:
        return {};
    }
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Model");
    case VersionColumn:
        return tr("Version");
    case DateColumn:
        return tr("Saved");
    case AuthorColumn:
        return tr("Saved by");
    case ActiveColumn:
        return tr("Active");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace LeadStage
