#include "DateEdit.h"

#include "DisplayFormat.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QToolTip>

namespace LeadStage {

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setTimeSpec(Qt::UTC);
    setDisplayFormat(DisplayFormat::datePattern());
    // Typing a whole date fires one change when it is complete, not one per digit.
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setToolTip(tr("Type a date as %1, or pick one from the calendar")
                   .arg(QLocale().toString(QDate(2025, 10, 31), displayFormat())));
    connect(lineEdit(), &QLineEdit::textChanged, this, [this] {
        QString text = lineEdit()->text();
        int position = lineEdit()->cursorPosition();
        if (!m_hint.isEmpty() && validate(text, position) == QValidator::Acceptable)
            showHint({});
    });
}

QDate DateEdit::parse(const QString &text) const
{
    // The pattern shown, and ISO always: a pasted 2025-10-31 is a date in any language.
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, displayFormat());
    if (!date.isValid())
        date = QDate::fromString(trimmed, Qt::ISODate);
    return date;
}

QValidator::State DateEdit::validate(QString &input, int &) const
{
    const QDate date = parse(input);
    if (date.isValid())
        return date >= minimumDate() && date <= maximumDate() ? QValidator::Acceptable : QValidator::Intermediate;
    // On its way to a date: digits and the separators of the pattern or of ISO, not too long.
    QString separators = u"-"_qs;
    for (const QChar c : displayFormat())
        if (!c.isLetter())
            separators += c;
    if (input.size() > std::max<qsizetype>(10, displayFormat().size()) + 2)
        return QValidator::Invalid;
    for (const QChar c : input)
        if (!c.isDigit() && !separators.contains(c) && c != u' ')
            return QValidator::Invalid;
    return QValidator::Intermediate;
}

void DateEdit::fixup(QString &input) const
{
    // What cannot be read as a date goes back to the date shown before.
    if (!parse(input).isValid())
        input = textFromDateTime(dateTime());
}

QDateTime DateEdit::dateTimeFromText(const QString &text) const
{
    const QDate date = parse(text);
    return date.isValid() ? date.startOfDay(Qt::UTC) : dateTime();
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString before = lineEdit()->text();
    const QString typed = event->text();
    const bool printable = !typed.isEmpty() && typed.at(0).isPrint()
                           && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (printable) {
        // Typing after a whole date starts a new one, as in a spreadsheet cell.
        QString text = before;
        int position = 0;
        if (!lineEdit()->hasSelectedText() && lineEdit()->cursorPosition() == before.size()
            && validate(text, position) == QValidator::Acceptable)
            lineEdit()->selectAll();
        lineEdit()->insert(typed); // the line edit asks validate(); QDateEdit would jump sections
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        QString text = before;
        int position = 0;
        const bool complete = validate(text, position) == QValidator::Acceptable;
        const QDate kept = date();
        QDateEdit::keyPressEvent(event);
        if (!complete)
            showHint(tr("“%1” is not a date: %2 is kept").arg(text, DisplayFormat::date(kept)));
        return;
    } else {
        QDateEdit::keyPressEvent(event);
    }
    // A printable key that left the text as it was is one the date could not take.
    if (printable && lineEdit()->text() == before)
        showHint(tr("“%1” cannot go there: type the date as %2, e.g. %3")
                     .arg(typed, displayFormat(), QLocale().toString(QDate(2025, 10, 31), displayFormat())));
}

void DateEdit::focusInEvent(QFocusEvent *event)
{
    QDateEdit::focusInEvent(event);
    // The whole date selected, not its year: what is typed replaces it.
    if (event->reason() != Qt::PopupFocusReason)
        QMetaObject::invokeMethod(
            this, [this] { lineEdit()->selectAll(); }, Qt::QueuedConnection);
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    QString text = lineEdit()->text();
    int position = 0;
    const bool complete = validate(text, position) == QValidator::Acceptable;
    const QDate kept = date();
    QDateEdit::focusOutEvent(event);
    if (!complete)
        showHint(tr("“%1” is not a date: %2 is kept").arg(text, DisplayFormat::date(kept)));
}

void DateEdit::showHint(const QString &hint)
{
    m_hint = hint;
    // A red frame while the hint stands; the tooltip says what to type.
    setStyleSheet(hint.isEmpty() ? QString() : u"QDateEdit { border: 1px solid #c0392b; }"_qs);
    if (hint.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(mapToGlobal(QPoint(0, height())), hint, this);
}

} // namespace LeadStage
