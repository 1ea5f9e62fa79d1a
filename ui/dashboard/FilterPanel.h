#pragma once

#include "DashboardSettings.h"
#include "metrics/MetricsFilter.h"
#include "metrics/Period.h"

#include <QWidget>

#include <array>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QToolButton;

namespace LeadStage {

class DateEdit;
class MetricsSnapshot;
class MultiSelectButton;

// The dashboard's filter bar: date range, sources, campaigns, industries,
// countries, fit grades and the month / quarter bucket, a Clear Filters button
// and the workspace's saved views. Choices come from the snapshot's dictionaries;
// every change emits changed() once.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget *parent = nullptr);

    void setChoices(const MetricsSnapshot &snapshot);
    MetricsFilter filter() const;
    Bucket bucket() const;
    // Shows `filter` and `bucket` and emits changed() once.
    void setFilter(const MetricsFilter &filter, Bucket bucket);
    // Every value, grade and date let through again (the bucket stays); one changed().
    void clearFilters();

    // The workspace whose saved views the Views menu lists.
    void setWorkspacePath(const QString &path);
    QStringList viewNames() const;
    // Saves the filter on screen as `name`, replacing a view of that name.
    void saveView(const QString &name);
    bool applyView(const QString &name);
    bool renameView(const QString &name, const QString &newName);
    bool deleteView(const QString &name);

    QAction *clearAction() const { return m_clear; }
    QToolButton *viewsButton() const { return m_viewsButton; }
    QCheckBox *fromEnabled() const { return m_fromEnabled; }
    QCheckBox *toEnabled() const { return m_toEnabled; }
    QDateEdit *fromEdit() const;
    QDateEdit *toEdit() const;
    MultiSelectButton *valuesButton(Dimension dimension) const { return m_values[std::size_t(dimension)]; }
    MultiSelectButton *gradesButton() const { return m_grades; }

Q_SIGNALS:
    void changed();

private:
    void showFilter(const MetricsFilter &filter, Bucket bucket);
    void updateClearAction();
    void fillViewsMenu();
    void askToSaveView();
    void askToRenameView(const QString &name);

    QCheckBox *m_fromEnabled;
    DateEdit *m_from;
    QCheckBox *m_toEnabled;
    DateEdit *m_to;
    QComboBox *m_bucket;
    std::array<MultiSelectButton *, dimensionCount> m_values{};
    MultiSelectButton *m_grades;
    QAction *m_clear;
    QToolButton *m_clearButton;
    QToolButton *m_viewsButton;
    QString m_workspacePath;
    std::vector<SavedView> m_views;
};

} // namespace LeadStage
