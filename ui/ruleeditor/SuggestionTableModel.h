#pragma once

#include "tuning/SuggestedPoints.h"

#include <QAbstractTableModel>

#include <vector>

namespace LeadStage {

// The suggested points as table rows, each with an accept box: a rule's current and
// suggested points, the interval, the leads it touches and the validation AUC if only
// it is accepted. A suggestion that changes nothing has no box.
class SuggestionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Accept, Rule, Current, Suggested, Interval, Leads, AucAlone, ColumnCount };

    explicit SuggestionTableModel(QObject *parent = nullptr);

    // New suggestions replace the old; the boxes of rules suggested again keep their state.
    void setSuggestions(const std::vector<PointSuggestion> &suggestions);
    const std::vector<PointSuggestion> &suggestions() const { return m_suggestions; }
    std::vector<PointSuggestion> checked() const;
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QVariant display(const PointSuggestion &s, int column) const;
    QString toolTip(const PointSuggestion &s) const;

    std::vector<PointSuggestion> m_suggestions;
    std::vector<char> m_checked;
};

} // namespace LeadStage
