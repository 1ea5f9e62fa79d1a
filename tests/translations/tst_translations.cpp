#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <map>
#include <tuple>

namespace {

// A message as lupdate names it: context, source and disambiguation.
struct MessageKey
{
    QString context;
    QString source;
    QString comment;
    bool operator<(const MessageKey &other) const
    {
        return std::tie(context, source, comment) < std::tie(other.context, other.source, other.comment);
    }
};

struct Message
{
    bool numerus = false;
    QString type; // "" when finished, else "unfinished", "vanished", "obsolete"
    QStringList forms;
};

struct TsFile
{
    QString language;
    std::map<MessageKey, Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    MessageKey key;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                key = {context, {}, {}};
                message = Message{};
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source") {
                key.source = xml.readElementText();
            } else if (name == u"comment") {
                key.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (name == u"numerusform") {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages[key] = message;
        }
    }
    if (xml.hasError())
        ts.error = u"%1 at line %2"_qs.arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QString folder()
{
    return QStringLiteral(LEADSTAGE_TRANSLATIONS);
}

QString describe(const MessageKey &key)
{
    return u"[%1] \"%2\""_qs.arg(key.context, key.source.left(80));
}

// %1…%9 and %n (also as %L1, %Ln) a text uses.
QSet<QString> placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?([1-9]|n)"_qs);
    QSet<QString> found;
    for (const auto &match : placeholder.globalMatch(text))
        found.insert(u'%' + match.captured(1));
    return found;
}

// A keyboard mnemonic: one "&" before a letter, not "&&".
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(u"(^|[^&])&[^&\\s]"_qs);
    return mnemonic.match(text).hasMatch();
}

// The languages that use their first plural form for n = 1 alone may spell it ("1 lead").
bool firstFormIsOne(const QString &language)
{
    return language == u"en"_qs || language == u"de"_qs;
}

QString languageOf(const QString &fileName)
{
    return fileName.mid(10, fileName.size() - 13); // leadstage_<language>.ts
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLanguagesAreThere()
    {
        const QStringList files = QDir(folder()).entryList({u"leadstage_*.ts"_qs}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{u"leadstage_de.ts"_qs, u"leadstage_en.ts"_qs, u"leadstage_es.ts"_qs,
                                     u"leadstage_fr.ts"_qs}));
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : QDir(folder()).entryList({u"leadstage_*.ts"_qs}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        const TsFile ts = readTs(QDir(folder()).filePath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        const QString language = languageOf(file);
        QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
        QVERIFY(!ts.messages.empty());
        QStringList problems;
        for (const auto &[key, message] : ts.messages) {
            if (!message.type.isEmpty()) {
                problems << u"%1 is %2"_qs.arg(describe(key), message.type);
                continue;
            }
            const qsizetype expectedForms = message.numerus ? 2 : 1; // all four languages have two
            if (message.forms.size() != expectedForms) {
                problems << u"%1 has %2 forms"_qs.arg(describe(key)).arg(message.forms.size());
                continue;
            }
            const QSet<QString> wanted = placeholdersOf(key.source);
            for (qsizetype i = 0; i < message.forms.size(); ++i) {
                const QString &form = message.forms[i];
                if (form.isEmpty()) {
                    problems << u"%1 has an empty translation"_qs.arg(describe(key));
                    continue;
                }
                QSet<QString> needed = wanted;
                if (message.numerus && i == 0 && firstFormIsOne(language))
                    needed.remove(u"%n"_qs);
                const QSet<QString> lost = needed - placeholdersOf(form);
                if (!lost.isEmpty())
                    problems << u"%1 loses %2 in \"%3\""_qs.arg(describe(key), QStringList(lost.values()).join(u", "),
                                                                form);
                if (hasMnemonic(key.source) != hasMnemonic(form))
                    problems << u"%1: the mnemonic & differs in \"%2\""_qs.arg(describe(key), form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // French and Spanish hold what German holds; English holds the plural messages only.
    void theLanguagesHoldTheSameMessages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fr") << u"leadstage_fr.ts"_qs;
        QTest::newRow("es") << u"leadstage_es.ts"_qs;
        QTest::newRow("en") << u"leadstage_en.ts"_qs;
    }

    void theLanguagesHoldTheSameMessages()
    {
        QFETCH(QString, file);
        const TsFile german = readTs(QDir(folder()).filePath(u"leadstage_de.ts"_qs));
        const TsFile other = readTs(QDir(folder()).filePath(file));
        QVERIFY(german.error.isEmpty() && other.error.isEmpty());
        const bool pluralsOnly = languageOf(file) == u"en"_qs;
        QStringList problems;
        qsizetype expected = 0;
        for (const auto &[key, message] : german.messages) {
            if (pluralsOnly && !message.numerus)
                continue;
            ++expected;
            if (!other.messages.contains(key))
                problems << u"missing %1"_qs.arg(describe(key));
        }
        for (const auto &[key, message] : other.messages) {
            if (!german.messages.contains(key))
                problems << u"not in German: %1"_qs.arg(describe(key));
            else if (message.numerus != german.messages.at(key).numerus)
                problems << u"plural in one file only: %1"_qs.arg(describe(key));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(qsizetype(other.messages.size()), expected);
    }

    // The check itself catches what it is for: a hand-made file with each fault.
    void aFaultyFileIsCaught()
    {
        QVERIFY(placeholdersOf(u"%n lead(s) in %1 and %L2"_qs) == (QSet<QString>{u"%n"_qs, u"%1"_qs, u"%2"_qs}));
        QVERIFY(hasMnemonic(u"&Open…"_qs));
        QVERIFY(!hasMnemonic(u"R && D"_qs));
        QVERIFY(!hasMnemonic(u"Open…"_qs));
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
