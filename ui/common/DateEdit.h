#pragma once

#include <QDateEdit>

namespace LeadStage {

// A date field that takes a typed date as readily as a picked one: shown and typed
// in DisplayFormat's pattern (2025-10-31 unless the preferences ask for the
// language's own), a calendar to pick from, and a keystroke that cannot make a
// date is refused with a hint saying what to type rather than silently dropped.
// Typing is free text, checked when it is complete: QDateEdit's own section-wise
// typing jumps between day, month and year and loses what was typed over.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    // The hint last shown for refused input; empty once the text is a date again.
    QString hint() const { return m_hint; }

    QValidator::State validate(QString &input, int &position) const override;
    void fixup(QString &input) const override;

protected:
    QDateTime dateTimeFromText(const QString &text) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QDate parse(const QString &text) const;
    void showHint(const QString &hint);

    QString m_hint;
};

} // namespace LeadStage
