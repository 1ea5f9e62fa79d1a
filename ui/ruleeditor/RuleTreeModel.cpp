#include "RuleTreeModel.h"

#include "EditorRoles.h"
#include "ModelDraft.h"
#include "common/DisplayFormat.h"
#include "tuning/ConditionText.h"
#include "tuning/FieldRuleCheck.h"
#include "tuning/ModelValidator.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace LeadStage {

namespace {

QString paysText(const ScoringRule &rule)
{
    if (rule.isFieldRule())
        return RuleTreeModel::tr("once, at creation");
    switch (rule.pays) {
    case PayMode::Each:
        return RuleTreeModel::tr("each");
    case PayMode::Once:
        return RuleTreeModel::tr("once");
    case PayMode::AtCount:
        return RuleTreeModel::tr("at count %1").arg(rule.count);
    }
    return {};
}

EditorKind editorKind(int column, const ScoringRule &rule)
{
    switch (column) {
    case RuleTreeModel::CriterionColumn:
        return rule.isFieldRule() ? EditorKind::Condition : EditorKind::Activity;
    case RuleTreeModel::TrackColumn:
        return EditorKind::Track;
    case RuleTreeModel::PointsColumn:
    case RuleTreeModel::CapColumn:
        return EditorKind::Number;
    case RuleTreeModel::PaysColumn:
        return EditorKind::Pays;
    default:
        return EditorKind::Text;
    }
}

} // namespace

RuleTreeModel::RuleTreeModel(ModelDraft *draft, QObject *parent)
    : QAbstractItemModel(parent)
    , m_draft(draft)
{
    m_groups = grouped();
    // Groups hold indexes into the draft's rules: the reset is announced while they
    // still match the rules, and the groups are rebuilt once the draft has changed.
    const auto before = [this](DraftList list) {
        if (list == DraftList::Rules)
            beginResetModel();
    };
    const auto after = [this](DraftList list) {
        if (list == DraftList::Rules)
            finishRegroup();
    };
    connect(draft, &ModelDraft::itemAboutToBeInserted, this, before);
    connect(draft, &ModelDraft::itemAboutToBeRemoved, this, before);
    connect(draft, &ModelDraft::itemAboutToBeMoved, this, before);
    connect(draft, &ModelDraft::draftAboutToBeReset, this, &RuleTreeModel::beginResetModel);
    connect(draft, &ModelDraft::itemInserted, this, after);
    connect(draft, &ModelDraft::itemRemoved, this, after);
    connect(draft, &ModelDraft::itemMoved, this, after);
    connect(draft, &ModelDraft::draftReset, this, &RuleTreeModel::finishRegroup);
    connect(draft, &ModelDraft::itemChanged, this, [this](DraftList list, int rule) {
        if (list == DraftList::Rules)
            ruleChanged(rule);
    });
}

void RuleTreeModel::setActivities(const std::vector<ActivityEventCount> &activities)
{
    m_activities = activities;
    announceEveryRow();
}

void RuleTreeModel::setFieldPresence(const std::optional<LeadFieldPresence> &presence)
{
    m_fieldPresence = presence;
    announceEveryRow();
}

Error RuleTreeModel::absentFieldWarning(const ScoringRule &rule) const
{
    if (!rule.isFieldRule() || !m_fieldPresence)
        return {};
    return FieldRuleCheck::warning(*rule.condition, *m_fieldPresence, u"\"%1\""_qs.arg(rule.label), QString());
}

void RuleTreeModel::announceEveryRow()
{
    if (!m_groups.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        if (!m_groups[g].rules.empty())
            Q_EMIT dataChanged(index(0, 0, index(int(g), 0)),
                               index(int(m_groups[g].rules.size()) - 1, ColumnCount - 1, index(int(g), 0)));
}

std::vector<RuleTreeModel::Group> RuleTreeModel::grouped() const
{
    std::vector<Group> groups;
    const std::vector<ScoringRule> &rules = m_draft->model().rules;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const Group &candidate) { return candidate.category == rules[i].category; });
        if (group == groups.end())
            group = groups.insert(groups.end(), Group{rules[i].category, {}});
        group->rules.push_back(int(i));
    }
    return groups;
}

