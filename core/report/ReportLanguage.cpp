#include "ReportLanguage.h"

#include "common/TimeFormat.h"
#include "scoring/LeadScore.h"
#include "scoring/ScoringModel.h"
#include "tuning/BackTest.h"
#include "tuning/ModelWording.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

#include <cmath>

namespace LeadStage {

namespace {

const QString translationFolder = u":/i18n"_qs;

// Marked here so lupdate collects them; the English text is the model file's word.
constexpr const char *stageWords[] = {
    QT_TRANSLATE_NOOP("Report", "Lead"),    QT_TRANSLATE_NOOP("Report", "IQL"),
    QT_TRANSLATE_NOOP("Report", "MQL"),     QT_TRANSLATE_NOOP("Report", "PQL"),
    QT_TRANSLATE_NOOP("Report", "SQL"),     QT_TRANSLATE_NOOP("Report", "Opportunity"),
    QT_TRANSLATE_NOOP("Report", "Customer")};
constexpr const char *trackWords[] = {QT_TRANSLATE_NOOP("Report", "info"), QT_TRANSLATE_NOOP("Report", "intent"),
                                      QT_TRANSLATE_NOOP("Report", "product")};
constexpr const char *outcomeWords[] = {QT_TRANSLATE_NOOP("Report", "sql"), QT_TRANSLATE_NOOP("Report", "opportunity"),
                                        QT_TRANSLATE_NOOP("Report", "customer")};

QString withSign(const QString &magnitude, double value)
{
    // A real minus sign: a hyphen next to a number reads as a dash, and a text that
    // starts with one would need the formula escape.
    if (value > 0)
        return u'+' + magnitude;
    if (value < 0)
        return QChar(0x2212) + magnitude;
    return u"±"_qs + magnitude;
}

} // namespace

ReportLanguage::ReportLanguage(const QString &code)
    : m_code(code)
    , m_locale(code)
{
    // Numbers are written without the group separator's non-breaking variants some
    // locales use, so a German "1.412" reads the same in every viewer.
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
    if (code != u"en"_qs) {
        auto translator = std::make_shared<QTranslator>();
        if (translator->load(u"leadstage_"_qs + code, translationFolder))
            m_translator = std::move(translator);
    }
}

QStringList ReportLanguage::available()
{
    QStringList codes{u"en"_qs};
    const QStringList files = QDir(translationFolder).entryList({u"leadstage_*.qm"_qs}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(10, file.size() - 13);
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

QString ReportLanguage::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString ReportLanguage::text(const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate("Report", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString ReportLanguage::count(std::int64_t value) const
{
    return m_locale.toString(qlonglong(value));
}

QString ReportLanguage::fraction(std::optional<double> value) const
{
    if (!value)
        return none();
    return m_locale.toString(*value * 100.0, 'f', 1) + u" %"_qs;
}

QString ReportLanguage::days(std::optional<double> value) const
{
    if (!value)
        return none();
    return text(QT_TRANSLATE_NOOP("Report", "%1 days")).arg(m_locale.toString(*value, 'f', 1));
}

QString ReportLanguage::decimal(std::optional<double> value, int places) const
{
    if (!value)
        return none();
    return m_locale.toString(*value, 'f', places);
}

QString ReportLanguage::signedCount(double change) const
{
    return withSign(m_locale.toString(std::abs(change), 'f', 0), change);
}

QString ReportLanguage::signedPoints(double change) const
{
    return text(QT_TRANSLATE_NOOP("Report", "%1 pp"))
        .arg(withSign(m_locale.toString(std::abs(change) * 100.0, 'f', 1), change));
}

QString ReportLanguage::signedDays(double change) const
{
    return text(QT_TRANSLATE_NOOP("Report", "%1 days"))
        .arg(withSign(m_locale.toString(std::abs(change), 'f', 1), change));
}

QString ReportLanguage::signedPercent(double change) const
{
    return withSign(m_locale.toString(std::abs(change) * 100.0, 'f', 0), change) + u" %"_qs;
}

QString ReportLanguage::percent(double change) const
{
    return m_locale.toString(change * 100.0, 'f', 0) + u" %"_qs;
}

QString ReportLanguage::date(std::int64_t utcSeconds) const
{
    return isoDate(utcSeconds);
}

QString ReportLanguage::stage(Stage stage) const
{
    return text(stageWords[std::size_t(stage)]);
}

QString ReportLanguage::track(Track track) const
{
    return text(trackWords[std::size_t(track)]);
}

QString ReportLanguage::pays(const ScoringRule &rule) const
{
    switch (rule.pays) {
    case PayMode::Each:
        return text(QT_TRANSLATE_NOOP("Report", "each"));
    case PayMode::Once:
        return text(QT_TRANSLATE_NOOP("Report", "once"));
    case PayMode::AtCount:
        return text(QT_TRANSLATE_NOOP("Report", "at count %1")).arg(rule.count);
    }
    return ModelWording::pays(rule);
}

QString ReportLanguage::outcome(const BackTestRequest &request) const
{
    if (!m_translator)
        return outcomeName(request); // English: the command line's word
    if (request.recordedStage)
        return text(QT_TRANSLATE_NOOP("Report", "%1 (recorded by the CRM)")).arg(stage(*request.recordedStage));
    return text(outcomeWords[std::size_t(request.outcome)]);
}

} // namespace LeadStage
