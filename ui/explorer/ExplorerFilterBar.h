#pragma once

#include "explore/ExplorerQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace LeadStage {

// The explorer's filters: stage, grade, source, a free-text search over name,
// e-mail and company, and "contains" on one more field (the CRM id or a column of the
// imported file). Typing waits for a short pause before it asks again.
class ExplorerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ExplorerFilterBar(QWidget *parent = nullptr);

    void setSources(const QStringList &sources);
    // The import's extra columns offered beside the CRM id.
    void setAttributes(const QStringList &attributes);
    void applyTo(ExplorerQuery &query) const;
    void reset(); // back to "any", without emitting changed()

    QLineEdit *searchField() const { return m_search; }
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *gradeBox() const { return m_grade; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *fieldBox() const { return m_field; }
    QLineEdit *fieldText() const { return m_fieldText; }

Q_SIGNALS:
    void changed();
    // The user edited the search text (before the typing pause is over).
    void searchEdited();

private:
    QLineEdit *m_search;
    QComboBox *m_stage;
    QComboBox *m_grade;
    QComboBox *m_source;
    QComboBox *m_field;
    QLineEdit *m_fieldText;
    QTimer m_typingPause;
};

} // namespace LeadStage
