// Errors core builds reach the window in its language: their texts go through
// QCoreApplication::translate, and without a translator (the command line) they stay
// the English texts exactly.
#include "common/Error.h"
#include "import/CsvReader.h"
#include "import/DateParser.h"
#include "report/ReportRequest.h"
#include "scoring/ModelJson.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace LeadStage;

namespace {

// Marks every text it is asked for, so a test sees which texts were translated.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return u"«"_qs + QString::fromUtf8(sourceText) + u"»"_qs;
    }
    bool isEmpty() const override { return false; }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestErrorLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Error errorOf(const QString &which)
    {
        if (which == u"csv"_qs) {
            CsvReader reader;
            const QString path = writeFile(m_dir, u"empty.csv"_qs, {});
            Status opened = reader.open(path);
            if (opened)
                opened = reader.read([](const CsvRecord &) { return true; });
            return opened ? Error{} : opened.error();
        }
        if (which == u"workspace"_qs) {
            const QString path =
                writeFile(m_dir, u"foreign.leadstage"_qs, QByteArray("this is a text file, not SQLite\n"));
            auto opened = Workspace::open(path, Workspace::Options{});
            return opened ? Error{} : opened.error();
        }
        if (which == u"model"_qs) {
            auto model = ModelJson::read(QByteArray("{\"format\": "));
            return model ? Error{} : model.error();
        }
        auto request = ReportRequest::fromJson(QJsonObject{{u"quarter"_qs, u"not a quarter"_qs}});
        return request ? Error{} : request.error();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void texts_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("english"); // the start of the English text, as the command line shows it
        QTest::newRow("broken CSV import") << u"csv"_qs << u"the file is empty"_qs;
        QTest::newRow("foreign workspace") << u"workspace"_qs << u"is not a LeadStage workspace"_qs;
        QTest::newRow("invalid model JSON") << u"model"_qs << u"not valid JSON at line"_qs;
        QTest::newRow("report request") << u"report"_qs << u"the report's manifest has a bad request: no quarter"_qs;
    }

    // Words core puts into a translated sentence are translated too: a month's name.
    void wordsInsideASentence()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const auto parsed = DateParser::parse(u"2025-02-30", DateFormat::Iso8601);
        QCoreApplication::removeTranslator(&marking);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().what.contains(u"«February»"_qs), qPrintable(parsed.error().what));
        const auto plain = DateParser::parse(u"2025-02-30", DateFormat::Iso8601);
        QVERIFY(!plain);
        QVERIFY2(plain.error().what.contains(u"February 2025 has no day 30"_qs), qPrintable(plain.error().what));
    }

    void texts()
    {
        QFETCH(QString, which);
        QFETCH(QString, english);

        const Error plain = errorOf(which);
        QVERIFY2(plain.what.startsWith(english), qPrintable(plain.what));
        QVERIFY(!plain.what.contains(u'«'));

        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const Error translated = errorOf(which);
        QCoreApplication::removeTranslator(&marking);

        QVERIFY2(translated.what.startsWith(u'«'), qPrintable(translated.what));
        QVERIFY2(translated.what.contains(english.left(12)), qPrintable(translated.what));
        if (!plain.hint.isEmpty())
            QVERIFY2(translated.hint.startsWith(u'«'), qPrintable(translated.hint));
        // Without the translator again, the same English as before.
        QCOMPARE(errorOf(which).what, plain.what);
    }
};

QTEST_GUILESS_MAIN(TestErrorLanguage)
#include "tst_errorlanguage.moc"
