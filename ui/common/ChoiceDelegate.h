#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace LeadStage {

// A table column of drop-downs drawn by one delegate: each cell is painted as a combo
// box showing its choice, and a real combo box exists only while a cell is edited. A
// combo box widget per row cost the import wizard's mapping page 6 ms to build and
// 11 ms to paint for 13 columns (issue 20: the GUI thread is never blocked over 16 ms).
// The cell's value is in `ValueRole`, its label in the display role; the delegate writes
// only the value, the view's owner turns it into a label (and anything else it changes).
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int ValueRole = Qt::UserRole;

    struct Choice
    {
        QString label;
        QVariant value;
    };

    explicit ChoiceDelegate(QObject *parent = nullptr);

    // The same choices for every cell of the column.
    void setChoices(QList<Choice> choices);
    const QList<Choice> &choices() const { return m_choices; }
    // The label of `value`, or an empty string when it is not a choice.
    QString labelOf(const QVariant &value) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
    int m_characters = 12; // the longest choice, counted as CompactComboBox counts it
};

} // namespace LeadStage
