#pragma once

#include "common/Error.h"
#include "metrics/MetricsFilter.h"
#include "report/ReportFormat.h"
#include "report/ReportRequest.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace LeadStage {

class ReportExportJob;
class ReportPreview;
class ReportPreviewJob;
class TaskProgressDialog;

// File → Export Quarterly Report… (issue 18): the quarter, the dashboard's filters,
// format, paper and language, where to save, and a live preview of the pages. The
// preview's document and the export are built off the GUI thread, each on its own
// read-only connection to the workspace; Cancel during the export leaves no file.
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    // What the dialog is offered: one of these per format entry.
    enum class Choice : std::uint8_t { Pdf, Xlsx, Html, CsvFolder, CsvZip };
    struct Language
    {
        QString code; // "en", "de"
        QString name; // "German (Deutsch)"
    };

    ReportExportDialog(const QString &workspacePath, const MetricsFilter &dashboardFilter, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    // English and every translation built into the application (ReportLanguage::available).
    static std::vector<Language> languages();
    // Letter where it is the custom (the United States and Canada), A4 elsewhere.
    static PaperSize localPaper(const QLocale &locale);
    static ReportFormat formatOf(Choice choice);
    static QString suffixOf(Choice choice); // "pdf", …; empty for a folder

    // The choices as a request for ReportBuilder; nullopt before the analysis date is read.
    std::optional<ReportRequest> request() const;
    std::optional<std::int64_t> analysisDate() const { return m_asOf; }
    Choice choice() const;
    PaperSize paper() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);
    QString filterText() const;
    bool dashboardHadDates() const { return m_hadDates; }

    QComboBox *quarterBox() const { return m_quarter; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *paperBox() const { return m_paper; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *useFiltersBox() const { return m_useFilters; }
    QCheckBox *openWhenDoneBox() const { return m_openWhenDone; }
    QLabel *datesNote() const { return m_datesNote; }
    ReportPreview *preview() const { return m_preview; }
    QPushButton *exportButton() const { return m_exportButton; }
    TaskProgressDialog *progressDialog() const { return m_progress; }

    // Exports with the current choices (the Export button); exportFinished tells the outcome.
    void startExport();
    bool isExporting() const;
    void cancelExport();

Q_SIGNALS:
    // The analysis date is known and the quarters are offered.
    void ready();
    // A newer preview is on screen (pages or a sentence why not).
    void previewShown();
    // `error.what` empty: written to `path`.
    void exportFinished(const QString &path, bool cancelled, const LeadStage::Error &error);

protected:
    void done(int result) override;

private:
    void offerQuarters(std::int64_t asOf);
    void showFilters();
    void schedulePreview();
    void buildPreview();
    void updatePaper();
    void updatePath(bool quarterChanged);
    QString defaultFileName() const;
    void browse();
    void finishExport(const QString &path, bool cancelled, const Error &error);
    void showWritten(const QString &path);
    void remember() const;

    QString m_workspacePath;
    MetricsFilter m_dashboardFilter;
    bool m_hadDates = false; // the dashboard's filter had a date range, which the report ignores
    std::optional<std::int64_t> m_asOf;
    QString m_autoName; // the file name the dialog made up: changes with quarter and format
    ReportPreviewJob *m_previewJob;
    ReportExportJob *m_exportJob;
    TaskProgressDialog *m_progress = nullptr;
    QTimer *m_debounce;

    QComboBox *m_quarter;
    QCheckBox *m_useFilters;
    QLabel *m_filterLine;
    QLabel *m_datesNote;
    QComboBox *m_format;
    QComboBox *m_paper;
    QComboBox *m_language;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QCheckBox *m_openWhenDone;
    ReportPreview *m_preview;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
};

} // namespace LeadStage
