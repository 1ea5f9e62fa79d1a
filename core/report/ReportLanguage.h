#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>

class QTranslator;

namespace LeadStage {

enum class Stage : std::uint8_t;
enum class Track : std::uint8_t;
struct ScoringRule;
struct BackTestRequest;

// The report's language, apart from the window's: its texts are looked up in that
// language's translation (the window's own .qm files under :/i18n), its numbers and
// dates written in that language's locale. Texts are marked with
// QT_TRANSLATE_NOOP("Report", …) where they are written, so lupdate collects them.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &code = u"en"_qs);

    // "en" and every language with a translation compiled in ("de", …), sorted.
    static QStringList available();
    static bool isAvailable(const QString &code) { return available().contains(code); }
    // The language's own name ("English", "Deutsch").
    static QString nativeName(const QString &code);

    const QString &code() const { return m_code; }
    const QLocale &locale() const { return m_locale; }

    // A text marked QT_TRANSLATE_NOOP("Report", …), in the report's language.
    QString text(const char *source) const;

    QString count(std::int64_t value) const;             // "1,412"
    QString fraction(std::optional<double> value) const; // 0.213 → "21.3 %"; none → "–"
    QString days(std::optional<double> value) const;     // "134.5 days"
    QString decimal(std::optional<double> value, int places) const;
    QString signedCount(double change) const;    // "+23", "−4"
    QString signedPoints(double change) const;   // a change of fractions: "+1.2 pp"
    QString signedDays(double change) const;     // "−4.5 days"
    QString signedPercent(double change) const;  // a relative change: "+12 %"
    QString percent(double change) const;        // a relative size: 0.12 → "12 %"
    QString date(std::int64_t utcSeconds) const; // ISO: "2025-12-31"
    static QString none() { return u"–"_qs; }

    // The model's own words, in the report's language; in English exactly as the
    // model file and the command line write them ("Opportunity", "intent", "at count 3").
    QString stage(Stage stage) const;
    QString track(Track track) const;
    QString pays(const ScoringRule &rule) const;
    QString outcome(const BackTestRequest &request) const; // "customer", "recorded:sql"

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace LeadStage
