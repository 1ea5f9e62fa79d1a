#pragma once

#include "metrics/MetricsFilter.h"
#include "metrics/Period.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace LeadStage {

class MetricsSnapshot;
class MultiSelectButton;

// The dashboard's filter bar: date range, sources, campaigns, industries,
// countries, fit grades and the month / quarter bucket. Choices come from the
// snapshot's dictionaries; every change emits changed() once.
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

Q_SIGNALS:
    void changed();

private:
    void showFilter(const MetricsFilter &filter, Bucket bucket);

    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QComboBox *m_bucket;
    std::array<MultiSelectButton *, dimensionCount> m_values{};
    MultiSelectButton *m_grades;
};

} // namespace LeadStage
