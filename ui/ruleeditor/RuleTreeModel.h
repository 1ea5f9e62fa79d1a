#pragma once

#include "DraftList.h"
#include "common/Error.h"
#include "tuning/ActivityEventCounts.h"
#include "tuning/LeadFieldPresence.h"

#include <QAbstractItemModel>

#include <vector>

namespace LeadStage {

class ModelDraft;

// The draft's rules as the scoring table analysts know: grouped by category (top
// rows, in the order categories first appear), each rule with its criterion, detail
// pattern, track, points, pays and cap. Edits go to the ModelDraft as undo commands;
// a refused edit changes nothing and is reported through editRefused(). Rules are
// dragged within and between categories.
class RuleTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        RuleColumn,
        CriterionColumn,
        DetailColumn,
        TrackColumn,
        PointsColumn,
        PaysColumn,
        CapColumn,
        ColumnCount
    };
    enum Role { RuleIndexRole = Qt::UserRole + 1, IsFieldRuleRole };

    explicit RuleTreeModel(ModelDraft *draft, QObject *parent = nullptr);

    void setActivities(const std::vector<ActivityEventCount> &activities);
    const std::vector<ActivityEventCount> &activities() const { return m_activities; }
    // Which fields the workspace's leads have: a field rule on another one is marked.
    void setFieldPresence(const std::optional<LeadFieldPresence> &presence);
    Error absentFieldWarning(const ScoringRule &rule) const;

    // The rule behind an index (-1 for a category row) and the index of a rule.
    int ruleAt(const QModelIndex &index) const;
    QModelIndex indexOfRule(int rule, int column = 0) const;
    QString categoryAt(const QModelIndex &index) const;
    QStringList categories() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QString mimeType() { return u"application/x-leadstage-rule"_qs; }
    // An editor could not build a value (a condition that does not parse).
    void reportRefused(const Error &error) { Q_EMIT editRefused(error); }

Q_SIGNALS:
    void editRefused(const LeadStage::Error &error);

private:
    struct Group
    {
        QString category;
        std::vector<int> rules; // indexes into the draft's rules
    };

    std::vector<Group> grouped() const;
    // A category changed: the rule count is the same, so the old groups stay valid
    // while the reset is announced.
    void regroup();
    void announceEveryRow();
    void finishRegroup();
    void ruleChanged(int rule);
    QVariant ruleData(int rule, int column, int role) const;
    QVariant categoryData(const Group &group, int column, int role) const;
    QString criterionText(const ScoringRule &rule) const;
    QString toolTip(const ScoringRule &rule) const;
    std::int64_t eventCount(const QString &activity) const;
    bool refuse(const Status &status);

    ModelDraft *m_draft;
    std::vector<Group> m_groups;
    std::vector<ActivityEventCount> m_activities;
    std::optional<LeadFieldPresence> m_fieldPresence;
};

} // namespace LeadStage

Q_DECLARE_METATYPE(LeadStage::FieldCondition)
