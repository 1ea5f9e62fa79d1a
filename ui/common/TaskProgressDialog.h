#pragma once

#include <QElapsedTimer>
#include <QProgressDialog>

namespace LeadStage {

// A progress dialog for long work that says how fast it goes and how long is left:
// "41,000 of 100,000 leads — 20,300 leads/s, about 3 s left".
class TaskProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    TaskProgressDialog(const QString &title, const QString &unit, QWidget *parent = nullptr);

    // A total of 0 or less: not known yet (the bar runs busy and only `done` is shown).
    void setProgress(qint64 done, qint64 total);
    // A sentence shown between the title and the figures: why this work runs.
    void setExplanation(const QString &text);
    QString detailText() const { return m_detail; }

private:
    void updateLabel();

    QString m_title, m_unit, m_detail, m_explanation;
    QElapsedTimer m_clock;
};

} // namespace LeadStage
