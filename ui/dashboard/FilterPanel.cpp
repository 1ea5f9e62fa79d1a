#include "FilterPanel.h"

#include "common/DateEdit.h"
#include "common/MultiSelectButton.h"
#include "metrics/DashboardTime.h"
#include "metrics/MetricsSnapshot.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolButton>

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

bool isEmpty(const MetricsFilter &filter)
{
    for (int d = 0; d < dimensionCount; ++d)
        if (!filter.values(Dimension(d)).isEmpty())
            return false;
    return !filter.from && !filter.to && filter.grades.empty();
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(new DateEdit(this))
    , m_toEnabled(new QCheckBox(tr("to"), this))
    , m_to(new DateEdit(this))
    , m_bucket(new QComboBox(this))
    , m_grades(new MultiSelectButton(tr("Grade"), this))
    , m_clear(new QAction(tr("Clear Filters"), this))
    , m_clearButton(new QToolButton(this))
    , m_viewsButton(new QToolButton(this))
{
    m_from->setObjectName(u"filterFrom"_qs);
    m_to->setObjectName(u"filterTo"_qs);
    m_clear->setObjectName(u"clearFilters"_qs);
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_clear->setShortcutContext(Qt::WindowShortcut);
    m_clear->setToolTip(tr("Clear every filter: all dates, values and grades (%1)")
                            .arg(m_clear->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_clear); // the shortcut works while the dashboard is shown
    m_clearButton->setDefaultAction(m_clear);
    m_viewsButton->setObjectName(u"savedViews"_qs);
    m_viewsButton->setText(tr("Views"));
    m_viewsButton->setToolTip(tr("Save the filter under a name, or pick a saved one"));
    m_viewsButton->setPopupMode(QToolButton::InstantPopup);
    m_viewsButton->setMenu(new QMenu(m_viewsButton));
    connect(m_viewsButton->menu(), &QMenu::aboutToShow, this, &FilterPanel::fillViewsMenu);
    connect(m_clear, &QAction::triggered, this, &FilterPanel::clearFilters);
    connect(this, &FilterPanel::changed, this, &FilterPanel::updateClearAction);
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
    layout->addSpacing(8);
    layout->addWidget(m_clearButton);
    layout->addWidget(m_viewsButton);
    layout->addStretch(1);

    connect(m_grades, &MultiSelectButton::selectionChanged, this, &FilterPanel::changed);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &FilterPanel::changed);
    connect(m_from, &DateEdit::dateChanged, this, &FilterPanel::changed);
    connect(m_to, &DateEdit::dateChanged, this, &FilterPanel::changed);
    connect(m_fromEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_toEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        Q_EMIT changed();
    });
    updateClearAction();
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
    // An empty workspace has no analysis date: today, not 1970-01-01.
    if (!m_toEnabled->isChecked())
        m_to->setDate(snapshot.asOf() > 0 ? DashboardTime::dateOfStart(snapshot.asOf()) : QDate::currentDate());
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

QDateEdit *FilterPanel::fromEdit() const
{
    return m_from;
}

QDateEdit *FilterPanel::toEdit() const
{
    return m_to;
}

void FilterPanel::clearFilters()
{
    setFilter({}, bucket());
}

void FilterPanel::updateClearAction()
{
    m_clear->setEnabled(!isEmpty(filter()));
}

void FilterPanel::setWorkspacePath(const QString &path)
{
    m_workspacePath = path;
    m_views = path.isEmpty() ? std::vector<SavedView>() : DashboardSettings::loadViews(path);
}

QStringList FilterPanel::viewNames() const
{
    QStringList names;
    for (const SavedView &view : m_views)
        names << view.name;
    return names;
}

void FilterPanel::saveView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || m_workspacePath.isEmpty())
        return;
    const SavedView view{trimmed, filter(), bucket()};
    const auto same =
        std::find_if(m_views.begin(), m_views.end(), [&](const SavedView &v) { return v.name == trimmed; });
    if (same != m_views.end())
        *same = view;
    else
        m_views.push_back(view);
    DashboardSettings::saveViews(m_workspacePath, m_views);
}

bool FilterPanel::applyView(const QString &name)
{
    for (const SavedView &view : m_views)
        if (view.name == name) {
            setFilter(view.filter, view.bucket);
            return true;
        }
    return false;
}

bool FilterPanel::renameView(const QString &name, const QString &newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty() || (trimmed != name && viewNames().contains(trimmed)))
        return false;
    for (SavedView &view : m_views)
        if (view.name == name) {
            view.name = trimmed;
            DashboardSettings::saveViews(m_workspacePath, m_views);
            return true;
        }
    return false;
}

bool FilterPanel::deleteView(const QString &name)
{
    const auto kept =
        std::remove_if(m_views.begin(), m_views.end(), [&](const SavedView &v) { return v.name == name; });
    if (kept == m_views.end())
        return false;
    m_views.erase(kept, m_views.end());
    DashboardSettings::saveViews(m_workspacePath, m_views);
    return true;
}

void FilterPanel::fillViewsMenu()
{
    QMenu *menu = m_viewsButton->menu();
    menu->clear();
    for (const SavedView &view : m_views)
        menu->addAction(view.name, this, [this, name = view.name] { applyView(name); });
    if (m_views.empty())
        menu->addAction(tr("No saved views yet"))->setEnabled(false);
    menu->addSeparator();
    QAction *save = menu->addAction(tr("Save Current Filter As…"), this, &FilterPanel::askToSaveView);
    save->setEnabled(!m_workspacePath.isEmpty());
    QMenu *rename = menu->addMenu(tr("Rename View"));
    QMenu *remove = menu->addMenu(tr("Delete View"));
    for (const SavedView &view : m_views) {
        rename->addAction(view.name, this, [this, name = view.name] { askToRenameView(name); });
        remove->addAction(view.name, this, [this, name = view.name] { deleteView(name); });
    }
    rename->setEnabled(!m_views.empty());
    remove->setEnabled(!m_views.empty());
}

void FilterPanel::askToSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"),
                                               tr("Name for the current filter (a view of that name is replaced):"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        saveView(name);
}

void FilterPanel::askToRenameView(const QString &name)
{
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename View"), tr("New name for “%1”:").arg(name),
                                                  QLineEdit::Normal, name, &ok);
    if (ok && !renameView(name, newName) && newName.trimmed() != name)
        QMessageBox::information(this, tr("Rename View"),
                                 tr("“%1” was not renamed: the name is empty or another view has it.").arg(name));
}

} // namespace LeadStage
