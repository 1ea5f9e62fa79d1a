#pragma once

#include "explore/LeadDetail.h"

#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace LeadStage {

class ElidedLabel;
class EventTableModel;
class LedgerTableModel;
class ScoreTimelinePlot;

// One lead in full, beside the table: its fields and attrs, the moments it reached
// each stage, its score timeline, the ledger that explains its score, its events.
class LeadDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit LeadDetailView(QWidget *parent = nullptr);

    void setDetail(const std::shared_ptr<const LeadDetail> &detail);
    void clear(const QString &message);
    const std::shared_ptr<const LeadDetail> &detail() const { return m_detail; }

    ScoreTimelinePlot *timeline() const { return m_timeline; }
    LedgerTableModel *ledgerModel() const { return m_ledgerModel; }
    QTableView *ledgerView() const { return m_ledgerView; }
    QTableView *eventView() const { return m_eventView; }
    // The lead's name (or its stand-in) above the detail.
    QString title() const;
    QFormLayout *fields() const { return m_fields; }
    EventTableModel *eventModel() const { return m_eventModel; }

private:
    void fillFields(const LeadDetail &detail);

    std::shared_ptr<const LeadDetail> m_detail;
    ElidedLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_fields;
    ScoreTimelinePlot *m_timeline;
    QTabWidget *m_tabs;
    LedgerTableModel *m_ledgerModel;
    EventTableModel *m_eventModel;
    QTableView *m_ledgerView;
    QTableView *m_eventView;
};

} // namespace LeadStage
