#pragma once

#include "scoring/ModelVersion.h"

#include <QAbstractTableModel>

#include <vector>

namespace LeadStage {

// Every saved version of every model name, newest first, for the version history.
class VersionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VersionColumn, DateColumn, AuthorColumn, ActiveColumn, CommentColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setVersions(std::vector<ModelVersion> versions);
    const std::vector<ModelVersion> &versions() const { return m_versions; }
    const ModelVersion &versionAt(int row) const { return m_versions.at(std::size_t(row)); }
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ModelVersion> m_versions;
};

} // namespace LeadStage