void RuleTreeModel::regroup()
{
    beginResetModel();
    finishRegroup();
}

void RuleTreeModel::finishRegroup()
{
    m_groups = grouped();
    endResetModel();
}

void RuleTreeModel::ruleChanged(int rule)
{
    std::vector<Group> groups = grouped();
    const bool sameShape =
        std::equal(groups.begin(), groups.end(), m_groups.begin(), m_groups.end(),
                   [](const Group &a, const Group &b) { return a.category == b.category && a.rules == b.rules; });
    if (!sameShape) {
        regroup();
        return;
    }
    const QModelIndex first = indexOfRule(rule, 0);
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    Q_EMIT dataChanged(first.parent(), first.parent().siblingAtColumn(ColumnCount - 1));
}

int RuleTreeModel::ruleAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return -1;
    return m_groups[std::size_t(index.internalId() - 1)].rules[std::size_t(index.row())];
}

QModelIndex RuleTreeModel::indexOfRule(int rule, int column) const
{
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto &rules = m_groups[g].rules;
        if (const auto found = std::find(rules.begin(), rules.end(), rule); found != rules.end())
            return createIndex(int(found - rules.begin()), column, quintptr(g + 1));
    }
    return {};
}

QString RuleTreeModel::categoryAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const std::size_t group = index.internalId() == 0 ? std::size_t(index.row()) : std::size_t(index.internalId() - 1);
    return m_groups[group].category;
}

QStringList RuleTreeModel::categories() const
{
    QStringList names;
    for (const Group &group : m_groups)
        names.append(group.category);
    return names;
}

QModelIndex RuleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RuleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RuleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[std::size_t(parent.row())].rules.size());
}

int RuleTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RuleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const QStringList titles = {tr("Rule"),   tr("Criterion"), tr("Detail"), tr("Track"),
                                       tr("Points"), tr("Pays"),      tr("Cap")};
    static const QStringList tips = {
        tr("What the rule scores, in the analyst's words; categories group the table"),
        tr("The activity key the rule scores, or a condition on a lead field (field rules pay once, at creation)"),
        tr("A pattern on the event's detail (URL, asset, campaign) with * and ?; empty matches any"),
        tr("The score the points go to: info and intent make engagement, product decides PQL"),
        tr("Points paid each time the rule pays (negative points lower the score)"),
        tr("Each match, the first match, or once at the N-th match"),
        tr("The most the rule pays in total; empty for no cap")};
    if (role == Qt::DisplayRole)
        return titles.value(section);
    if (role == Qt::ToolTipRole)
        return tips.value(section);
    if (role == Qt::TextAlignmentRole && (section == PointsColumn || section == CapColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags RuleTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled
               | (index.column() == RuleColumn ? Qt::ItemIsEditable : Qt::NoItemFlags);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
                          | Qt::ItemNeverHasChildren;
    const ScoringRule &rule = m_draft->model().rules[std::size_t(ruleAt(index))];
    // Field rules pay once, at creation: no detail, no pay mode, nothing to cap.
    const int column = index.column();
    bool editable = !(rule.isFieldRule() && (column == DetailColumn || column == PaysColumn || column == CapColumn));
    if (column == CapColumn && rule.pays != PayMode::Each)
        editable = false;
    return editable ? flags | Qt::ItemIsEditable : flags;
}

QVariant RuleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return categoryData(m_groups[std::size_t(index.row())], index.column(), role);
    return ruleData(ruleAt(index), index.column(), role);
}

QVariant RuleTreeModel::categoryData(const Group &group, int column, int role) const
{
    if (column != RuleColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return group.category.isEmpty() ? tr("(no category)") : group.category;
    case Qt::EditRole:
        return group.category;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return tr("%n rule(s) in “%1”; double-click to rename the category", nullptr, int(group.rules.size()))
            .arg(group.category);
    default:
        return {};
    }
}

