#pragma once

#include "EvaluateJob.h"
#include "tuning/BackTest.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QSpinBox;
class QToolButton;

namespace LeadStage {

// What the Evaluate panel back-tests: the outcome, the moment (as of a date, at IQL
// or at MQL entry), the horizon, and the models to compare — the draft and the saved
// versions, checked and ordered in a list whose first checked model is the reference.
// Every choice is remembered (EvaluateSettings).
class EvaluateRequestForm : public QWidget
{
    Q_OBJECT

public:
    static inline const QString draftKey = QStringLiteral("draft");

    explicit EvaluateRequestForm(QWidget *parent = nullptr);

    // The models that can be checked, newest first, and the analysis date the default
    // "as of" date follows.
    void setModels(const std::vector<EvaluateJob::SavedModel> &saved, std::int64_t dataEnd);
    // "Draft (unsaved changes)" or "Draft (same as …)".
    void setDraftLabel(const QString &label);

    BackTestRequest request() const;
    // The checked models in their order, by key: draftKey, "version:ID" or "active".
    QStringList checkedKeys() const;
    QString labelOf(const QString &key) const;
    // The date follows the analysis date and the horizon until the analyst picks one.
    bool followsDefaultDate() const { return m_followDefault; }

    QComboBox *outcomeBox() const { return m_outcome; }
    QComboBox *momentBox() const { return m_moment; }
    QDateEdit *dateEdit() const { return m_date; }
    QSpinBox *horizonBox() const { return m_horizon; }
    QListWidget *modelList() const { return m_models; }

    static QString keyOf(const EvaluateJob::SavedModel &saved);

Q_SIGNALS:
    void changed();

private:
    void layOut();
    void restore();
    void remember();
    void showDefaultDate();
    void updateEnabled();
    void updateReference();
    void inputChanged();

    QComboBox *m_outcome, *m_moment;
    QDateEdit *m_date;
    QToolButton *m_latest;
    QSpinBox *m_horizon;
    QListWidget *m_models;
    QLabel *m_reference;
    std::int64_t m_dataEnd = 0;
    bool m_followDefault = true;
    bool m_filling = false;
};

} // namespace LeadStage
