#pragma once

#include "explore/ExplorerQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace LeadStage {

// The explorer's filters: stage, grade, source and a free-text search over name,
// e-mail and company. Typing waits for a short pause before it asks again.
class ExplorerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ExplorerFilterBar(QWidget *parent = nullptr);

    void setSources(const QStringList &sources);
    void applyTo(ExplorerQuery &query) const;
    void reset(); // back to "any", without emitting changed()

    QLineEdit *searchField() const { return m_search; }
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *gradeBox() const { return m_grade; }
    QComboBox *sourceBox() const { return m_source; }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_search;
    QComboBox *m_stage;
    QComboBox *m_grade;
    QComboBox *m_source;
    QTimer m_typingPause;
};

} // namespace LeadStage
