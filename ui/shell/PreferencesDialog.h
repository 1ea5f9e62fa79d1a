#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace LeadStage {

// Edit → Preferences…: language (at the next start), date style, theme (at once) and the
// analysis date a workspace opens at. OK writes AppSettings; Cancel changes nothing.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *language() const { return m_language; }
    QComboBox *dateStyle() const { return m_dateStyle; }
    QComboBox *theme() const { return m_theme; }
    QRadioButton *latestDate() const { return m_latest; }
    QRadioButton *fixedDate() const { return m_fixed; }
    QDateEdit *fixedDateEdit() const { return m_date; }

    // Writes the choices to AppSettings and applies the theme.
    void apply();

Q_SIGNALS:
    // The analysis-date preference changed: the open workspace may want its scores at another date.
    void analysisDateChanged();

private:
    void updateNotes();

    QComboBox *m_language;
    QComboBox *m_dateStyle;
    QComboBox *m_theme;
    QRadioButton *m_latest;
    QRadioButton *m_fixed;
    QDateEdit *m_date;
    QLabel *m_languageNote;
};

} // namespace LeadStage