QVariant RuleTreeModel::ruleData(int ruleIndex, int column, int role) const
{
    const ScoringRule &rule = m_draft->model().rules[std::size_t(ruleIndex)];
    if (role == RuleIndexRole)
        return ruleIndex;
    if (role == IsFieldRuleRole)
        return rule.isFieldRule();
    if (role == EditorRole::Kind)
        return int(editorKind(column, rule));
    if (role == EditorRole::Minimum || role == EditorRole::Maximum)
        return column == CapColumn
                   ? (role == EditorRole::Minimum ? 0 : 10 * ModelValidator::maxPoints)
                   : (role == EditorRole::Minimum ? -ModelValidator::maxPoints : ModelValidator::maxPoints);
    if (role == EditorRole::SpecialValue && column == CapColumn)
        return tr("no cap");
    if (role == Qt::ToolTipRole)
        return toolTip(rule);
    if (role == Qt::TextAlignmentRole && (column == PointsColumn || column == CapColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == CriterionColumn && !rule.isFieldRule() && eventCount(rule.activity) == 0
        && !m_activities.empty())
        return QColor(0xb4, 0x53, 0x09); // an activity with no events in this workspace
    if (role == Qt::ForegroundRole && column == CriterionColumn && !absentFieldWarning(rule).what.isEmpty())
        return QColor(0xb4, 0x53, 0x09); // a field no lead of this workspace has
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case RuleColumn:
        return rule.label;
    case CriterionColumn:
        if (edit)
            return rule.isFieldRule() ? QVariant::fromValue(*rule.condition) : QVariant(rule.activity);
        return criterionText(rule);
    case DetailColumn:
        return rule.detail;
    case TrackColumn:
        return edit ? QVariant(int(rule.track)) : QVariant(trackTitle(rule.track));
    case PointsColumn:
        return rule.points;
    case PaysColumn:
        return edit ? QVariant(QVariantList{int(rule.pays), rule.count}) : QVariant(paysText(rule));
    case CapColumn:
        if (edit)
            return rule.cap.value_or(0);
        return rule.cap ? QVariant(*rule.cap) : QVariant(QString());
    default:
        return {};
    }
}

QString RuleTreeModel::criterionText(const ScoringRule &rule) const
{
    return rule.isFieldRule() ? ConditionText::describe(*rule.condition) : rule.activity;
}

std::int64_t RuleTreeModel::eventCount(const QString &activity) const
{
    for (const ActivityEventCount &count : m_activities)
        if (count.key == activity)
            return count.events;
    return 0;
}

QString RuleTreeModel::toolTip(const ScoringRule &rule) const
{
    QString text = u"<b>%1</b> <span style='color:#64748b'>(id %2)</span><br>"_qs.arg(rule.label.toHtmlEscaped(),
                                                                                      rule.id.toHtmlEscaped());
    if (rule.isFieldRule()) {
        text += tr("Field rule: %1<br>Pays %Ln %2 point(s) once, at the lead’s creation", nullptr, rule.points)
                    .arg(ConditionText::describe(*rule.condition).toHtmlEscaped(), trackTitle(rule.track));
        if (const Error absent = absentFieldWarning(rule); !absent.what.isEmpty())
            text += u"<br><span style='color:#b45309'>%1. %2</span>"_qs.arg(absent.what.toHtmlEscaped(),
                                                                            absent.hint.toHtmlEscaped());
    } else {
        text += tr("Activity <tt>%1</tt>: %Ln event(s) in this workspace", nullptr, int(eventCount(rule.activity)))
                    .arg(rule.activity.toHtmlEscaped());
        if (!rule.detail.isEmpty())
            text += tr(", detail matching <tt>%1</tt>").arg(rule.detail.toHtmlEscaped());
        text += u"<br>"_qs
                + tr("Pays %Ln %1 point(s) %2", nullptr, rule.points).arg(trackTitle(rule.track), paysText(rule));
        if (rule.cap)
            text += tr(", at most %1 in total").arg(*rule.cap);
    }
    return text;
}

