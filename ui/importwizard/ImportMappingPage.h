#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace LeadStage {

class ChoiceDelegate;
class CountEventsChoices;
class ImportWizard;
class LeadFileChoices;
struct MappingFile;

// Which column feeds which field, per file: the recognised preset filled in, every
// column remappable, sample values beside it, the columns left over shown as going
// to attrs; a mapping can be saved as a named preset and a saved one loaded.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override; // the activity page only when events come in

    QComboBox *fileChooser() const { return m_file; }
    QComboBox *presets() const { return m_presets; }
    QTableWidget *table() const { return m_table; }
    QLineEdit *presetName() const { return m_presetName; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *saveFileButton() const { return m_saveFile; }
    QLabel *message() const { return m_message; }
    LeadFileChoices *leadFileChoices() const { return m_leadChoices; }
    CountEventsChoices *countEventsChoices() const { return m_countEvents; }
    // The drop-down choosing the field of `column` in the current file, opened for editing
    // as a click opens it (without its list): choosing in it maps the column.
    QComboBox *fieldChooser(const QString &column) const;

private:
    void showFile();
    void showFields(); // each column's field as the draft has it now
    void fieldChosen(QTableWidgetItem *item);
    QComboBox *openChooser(int row) const;
    void fillPresets();
    void presetChosen();
    void loadPresetFile();
    void applySaved(const MappingFile &saved, const QString &name);
    void saveAsPreset();
    void saveToFile(); // a mapping file anywhere, for `leadstage import --mapping`
    void updateMessage();
    int current() const;

    ImportWizard *m_wizard;
    QComboBox *m_file;
    QComboBox *m_presets;
    QTableWidget *m_table;
    QLineEdit *m_presetName;
    QPushButton *m_save;
    QPushButton *m_saveFile;
    QLabel *m_message;
    QLabel *m_saved;
    LeadFileChoices *m_leadChoices;
    CountEventsChoices *m_countEvents;
    ChoiceDelegate *m_fields;
};

} // namespace LeadStage
