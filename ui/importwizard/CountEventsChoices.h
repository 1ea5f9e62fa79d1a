#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace LeadStage {

class ImportDraft;

// The mapping page's "count columns as events" for a leads file: a column no field takes
// ("TotalVisits") and an activity of the workspace, added as pairs that go to
// ImportOptions::countsAsEvents exactly as `import --count-as-events COLUMN=ACTIVITY`.
class CountEventsChoices : public QGroupBox
{
    Q_OBJECT

public:
    CountEventsChoices(ImportDraft &draft, QWidget *parent = nullptr);

    void showFile(int index); // the file on the mapping page; hidden unless a leads file
    bool isAnswered() const;  // every chosen column is one no field takes

    QComboBox *column() const { return m_column; }
    QComboBox *activity() const { return m_activity; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QListWidget *pairs() const { return m_pairs; }

Q_SIGNALS:
    void changed();

private:
    void add();
    void removeSelected();
    void showPairs();
    QString activityLabel(const QString &key) const;
    QStringList columnsNotFree() const;

    ImportDraft &m_draft;
    int m_index = -1;
    QComboBox *m_column;
    QComboBox *m_activity;
    QPushButton *m_add;
    QListWidget *m_pairs;
    QPushButton *m_remove;
    QLabel *m_note;
};

} // namespace LeadStage
