#pragma once

#include <QStringList>
#include <QToolButton>

class QLineEdit;
class QListWidget;

namespace LeadStage {

// A compact multi-select: a button ("Source: all", "Source: 2 of 9") that drops
// down a checkable list. Nothing checked means all, as in MetricsFilter.
// However long or many the values, neither the button nor its list grows past a
// share of the screen: the button elides its text (the tooltip has it whole), the
// list scrolls, elides long values and, when they are many, offers a search.
class MultiSelectButton : public QToolButton
{
    Q_OBJECT

public:
    explicit MultiSelectButton(const QString &name, QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    QStringList checked() const;
    void setChecked(const QStringList &items);

    // The whole text the button would show with room enough.
    QString fullText() const { return m_fullText; }
    QListWidget *list() const { return m_list; }
    QLineEdit *search() const { return m_search; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();
    void showElidedText();
    void fitListToScreen();
    void showMatching(const QString &text);
    int textPadding() const;

    QString m_name;
    QString m_fullText;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace LeadStage
