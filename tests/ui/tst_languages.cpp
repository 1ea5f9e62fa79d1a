#include "metrics/DashboardFormat.h"
#include "metrics/KpiText.h"
#include "metrics/ReferenceBands.h"
#include "scoring/LeadScore.h"
#include "scoring/ScoringModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace LeadStage;

// The window's translations as compiled in: every language is there, the texts core
// builds for the window (units, KPI titles, stage and track names) follow the language
// and its number format, and English counts read "1 lead" / "2 leads".
class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageIsCompiledIn_data();
    void everyLanguageIsCompiledIn();
    void englishCountsReadAsCounted();
    void coreTextsFollowTheLanguage_data();
    void coreTextsFollowTheLanguage();
    void cleanup();

private:
    void use(const QString &language);
    std::unique_ptr<QTranslator> m_translator;
};

void TestLanguages::use(const QString &language)
{
    cleanup();
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(u":/i18n/leadstage_"_qs + language + u".qm"_qs));
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(language));
}

void TestLanguages::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLanguages::everyLanguageIsCompiledIn_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "en", "es", "fr"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestLanguages::everyLanguageIsCompiledIn()
{
    QFETCH(QString, language);
    QVERIFY(QFile::exists(u":/i18n/leadstage_"_qs + language + u".qm"_qs));
}

void TestLanguages::englishCountsReadAsCounted()
{
    use(u"en"_qs);
    const char *source = "%n lead(s) selected, as of %1";
    QCOMPARE(QCoreApplication::translate("LeadStage::DashboardView", source, nullptr, 1).arg(u"2025-12-31"_qs),
             u"1 lead selected, as of 2025-12-31"_qs);
    QCOMPARE(QCoreApplication::translate("LeadStage::DashboardView", source, nullptr, 2).arg(u"2025-12-31"_qs),
             u"2 leads selected, as of 2025-12-31"_qs);
    QCOMPARE(QCoreApplication::translate("LeadStage::LeadExplorer", "%n row(s) copied.", nullptr, 1),
             u"1 row copied."_qs);
}

void TestLanguages::coreTextsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("days");        // DashboardFormat::days(130.5)
    QTest::addColumn<QString>("points");      // DashboardFormat::signedPoints(0.012)
    QTest::addColumn<QString>("title");       // KpiText::titleOf(TimeToMql)
    QTest::addColumn<QString>("band");        // KpiText::bandRange(Generation)
    QTest::addColumn<QString>("opportunity"); // stageTitle(Opportunity)
    QTest::addColumn<QString>("intent");      // trackTitle(Intent)
    QTest::newRow("en") << u"en"_qs << u"130.5 days"_qs << u"+1.2 pp"_qs << u"Median time to MQL"_qs
                        << u"300–500 IQLs / month"_qs << u"Opportunity"_qs << u"intent"_qs;
    QTest::newRow("de") << u"de"_qs << u"130,5 Tage"_qs << u"+1,2 PP"_qs << u"Mediane Zeit bis MQL"_qs
                        << u"300–500 IQLs / Monat"_qs << u"Opportunity"_qs << u"Intent"_qs;
    QTest::newRow("fr") << u"fr"_qs << u"130,5 jours"_qs << u"+1,2 pts"_qs << u"Délai médian jusqu’au MQL"_qs
                        << u"300–500 IQL / mois"_qs << u"Opportunité"_qs << u"intention"_qs;
    QTest::newRow("es") << u"es"_qs << u"130,5 días"_qs << u"+1,2 p. p."_qs << u"Tiempo mediano hasta MQL"_qs
                        << u"300–500 IQL / mes"_qs << u"Oportunidad"_qs << u"intención"_qs;
}

void TestLanguages::coreTextsFollowTheLanguage()
{
    QFETCH(QString, language);
    use(language);
    QTEST(DashboardFormat::days(130.5), "days");
    QTEST(DashboardFormat::signedPoints(0.012), "points");
    QTEST(KpiText::titleOf(IqlMetric::TimeToMql), "title");
    QTEST(KpiText::bandRange(ReferenceBands::of(IqlMetric::Generation)), "band");
    QTEST(stageTitle(Stage::Opportunity), "opportunity");
    QTEST(trackTitle(Track::Intent), "intent");
    // The stored words do not move: files, the database and the command line use them.
    QCOMPARE(stageName(Stage::Opportunity), u"Opportunity"_qs);
    QCOMPARE(trackName(Track::Intent), u"intent"_qs);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
