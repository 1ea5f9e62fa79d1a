#include "WhatIfTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace LeadStage {

WhatIfTableModel::WhatIfTableModel(const QString &firstHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_firstHeader(firstHeader)
{}

void WhatIfTableModel::setFigures(std::vector<WhatIfFigure> figures)
{
    beginResetModel();
    m_figures = std::move(figures);
    endResetModel();
}

int WhatIfTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int WhatIfTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhatIfTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const WhatIfFigure &figure = m_figures[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            // The tile's period under its title, so the figure says what it is for.
            return figure.period.isEmpty() ? figure.label : figure.label + u'\n' + figure.period;
        case ActiveColumn:
            return figure.active;
        case DraftColumn:
            return figure.draft;
        case ChangeColumn:
            return figure.change;
        }
        return {};
    case Qt::ToolTipRole:
        return figure.details;
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (figure.differs && index.column() != LabelColumn) {
            QFont font;
            font.setBold(index.column() != ActiveColumn);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && !figure.differs)
            return QBrush(QColor(0x78, 0x71, 0x6c)); // an unchanged figure recedes
        return {};
    default:
        return {};
    }
}

QVariant WhatIfTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return m_firstHeader;
    case ActiveColumn:
        return tr("Active");
    case DraftColumn:
        return tr("Draft");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace LeadStage
