#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QTableView;

namespace LeadStage {

struct DashboardResult;
class RecordedStagesModel;

// Stages as the CRM recorded them beside the ones LeadStage computes (DESIGN §4):
// a switch shows the computed stages, the recorded ones, or both with where they
// agree; a line says how many leads the two place differently and how many have
// undated outcomes (counted in stages, left out of the time figures).
class RecordedStagesPanel : public QFrame
{
    Q_OBJECT

public:
    enum class Show { Comparison, Computed, Recorded };

    explicit RecordedStagesPanel(QWidget *parent = nullptr);

    void showResult(const DashboardResult &result);
    void setShow(Show show);
    Show show() const;

    QTableView *view() const { return m_view; }
    RecordedStagesModel *model() const { return m_model; }
    QString summary() const;

private:
    void showColumns();

    QComboBox *m_show;
    QLabel *m_summary;
    QTableView *m_view;
    RecordedStagesModel *m_model;
};

} // namespace LeadStage
