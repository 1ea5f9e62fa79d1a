#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

void choose(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_dateStyle(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_latest(new QRadioButton(tr("The latest data in the workspace, or the date chosen for it"), this))
    , m_fixed(new QRadioButton(tr("A fixed date:"), this))
    , m_date(new QDateEdit(this))
    , m_languageNote(new QLabel(this))
{
    setObjectName(u"preferencesDialog"_qs);
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(u"languageChoice"_qs);
    // Each language in its own words, so that whoever reads a wrong one still finds theirs.
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("As the system") : tr("As the system (%1)").arg(systemLanguage),
                        QString());
    m_language->addItem(u"English"_qs, u"en"_qs);
    m_language->addItem(u"Deutsch"_qs, u"de"_qs);
    m_language->addItem(u"Français"_qs, u"fr"_qs);
    m_language->addItem(u"Español"_qs, u"es"_qs);
    choose(m_language, AppSettings::language().get());
    m_languageNote->setObjectName(u"languageNote"_qs);
    m_languageNote->setWordWrap(true);

    m_dateStyle->setObjectName(u"dateStyleChoice"_qs);
    const QDate sample(2025, 10, 31);
    m_dateStyle->addItem(tr("ISO 8601 (%1)").arg(sample.toString(Qt::ISODate)), u"iso"_qs);
    m_dateStyle->addItem(tr("The language's own (%1)").arg(QLocale().toString(sample, QLocale::ShortFormat)),
                         u"locale"_qs);
    choose(m_dateStyle, AppSettings::dateStyle().get());

    m_theme->setObjectName(u"themeChoice"_qs);
    m_theme->addItem(tr("As the system"), u"system"_qs);
    m_theme->addItem(tr("Light"), u"light"_qs);
    m_theme->addItem(tr("Dark"), u"dark"_qs);
    choose(m_theme, AppSettings::theme().get());

    m_latest->setObjectName(u"latestAnalysisDate"_qs);
    m_fixed->setObjectName(u"fixedAnalysisDate"_qs);
    m_date->setObjectName(u"fixedAnalysisDateEdit"_qs);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_qs);
    const QDate fixed = QDate::fromString(AppSettings::analysisDate().get(), Qt::ISODate);
    m_date->setDate(fixed.isValid() ? fixed : QDate::currentDate());
    (fixed.isValid() ? m_fixed : m_latest)->setChecked(true);
    m_date->setEnabled(fixed.isValid());
    connect(m_fixed, &QRadioButton::toggled, m_date, &QWidget::setEnabled);
    auto *dateBox = new QGroupBox(tr("Analysis date a workspace opens at"), this);
    auto *dateLayout = new QVBoxLayout(dateBox);
    dateLayout->addWidget(m_latest);
    auto *fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_fixed);
    fixedRow->addWidget(m_date);
    fixedRow->addStretch();
    dateLayout->addLayout(fixedRow);
    auto *dateNote = new QLabel(tr("Stages, decay and the dashboard are worked out as of this date. A fixed date "
                                   "rescores a workspace that was scored at another date when it opens, and is kept "
                                   "in it."),
                                dateBox);
    dateNote->setWordWrap(true);
    dateNote->setForegroundRole(QPalette::PlaceholderText);
    dateLayout->addWidget(dateNote);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Dates:"), m_dateStyle);
    form->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNotes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(dateBox);
    layout->addStretch();
    layout->addWidget(buttons);
    updateNotes();
    resize(560, sizeHint().height());
}

void PreferencesDialog::updateNotes()
{
    const bool changed = m_language->currentData().toString() != AppSettings::language().get();
    m_languageNote->setText(changed ? tr("The new language is used from the next start of LeadStage.")
                                    : tr("A new language is used from the next start of LeadStage."));
}

void PreferencesDialog::apply()
{
    AppSettings::language().set(m_language->currentData().toString());
    AppSettings::dateStyle().set(m_dateStyle->currentData().toString());
    const QString theme = m_theme->currentData().toString();
    if (theme != AppSettings::theme().get()) {
        AppSettings::theme().set(theme);
        Theme::apply(theme);
    }
    const QString date = m_fixed->isChecked() ? m_date->date().toString(Qt::ISODate) : QString();
    if (date != AppSettings::analysisDate().get()) {
        AppSettings::analysisDate().set(date);
        Q_EMIT analysisDateChanged();
    }
}

} // namespace LeadStage
