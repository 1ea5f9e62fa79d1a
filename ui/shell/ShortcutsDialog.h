#pragma once

#include <QDialog>

class QTableWidget;

namespace LeadStage {

// Help → Keyboard Shortcuts: every action of the window that has a key, read from the
// actions themselves (shortcutsOf), with the menu or page it belongs to.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace LeadStage
