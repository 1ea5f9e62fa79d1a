#pragma once

#include "report/ReportDocument.h"
#include "report/ReportFormat.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace LeadStage {

class ReportPages;

// The export dialog's live preview: one page of the report at a time (two side by
// side in a wide area), fitted to the space, with ◀ ▶ and "Page 3 of 9". Pages come from ReportPages, the PDF's own
// layout, painted at the screen's device pixel ratio. While a newer document is
// prepared the last pages stay visible under "Preparing preview…"; a failure shows
// as a sentence instead of the pages.
class ReportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    void setPreparing(bool preparing);
    void setDocument(std::shared_ptr<const ReportDocument> document, PaperSize paper);
    // Lays the same document out again on other paper.
    void setPaper(PaperSize paper);
    void showMessage(const QString &sentence);
    void showPage(int page);

    std::shared_ptr<const ReportDocument> document() const { return m_document; }
    int pageCount() const;
    int currentPage() const { return m_page; }
    int pagesShown() const { return m_shown; } // 2: side by side, in a wide area
    QString pageText() const;
    QString messageText() const;
    bool isPreparing() const;
    // What the page area shows now, at device pixels (null without pages).
    const QImage &pageImage() const { return m_image; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void layOut();
    void paintPage();
    void updateNavigation();

    std::shared_ptr<const ReportDocument> m_document;
    std::unique_ptr<ReportPages> m_pages;
    PaperSize m_paper = PaperSize::A4;
    int m_page = 0;
    int m_shown = 1;
    QImage m_image;

    QStackedWidget *m_stack;
    QWidget *m_pageArea;
    QLabel *m_message;
    QProgressBar *m_busy;
    QLabel *m_busyText;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_pageLabel;
};

} // namespace LeadStage
