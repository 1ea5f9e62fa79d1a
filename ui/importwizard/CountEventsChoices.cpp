#include "CountEventsChoices.h"

#include "WizardText.h"
#include "common/WrappedLabel.h"
#include "import/CountEvents.h"
#include "import/ImportDraft.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace LeadStage {

CountEventsChoices::CountEventsChoices(ImportDraft &draft, QWidget *parent)
    : QGroupBox(tr("Count columns as events"), parent)
    , m_draft(draft)
    , m_column(new QComboBox(this))
    , m_activity(new QComboBox(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_pairs(new QListWidget(this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_note(new WrappedLabel(this))
{
    setObjectName(u"countEventsChoices"_qs);
    setToolTip(tr("For exports without event history: a column holding a count per lead (\"TotalVisits\", "
                  "\"Emails Opened\") becomes that many events of an activity, dated at the lead's created date, "
                  "so rules on that activity score them."));
    m_column->setObjectName(u"countColumn"_qs);
    m_column->setToolTip(tr("A column no field takes (kept as attribute or ignored) whose cells are whole counts; "
                            "a cell that is not a count, or a count over %1, rejects its row")
                             .arg(WizardText::number(CountEvents::maxPerRow)));
    m_activity->setObjectName(u"countActivity"_qs);
    m_activity->setToolTip(tr("The workspace's activity the counted events are of"));
    m_add->setObjectName(u"addCountColumn"_qs);
    m_add->setToolTip(tr("Turn the column's counts into events of the activity"));
    m_pairs->setObjectName(u"countPairs"_qs);
    m_pairs->setToolTip(tr("Columns that become events in this import"));
    m_pairs->setMaximumHeight(m_pairs->fontMetrics().height() * 4 + 8);
    m_remove->setObjectName(u"removeCountColumn"_qs);
    m_remove->setToolTip(tr("The selected column is imported as before, without events"));

    auto *layout = new QGridLayout(this);
    layout->addWidget(new QLabel(tr("Column:"), this), 0, 0);
    layout->addWidget(m_column, 0, 1);
    layout->addWidget(new QLabel(tr("becomes that many events of:"), this), 0, 2);
    layout->addWidget(m_activity, 0, 3);
    layout->addWidget(m_add, 0, 4);
    layout->addWidget(m_pairs, 1, 0, 1, 4);
    layout->addWidget(m_remove, 1, 4, Qt::AlignTop);
    layout->addWidget(m_note, 2, 0, 1, 5);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 2);

    connect(m_add, &QPushButton::clicked, this, &CountEventsChoices::add);
    connect(m_remove, &QPushButton::clicked, this, &CountEventsChoices::removeSelected);
    connect(m_pairs, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
}

QString CountEventsChoices::activityLabel(const QString &key) const
{
    for (const ActivityType &type : m_draft.activityTypes())
        if (type.key == key)
            return u"%1 (%2)"_qs.arg(type.label, type.key);
    return key;
}

void CountEventsChoices::showFile(int index)
{
    m_index = index;
    const bool leads = index >= 0 && index < m_draft.fileCount() && m_draft.file(index).kind == ImportKind::Leads;
    setVisible(leads);
    if (!leads)
        return;
    const QString columnBefore = m_column->currentText(), activityBefore = m_activity->currentData().toString();
    m_column->clear();
    const QStringList columns = m_draft.countColumns(index);
    for (const QString &column : columns) {
        const QString samples = m_draft.samples(index, column).join(u" · "_qs);
        m_column->addItem(samples.isEmpty() ? column : tr("%1 (%2)").arg(column, samples), column);
    }
    m_column->setCurrentIndex(std::max(0, m_column->findData(columnBefore)));
    m_activity->clear();
    for (const ActivityType &type : m_draft.activityTypes())
        m_activity->addItem(u"%1 (%2)"_qs.arg(type.label, type.key), type.key);
    m_activity->setCurrentIndex(std::max(0, m_activity->findData(activityBefore)));
    showPairs();
}

QStringList CountEventsChoices::columnsNotFree() const
{
    QStringList free;
    bool leads = false; // without a leads file the pairs do nothing (CountEvents reads leads files)
    for (int i = 0; i < m_draft.fileCount(); ++i) {
        leads = leads || m_draft.file(i).kind == ImportKind::Leads;
        free << m_draft.countColumns(i); // empty for files that are not leads
    }
    QStringList notFree;
    if (!leads)
        return notFree;
    for (const CountAsEvents &count : m_draft.options.countsAsEvents)
        if (!free.contains(count.column))
            notFree << count.column;
    return notFree;
}

bool CountEventsChoices::isAnswered() const
{
    return columnsNotFree().isEmpty();
}

void CountEventsChoices::showPairs()
{
    m_pairs->clear();
    for (const CountAsEvents &count : m_draft.options.countsAsEvents)
        m_pairs->addItem(tr("%1 → events of %2").arg(count.column, activityLabel(count.activity)));
    const QStringList notFree = columnsNotFree();
    m_pairs->setVisible(!m_draft.options.countsAsEvents.empty());
    m_remove->setVisible(m_pairs->isVisible());
    m_remove->setEnabled(m_pairs->currentRow() >= 0);
    m_add->setEnabled(m_column->count() > 0 && m_activity->count() > 0);
    QString note =
        m_draft.options.countsAsEvents.empty()
            ? tr("None: every column is imported as mapped above.")
            : tr("Each count becomes that many events at the lead's created date; importing the file again adds "
                 "only what a grown count adds.");
    if (!notFree.isEmpty())
        note = u"<span style='color:#a00000'>%1</span>"_qs.arg(
            tr("%1 feeds a field or is not in this file: remove it here or map it to no field.")
                .arg(notFree.join(u", "_qs))
                .toHtmlEscaped());
    m_note->setText(note);
}

void CountEventsChoices::add()
{
    const QString column = m_column->currentData().toString(), activity = m_activity->currentData().toString();
    if (column.isEmpty() || activity.isEmpty())
        return;
    auto &counts = m_draft.options.countsAsEvents;
    // One activity per column: choosing again replaces the earlier choice.
    std::erase_if(counts, [&column](const CountAsEvents &count) { return count.column == column; });
    counts.push_back({column, activity});
    showPairs();
    Q_EMIT changed();
}

void CountEventsChoices::removeSelected()
{
    const int row = m_pairs->currentRow();
    auto &counts = m_draft.options.countsAsEvents;
    if (row < 0 || row >= int(counts.size()))
        return;
    counts.erase(counts.begin() + row);
    showPairs();
    Q_EMIT changed();
}

} // namespace LeadStage
