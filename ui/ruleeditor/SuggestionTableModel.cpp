#include "SuggestionTableModel.h"

#include "common/DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>
#include <map>

namespace LeadStage {

namespace {

QString decimal(double value, int digits)
{
    return std::isfinite(value) ? DisplayFormat::decimal(value, digits) : u"–"_qs;
}

QString kindText(RuleFeature::Kind kind)
{
    switch (kind) {
    case RuleFeature::Kind::Decay:
        return SuggestionTableModel::tr("decay per step");
    case RuleFeature::Kind::NewFieldRule:
        return SuggestionTableModel::tr("new field rule");
    case RuleFeature::Kind::Rule:
        break;
    }
    return SuggestionTableModel::tr("rule");
}

} // namespace

SuggestionTableModel::SuggestionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SuggestionTableModel::setSuggestions(const std::vector<PointSuggestion> &suggestions)
{
    std::map<QString, bool> before;
    for (std::size_t i = 0; i < m_suggestions.size(); ++i)
        before[m_suggestions[i].feature.id] = m_checked[i] != 0;
    beginResetModel();
    m_suggestions = suggestions;
    m_checked.assign(m_suggestions.size(), 0);
    for (std::size_t i = 0; i < m_suggestions.size(); ++i) {
        const auto found = before.find(m_suggestions[i].feature.id);
        m_checked[i] = found != before.end() && found->second && m_suggestions[i].changes();
    }
    endResetModel();
    Q_EMIT checkedChanged();
}

std::vector<PointSuggestion> SuggestionTableModel::checked() const
{
    std::vector<PointSuggestion> chosen;
    for (std::size_t i = 0; i < m_suggestions.size(); ++i)
        if (m_checked[i])
            chosen.push_back(m_suggestions[i]);
    return chosen;
}

void SuggestionTableModel::setAllChecked(bool checked)
{
    for (std::size_t i = 0; i < m_suggestions.size(); ++i)
        m_checked[i] = checked && m_suggestions[i].changes();
    if (!m_suggestions.empty())
        Q_EMIT dataChanged(index(0, Accept), index(rowCount() - 1, Accept), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int SuggestionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int SuggestionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionTableModel::display(const PointSuggestion &s, int column) const
{
    switch (column) {
    case Rule:
        return s.feature.label.isEmpty() || s.feature.label == s.feature.id
                   ? s.feature.id
                   : tr("%1 — %2").arg(s.feature.id, s.feature.label);
    case Current:
        return s.feature.kind == RuleFeature::Kind::NewFieldRule ? QVariant(tr("new")) : QVariant(s.currentPoints);
    case Suggested:
        return s.suggestedPoints;
    case Interval:
        return tr("%1 to %2").arg(decimal(s.low, 1), decimal(s.high, 1));
    case Leads:
        return DisplayFormat::count(s.support);
    case AucAlone:
        return decimal(s.aucIfAccepted, 3);
    default:
        return {};
    }
}

QString SuggestionTableModel::toolTip(const PointSuggestion &s) const
{
    return tr("%1 (%2)\nNow %3 points, suggested %4 (95 % interval %5 to %6 points)\n"
              "Log-odds per unit %7, standard error %8\n"
              "Leads touched: %9 fitted, %10 validated\nValidation AUC if only this is accepted: %11")
        .arg(s.feature.label.isEmpty() ? s.feature.id : s.feature.label, kindText(s.feature.kind))
        .arg(s.currentPoints)
        .arg(s.suggestedPoints)
        .arg(decimal(s.low, 2), decimal(s.high, 2), decimal(s.coefficient, 4), decimal(s.standardError, 4),
             DisplayFormat::count(s.support), DisplayFormat::count(s.validationSupport), decimal(s.aucIfAccepted, 4));
}

QVariant SuggestionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PointSuggestion &s = m_suggestions[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Accept)
            return s.changes() ? QVariant() : QVariant(tr("no change"));
        return display(s, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Accept && s.changes())
            return m_checked[std::size_t(index.row())] ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return toolTip(s);
    case Qt::TextAlignmentRole:
        return index.column() >= Current ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Suggested && s.changes())
            return QBrush(s.suggestedPoints > s.currentPoints ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c));
        if (!s.changes())
            return QBrush(QColor(0x64, 0x74, 0x8b));
        return {};
    default:
        return {};
    }
}

bool SuggestionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Accept || role != Qt::CheckStateRole)
        return false;
    const std::size_t row = std::size_t(index.row());
    if (!m_suggestions[row].changes())
        return false;
    m_checked[row] = value.value<Qt::CheckState>() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags SuggestionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Accept && m_suggestions[std::size_t(index.row())].changes())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant SuggestionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Accept:
            return tr("Accept");
        case Rule:
            return tr("Rule");
        case Current:
            return tr("Now");
        case Suggested:
            return tr("Suggested");
        case Interval:
            return tr("95 % interval");
        case Leads:
            return tr("Leads");
        case AucAlone:
            return tr("AUC alone");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Leads:
            return tr("Leads of the fitted window the rule touches (its support)");
        case AucAlone:
            return tr("The validation AUC if only this suggestion is accepted");
        case Interval:
            return tr("The suggestion's 95 % interval, in points");
        default:
            return {};
        }
    }
    return {};
}

} // namespace LeadStage
