#include "ActivityPicker.h"

#include <QCompleter>
#include <QLineEdit>
#include <QLocale>

#include <climits>

namespace LeadStage {

ActivityPicker::ActivityPicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(u"activityPicker"_qs);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    setToolTip(
        tr("The activity key the rule scores, with its events in this workspace; type a key that is not listed yet"));
}

void ActivityPicker::setActivities(const std::vector<ActivityEventCount> &activities)
{
    const QLocale locale;
    clear();
    for (const ActivityEventCount &activity : activities) {
        const QString events =
            activity.events == 1 ? tr("1 event") : tr("%1 events").arg(locale.toString(qlonglong(activity.events)));
        addItem(tr("%1 — %2").arg(activity.key, events), activity.key);
        setItemData(count() - 1, tr("%1 · %2 track · %3").arg(activity.label, activity.track, activity.category),
                    Qt::ToolTipRole);
    }
}

void ActivityPicker::setActivity(const QString &key)
{
    const int index = findData(key);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(key);
}

QString ActivityPicker::activity() const
{
    const int index = findText(currentText());
    return index >= 0 ? itemData(index).toString() : currentText().trimmed();
}

} // namespace LeadStage
