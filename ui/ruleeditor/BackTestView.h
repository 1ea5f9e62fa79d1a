#pragma once

#include "EvaluateJob.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace LeadStage {

class BandTableModel;
class DecileTableModel;
class EvaluationSummaryModel;
class GainsChart;
class RocChart;
class StageMatrixModel;

// The "Back-test" tab of the Evaluate panel: per model the AUC and the figures at the
// MQL threshold, who was scored and who left out, the ROC and gains curves overlaid,
// and for one chosen model the gains by decile and the outcome rate per score band and
// per stage. A decile, band or stage row opens exactly its leads (leadsRequested).
// Without a positive and a negative lead it shows why, not a chart drawn from nothing.
class BackTestView : public QWidget
{
    Q_OBJECT

public:
    explicit BackTestView(QWidget *parent = nullptr);
    ~BackTestView() override;

    // Shows `answer` (its models' describe texts name them); a message when it cannot
    // rank (no outcomes, no leads without one).
    void showAnswer(const std::shared_ptr<const EvaluateJob::Answer> &answer);
    // A sentence instead of the figures (not read yet, no model checked, an error).
    void showMessage(const QString &text);

    bool showsResults() const;
    QString messageText() const;
    QString populationText() const;
    std::shared_ptr<const EvaluateJob::Answer> shown() const { return m_answer; }
    EvaluationSummaryModel *summaryModel() const { return m_summary; }
    DecileTableModel *decileModel() const { return m_deciles; }
    BandTableModel *bandModel() const { return m_bands; }
    BandTableModel *stageModel() const { return m_stages; }
    QTableView *decileView() const { return m_decileView; }
    QTableView *bandView() const { return m_bandView; }
    QTableView *stageView() const { return m_stageView; }
    RocChart *rocChart() const { return m_roc; }
    GainsChart *gainsChart() const { return m_gains; }
    QComboBox *detailBox() const { return m_detail; }
    // The reference's stage against the chosen model's, lead by lead (paired back-tests).
    StageMatrixModel *stageMatrix() const { return m_matrix; }
    QTableView *stageMatrixView() const { return m_matrixView; }
    QString stageMatrixNote() const;

    // The leads behind a row of the chosen model's tables, in the order of the input.
    std::vector<std::int64_t> leadsOfDecile(int row) const;
    std::vector<std::int64_t> leadsOfBand(int row) const;
    std::vector<std::int64_t> leadsOfStage(int row) const;
    void openDecile(int row);
    void openBand(int row);
    void openStage(int row);
    void openStageChange(int row, int column);

Q_SIGNALS:
    void leadsRequested(const QString &title, const std::vector<std::int64_t> &leadIds);

private:
    void layOut();
    void showDetail(int model);
    QString populationSentence(const BackTestPopulation &population) const;
    QString emptySentence(const EvaluateJob::Answer &answer) const;
    const EvaluatedModel *detailModel() const;
    std::vector<std::int64_t> leadsWhere(const std::function<bool(const BackTestCase &)> &keep) const;
    QString momentText() const;
    void open(const QString &what, std::int64_t outcomes, const std::vector<std::int64_t> &ids);
    void addOpenAction(QTableView *view, void (BackTestView::*open)(int));
    void showStageMatrix();

    std::shared_ptr<const EvaluateJob::Answer> m_answer;
    QStackedWidget *m_pages;
    QLabel *m_message, *m_population;
    EvaluationSummaryModel *m_summary;
    DecileTableModel *m_deciles;
    BandTableModel *m_bands, *m_stages;
    QTableView *m_summaryView, *m_decileView, *m_bandView, *m_stageView;
    RocChart *m_roc;
    GainsChart *m_gains;
    QComboBox *m_detail;
    StageMatrixModel *m_matrix;
    QTableView *m_matrixView;
    QLabel *m_matrixTitle, *m_matrixNote;
};

} // namespace LeadStage
