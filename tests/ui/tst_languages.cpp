#include "Application.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "common/DisplayFormat.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoWorkspace.h"
#include "metrics/DashboardFormat.h"
#include "metrics/KpiText.h"
#include "metrics/ReferenceBands.h"
#include "scoring/LeadScore.h"
#include "scoring/ScoringModel.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace LeadStage;

namespace {

// The English sources a language translates differently, as whole-text patterns
// (placeholders match anything); only those with a word of their own, so "%1: %2" or
// "%1 (%2)" do not match everything.
QList<QRegularExpression> englishPatterns(const QString &language)
{
    QFile file(QStringLiteral(LEADSTAGE_TRANSLATIONS) + u"/leadstage_"_qs + language + u".ts"_qs);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    static const QRegularExpression placeholder(u"%[1-9n]"_qs);
    static const QRegularExpression word(u"[A-Za-z]{4,}"_qs);
    QList<QRegularExpression> patterns;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QString literal = source;
            literal.remove(placeholder);
            literal.remove(u'&');
            // A mnemonic moved or dropped is no translation: compare without "&".
            if (translation.remove(u'&') == QString(source).remove(u'&') || !literal.contains(word))
                continue;
            QStringList parts = source.split(placeholder);
            // Words the language spells the same ("sources" in French) tell nothing.
            const bool sameWords = std::all_of(parts.begin(), parts.end(), [&](const QString &part) {
                return translation.contains(QString(part).remove(u'&').trimmed());
            });
            if (sameWords)
                continue;
            for (QString &part : parts)
                part = QRegularExpression::escape(part);
            patterns << QRegularExpression(u"^"_qs + parts.join(u".*"_qs) + u"$"_qs,
                                           QRegularExpression::DotMatchesEverythingOption);
        }
    }
    return patterns;
}

// What the window shows as text: labels, buttons, menus, tabs, group titles, headers.
QStringList shownTexts(QWidget &window)
{
    QStringList texts;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisibleTo(&window))
            texts << label->text();
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&window))
            texts << button->text();
    for (QGroupBox *group : window.findChildren<QGroupBox *>())
        if (group->isVisibleTo(&window))
            texts << group->title();
    for (QTabBar *bar : window.findChildren<QTabBar *>())
        for (int i = 0; i < bar->count(); ++i)
            texts << bar->tabText(i);
    if (auto *main = qobject_cast<QMainWindow *>(&window))
        for (QAction *menu : main->menuBar()->actions())
            texts << menu->text();
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        if (!view->isVisibleTo(&window) || !view->model())
            continue;
        for (int column = 0; column < view->model()->columnCount(); ++column)
            texts << view->model()->headerData(column, Qt::Horizontal).toString();
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

} // namespace

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
    void theWindowIsInItsLanguage_data();
    void theWindowIsInItsLanguage();
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
    QCOMPARE(DisplayFormat::leads(1), u"1 lead"_qs);
    QCOMPARE(DisplayFormat::leads(2), u"2 leads"_qs);
    QCOMPARE(DisplayFormat::leads(9240), u"9,240 leads"_qs);
    QCOMPARE(DisplayFormat::events(1), u"1 event"_qs);
    QCOMPARE(DisplayFormat::outcomes(2), u"2 outcomes"_qs);
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

void TestLanguages::theWindowIsInItsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("days"); // the unit on the time-to-MQL tile
    QTest::newRow("fr") << u"fr"_qs << u"&Fichier"_qs << u"jours"_qs;
    QTest::newRow("es") << u"es"_qs << u"&Archivo"_qs << u"días"_qs;
    QTest::newRow("de") << u"de"_qs << u"&Datei"_qs << u"Tage"_qs;
}

// The dashboard of a demo workspace in each language: menus, tiles, charts' titles and
// tables' headers are translated — no English text the language translates is left.
// Also keeps a picture per language and window size for a person to look at.
void TestLanguages::theWindowIsInItsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, days);
    QStandardPaths::setTestModeEnabled(true);
    Application::describe();
    StoredSettings::clearAll();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Pipeline.leadstage"_qs);
    DemoOptions options;
    options.leads = 1500;
    QVERIFY(createDemoWorkspace(path, options, nullptr));

    use(language);
    const QList<QRegularExpression> english = englishPatterns(language);
    QVERIFY(english.size() > 1000);
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        MainWindow window;
        window.resize(size);
        window.show();
        QSignalSpy opened(&window, &MainWindow::workspaceOpened);
        window.openWorkspace(path);
        QVERIFY(opened.wait(30000));
        DashboardView *dashboard = window.findChild<DashboardView *>();
        QVERIFY(dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->result() && !dashboard->isBusy(), 30000);

        QCOMPARE(window.menuBar()->actions().value(0)->text(), fileMenu);
        const QStringList shown = shownTexts(window);
        QVERIFY(shown.size() > 20);
        QVERIFY2(shown.join(u'\n').contains(days), qPrintable(shown.join(u'\n')));
        QStringList left;
        for (const QString &text : shown)
            for (const QRegularExpression &pattern : english)
                if (pattern.match(text).hasMatch()) {
                    left << text + u"  ←  "_qs + pattern.pattern();
                    break;
                }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        const int scale = qRound(window.devicePixelRatioF() * 100);
        Testing::saveScreenshot(
            window, u"languages-%1-%2x%3-%4.png"_qs.arg(language).arg(size.width()).arg(size.height()).arg(scale));
    }
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
