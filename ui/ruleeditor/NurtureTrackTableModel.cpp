#include "NurtureTrackTableModel.h"

#include "EditorRoles.h"
#include "ModelDraft.h"

namespace LeadStage {

namespace {

QStringList choices(int column)
{
    switch (column) {
    case NurtureTrackTableModel::StagesColumn:
        return {u"Lead"_qs, u"IQL"_qs, u"MQL"_qs, u"PQL"_qs, u"SQL"_qs, u"Opportunity"_qs, u"Customer"_qs};
    case NurtureTrackTableModel::GradesColumn:
        return {u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs};
    default:
        return {u"active"_qs, u"stagnant"_qs, u"archived"_qs};
    }
}

} // namespace

NurtureTrackTableModel::NurtureTrackTableModel(ModelDraft *draft, QObject *parent)
    : DraftTableModel(draft, DraftList::NurtureTracks, parent)
{}

int NurtureTrackTableModel::itemCount() const
{
    return int(draft()->model().nurture.tracks.size());
}

int NurtureTrackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList NurtureTrackTableModel::headers() const
{
    return {tr("Track"), tr("Stages"), tr("Grades"), tr("Health")};
}

QStringList NurtureTrackTableModel::headerTips() const
{
    return {tr("The nurture track's name; tracks are tried top to bottom and the first that holds wins"),
            tr("The lead's current stage must be one of these; none checked means any"),
            tr("The lead's fit grade must be one of these; none checked means any"),
            tr("The lead's health must be one of these; none checked means active or stagnant")};
}

QVariant NurtureTrackTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const NurtureTrack &track = draft()->model().nurture.tracks[std::size_t(index.row())];
    const int column = index.column();
    if (role == EditorRole::Kind)
        return int(column == LabelColumn ? EditorKind::Text : EditorKind::Choices);
    if (role == EditorRole::Choices)
        return choices(column);
    const QStringList &names = column == StagesColumn   ? track.stages
                               : column == GradesColumn ? track.grades
                                                        : track.health;
    if (role == Qt::ToolTipRole)
        return tr("<b>%1</b> (id %2), priority %3").arg(track.label.toHtmlEscaped(), track.id).arg(index.row() + 1);
    if (role == Qt::EditRole)
        return column == LabelColumn ? QVariant(track.label) : QVariant(names);
    if (role != Qt::DisplayRole)
        return {};
    if (column == LabelColumn)
        return track.label;
    if (names.isEmpty())
        return column == HealthColumn ? tr("active, stagnant") : tr("any");
    return names.join(u", "_qs);
}

Status NurtureTrackTableModel::setCell(int row, int column, const QVariant &value)
{
    NurtureTrack track = draft()->model().nurture.tracks[std::size_t(row)];
    switch (column) {
    case LabelColumn:
        if (value.toString().trimmed().isEmpty())
            return Error{tr("a nurture track needs a name"), track.id, 0, 0, tr("Type a name such as “Intensive”.")};
        track.label = value.toString().trimmed();
        break;
    case StagesColumn:
        track.stages = value.toStringList();
        break;
    case GradesColumn:
        track.grades = value.toStringList();
        break;
    case HealthColumn:
        track.health = value.toStringList();
        break;
    default:
        return Error{tr("this column cannot be edited"), QString()};
    }
    return draft()->changeNurtureTrack(row, track, column);
}

} // namespace LeadStage
