#pragma once

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace LeadStage {

class ImportDraft;

// The mapping page's questions about leads files: which created date new leads get
// when no column is mapped to it, and whether a key column that repeats in the first
// rows (an `age` column mapped as the CRM id) is meant. Nothing is assumed in silence:
// the page goes on only once each is answered. A leads file with no CRM id or e-mail
// column goes on only with its leads named by file and line (ImportOptions::idsFromLines).
class LeadFileChoices : public QWidget
{
    Q_OBJECT

public:
    LeadFileChoices(ImportDraft &draft, QWidget *parent = nullptr);

    void showFile(int index); // the file on the mapping page
    bool isAnswered() const;

    QRadioButton *importTime() const { return m_importTime; }
    QRadioButton *firstEvent() const { return m_firstEvent; }
    QLabel *repeatedLabel() const { return m_repeated; }
    QCheckBox *allowRepeated() const { return m_allowRepeated; }
    QCheckBox *idsFromLines() const { return m_idsFromLines; }

Q_SIGNALS:
    void changed();

private:
    void createdChosen();

    ImportDraft &m_draft;
    int m_index = -1;
    bool m_repeats = false;
    QGroupBox *m_created;
    QRadioButton *m_importTime;
    QRadioButton *m_firstEvent;
    QLabel *m_repeated;
    QCheckBox *m_allowRepeated;
    QCheckBox *m_idsFromLines;
};

} // namespace LeadStage
