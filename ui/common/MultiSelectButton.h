#pragma once

#include <QStringList>
#include <QToolButton>

class QListWidget;

namespace LeadStage {

// A compact multi-select: a button ("Source: all", "Source: 2 of 9") that drops
// down a checkable list. Nothing checked means all, as in MetricsFilter.
class MultiSelectButton : public QToolButton
{
    Q_OBJECT

public:
    explicit MultiSelectButton(const QString &name, QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    QStringList checked() const;
    void setChecked(const QStringList &items);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateText();

    QString m_name;
    QListWidget *m_list;
};

} // namespace LeadStage
