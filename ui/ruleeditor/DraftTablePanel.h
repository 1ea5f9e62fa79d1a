#pragma once

#include "common/Result.h"

#include <QWidget>

#include <functional>

class QAbstractItemDelegate;
class QTableView;
class QToolButton;

namespace LeadStage {

class DraftTableModel;

// A table of one of the draft's lists with Add, Delete and (where order matters)
// Move Up / Move Down; the buttons call the draft's edits through the callbacks.
class DraftTablePanel : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        std::function<Status(int at)> add; // insert a new item at `at`
        std::function<Status(int row)> remove;
        std::function<Status(int from, int to)> move; // empty: the order does not matter
    };

    DraftTablePanel(const QString &name, DraftTableModel *model, QAbstractItemDelegate *delegate, Actions actions,
                    QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The column that takes the room left (the last one unless told).
    void stretchColumn(int column);
    int currentRow() const;

Q_SIGNALS:
    void refused(const LeadStage::Error &error);

private:
    void run(const Status &status, int select);
    void updateButtons();

    DraftTableModel *m_model;
    QTableView *m_view;
    Actions m_actions;
    QToolButton *m_remove, *m_up = nullptr, *m_down = nullptr;
};

} // namespace LeadStage
