#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace LeadStage {

class CsvPreviewModel;
class ImportWizard;

// The first 100 rows of each file as they will be read, with the detected encoding,
// separator and header row; changing one reads the rows again at once. The cells read
// as missing (placeholders such as N/A) are an editable list, greyed in the table.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QComboBox *fileChooser() const { return m_file; }
    QComboBox *encoding() const { return m_encoding; }
    QComboBox *separator() const { return m_separator; }
    QSpinBox *headerRow() const { return m_headerRow; }
    QLabel *detectedLabel() const { return m_detected; }
    QLabel *problemLabel() const { return m_problem; }
    QLineEdit *missingValues() const { return m_missing; }
    CsvPreviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void showFile();
    void optionsChanged();
    void missingValuesEdited();
    void showDetected();
    int current() const;

    ImportWizard *m_wizard;
    QComboBox *m_file;
    QComboBox *m_encoding;
    QComboBox *m_separator;
    QSpinBox *m_headerRow;
    QLineEdit *m_missing;
    QLabel *m_detected;
    QLabel *m_problem;
    QTableView *m_table;
    CsvPreviewModel *m_model;
    bool m_showing = false;
};

} // namespace LeadStage