bool RuleTreeModel::refuse(const Status &status)
{
    if (status)
        return true;
    Q_EMIT editRefused(status.error());
    return false;
}

bool RuleTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    if (index.internalId() == 0)
        return index.column() == RuleColumn
               && refuse(m_draft->renameCategory(m_groups[std::size_t(index.row())].category, value.toString()));
    const int ruleIndex = ruleAt(index);
    ScoringRule rule = m_draft->model().rules[std::size_t(ruleIndex)];
    RuleField field = RuleField::Label;
    switch (index.column()) {
    case RuleColumn:
        if (value.toString().trimmed().isEmpty())
            return refuse(Error{tr("a rule needs a label"), rule.id, 0, 0,
                                tr("Type what the rule scores, e.g. “Attended live”.")});
        rule.label = value.toString().trimmed();
        break;
    case CriterionColumn:
        if (rule.isFieldRule()) {
            rule.condition = value.value<FieldCondition>();
            field = RuleField::Condition;
        } else {
            rule.activity = value.toString().trimmed();
            field = RuleField::Activity;
        }
        break;
    case DetailColumn:
        rule.detail = value.toString().trimmed();
        field = RuleField::Detail;
        break;
    case TrackColumn:
        rule.track = Track(value.toInt());
        field = RuleField::Track;
        break;
    case PointsColumn:
        rule.points = value.toInt();
        field = RuleField::Points;
        break;
    case PaysColumn: {
        const QVariantList pays = value.toList();
        const auto mode = PayMode(pays.value(0).toInt());
        field = mode == rule.pays ? RuleField::Count : RuleField::Pays;
        rule.pays = mode;
        rule.count = mode == PayMode::AtCount ? pays.value(1).toInt() : 1;
        if (mode != PayMode::Each)
            rule.cap.reset(); // a rule that pays once has nothing to cap
        break;
    }
    case CapColumn:
        rule.cap = value.toInt() > 0 ? std::optional<int>(value.toInt()) : std::nullopt;
        field = RuleField::Cap;
        break;
    default:
        return false;
    }
    return refuse(m_draft->changeRule(ruleIndex, field, rule));
}

QStringList RuleTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *RuleTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes)
        if (const int rule = ruleAt(index); rule >= 0) {
            auto *data = new QMimeData;
            data->setData(mimeType(), QByteArray::number(rule));
            return data;
        }
    return nullptr;
}

bool RuleTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && data->hasFormat(mimeType()) && action == Qt::MoveAction;
}

bool RuleTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent) || m_groups.empty())
        return false;
    bool ok = false;
    const int from = data->data(mimeType()).toInt(&ok);
    if (!ok || from < 0 || from >= int(m_draft->model().rules.size()))
        return false;
    // Where the rule goes: before rule `before`, or after rule `after`, in `category`.
    int before = -1, after = -1;
    QString category;
    if (!parent.isValid()) {
        const std::size_t group = std::size_t(std::clamp(row, 0, int(m_groups.size())));
        if (group < m_groups.size()) {
            before = m_groups[group].rules.front();
            category = m_groups[group].category;
        } else {
            after = m_groups.back().rules.back();
            category = m_groups.back().category;
        }
    } else if (parent.internalId() == 0) {
        const Group &group = m_groups[std::size_t(parent.row())];
        category = group.category;
        if (row >= 0 && row < int(group.rules.size()))
            before = group.rules[std::size_t(row)];
        else
            after = group.rules.back();
    } else {
        before = ruleAt(parent);
        category = categoryAt(parent);
    }
    int to = 0;
    if (before >= 0)
        to = before <= from ? before : before - 1;
    else
        to = after < from ? after + 1 : after;
    refuse(m_draft->moveRule(from, to, category));
    return false; // the draft moved the rule; the view must not remove anything
}

} // namespace LeadStage
