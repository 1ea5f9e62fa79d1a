#include "FilterPanel.h"

#include "common/MultiSelectButton.h"
#include "metrics/DashboardTime.h"
#include "metrics/MetricsSnapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace LeadStage {

namespace {

QString dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Source:
        return FilterPanel::tr("Source");
    case Dimension::Campaign:
        return FilterPanel::tr("Campaign");
    case Dimension::Industry:
        return FilterPanel::tr("Industry");
    case Dimension::Country:
        return FilterPanel::tr("Country");
    }
    return {};
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_qs);
    edit->setTimeSpec(Qt::UTC);
    return edit;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(dateEdit(this))
    , m_toEnabled(new QCheckBox(tr("to"), this))
    , m_to(dateEdit(this))
    , m_bucket(new QComboBox(this))
    , m_grades(new MultiSelectButton(tr("Grade"), this))
{
    m_bucket->addItem(tr("By month"), int(Bucket::Month));
    m_bucket->addItem(tr("By quarter"), int(Bucket::Quarter));
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromEnabled);
    layout->addWidget(m_from);
    layout->addWidget(m_toEnabled);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_bucket);
    layout->addSpacing(8);
    for (int d = 0; d < dimensionCount; ++d) {
        m_values[std::size_t(d)] = new MultiSelectButton(dimensionName(Dimension(d)), this);
        layout->addWidget(m_values[std::size_t(d)]);
        connect(m_values[std::size_t(d)], &MultiSelectButton::selectionChanged, this, &FilterPanel::changed);
    }
    m_grades->setItems({gradeName(Grade::A), gradeName(Grade::B), gradeName(Grade::C), gradeName(Grade::D)});
    layout->addWidget(m_grades);
    layout->addStretch(1);

    connect(m_grades, &MultiSelectButton::selectionChanged, this, &FilterPanel::changed);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &FilterPanel::changed);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterPanel::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterPanel::changed);
    connect(m_fromEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_toEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        Q_EMIT changed();
    });
}

void FilterPanel::setChoices(const MetricsSnapshot &snapshot)
{
    for (int d = 0; d < dimensionCount; ++d) {
        const ValueDictionary &dictionary = snapshot.dictionary(Dimension(d));
        QStringList values;
        for (std::uint32_t id = 1; id < dictionary.size(); ++id) // id 0 is "no value"
            values << dictionary.at(id);
        values.sort(Qt::CaseInsensitive);
        m_values[std::size_t(d)]->setItems(values);
    }
    // Unticked date boxes still show where the axis would start and end.
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    if (!m_fromEnabled->isChecked() && snapshot.firstFunnelMonth())
        m_from->setDate(DashboardTime::dateOfStart(Period::monthStart(*snapshot.firstFunnelMonth())));
    if (!m_toEnabled->isChecked())
        m_to->setDate(DashboardTime::dateOfStart(snapshot.asOf()));
}

MetricsFilter FilterPanel::filter() const
{
    MetricsFilter filter;
    if (m_fromEnabled->isChecked())
        filter.from = DashboardTime::startOf(m_from->date());
    if (m_toEnabled->isChecked())
        filter.to = DashboardTime::endOf(m_to->date());
    for (int d = 0; d < dimensionCount; ++d)
        filter.values(Dimension(d)) = m_values[std::size_t(d)]->checked();
    for (const QString &name : m_grades->checked())
        if (const auto grade = gradeFromName(name))
            filter.grades.push_back(*grade);
    return filter;
}

Bucket FilterPanel::bucket() const
{
    return Bucket(m_bucket->currentData().toInt());
}

void FilterPanel::setFilter(const MetricsFilter &filter, Bucket bucket)
{
    showFilter(filter, bucket);
    Q_EMIT changed();
}

void FilterPanel::showFilter(const MetricsFilter &filter, Bucket bucket)
{
    // One changed() for the whole filter, not one per widget touched.
    const QList<QObject *> widgets = {m_fromEnabled, m_from, m_toEnabled, m_to, m_bucket};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QObject *widget : widgets)
        blockers.push_back(std::make_unique<QSignalBlocker>(widget));
    m_fromEnabled->setChecked(filter.from.has_value());
    m_from->setEnabled(filter.from.has_value());
    if (filter.from)
        m_from->setDate(DashboardTime::dateOfStart(filter.from));
    m_toEnabled->setChecked(filter.to.has_value());
    m_to->setEnabled(filter.to.has_value());
    if (filter.to)
        m_to->setDate(DashboardTime::dateOfEnd(filter.to));
    m_bucket->setCurrentIndex(m_bucket->findData(int(bucket)));
    for (int d = 0; d < dimensionCount; ++d)
        m_values[std::size_t(d)]->setChecked(filter.values(Dimension(d)));
    QStringList grades;
    for (const Grade grade : filter.grades)
        grades << gradeName(grade);
    m_grades->setChecked(grades);
}

} // namespace LeadStage
