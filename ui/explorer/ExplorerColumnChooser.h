#pragma once

#include <QObject>
#include <QStringList>

class QHeaderView;
class QMenu;

namespace LeadStage {

class LeadTableModel;

// Which of the explorer's columns are shown: a checkable list in the header's context
// menu, remembered between runs. The fixed columns start shown; the CRM id and the
// import's extra columns (attributes) start hidden, as a workspace may have dozens.
class ExplorerColumnChooser : public QObject
{
    Q_OBJECT

public:
    ExplorerColumnChooser(QHeaderView *header, LeadTableModel *model);

    // The menu as the header shows it: one checkable action per column.
    QMenu *makeMenu(QWidget *parent);
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;
    // The width a section needs to show its header text whole, sort arrow included.
    static int headerWidth(const QHeaderView *header, int column);
    // The name a column is remembered by: stable across languages and workspaces.
    QString columnKey(int column) const;

private:
    void apply();

    QHeaderView *m_header;
    LeadTableModel *m_model;
};

} // namespace LeadStage
