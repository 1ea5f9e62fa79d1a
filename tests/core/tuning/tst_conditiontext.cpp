#include "tuning/ConditionText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace LeadStage;

namespace {

QString json(const QJsonValue &value)
{
    return value.isUndefined() ? u"none"_qs
                               : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestConditionText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value"); // the value as JSON inside [ ]
        QTest::addColumn<QString>("described");

        QTest::newRow("attrs.campaign") << u"attrs.campaign"_qs << u"="_qs << u"webinar"_qs << uR"(["webinar"])"_qs
                                        << u"attrs.campaign = webinar"_qs;
        QTest::newRow("equals text") << u"country"_qs << u"="_qs << u" US "_qs << uR"(["US"])"_qs << u"country = US"_qs;
        QTest::newRow("equals number") << u"employees"_qs << u"="_qs << u"250"_qs << u"[250]"_qs
                                       << u"employees = 250"_qs;
        QTest::newRow("in list") << u"industry"_qs << u"in"_qs << u"Software, Finance,,"_qs
                                 << uR"([["Software","Finance"]])"_qs << u"industry in Software, Finance"_qs;
        QTest::newRow("in numbers") << u"employees"_qs << u"in"_qs << u"10, 20"_qs << u"[[10,20]]"_qs
                                    << u"employees in 10, 20"_qs;
        QTest::newRow("contains one word")
            << u"job_title"_qs << u"contains"_qs << u"VP"_qs << uR"(["VP"])"_qs << u"job_title contains VP"_qs;
        QTest::newRow("contains words") << u"job_title"_qs << u"contains"_qs << u"Chief, 42"_qs
                                        << uR"([["Chief","42"]])"_qs << u"job_title contains Chief, 42"_qs;
        QTest::newRow("at least") << u"TotalVisits"_qs << u">="_qs << u"5"_qs << u"[5]"_qs << u"TotalVisits >= 5"_qs;
        QTest::newRow("at most decimal") << u"score"_qs << u"<="_qs << u"-2.5"_qs << u"[-2.5]"_qs
                                         << u"score <= -2.5"_qs;
        QTest::newRow("between dash") << u"employees"_qs << u"between"_qs << u"50-5000"_qs << u"[[50,5000]]"_qs
                                      << u"employees between 50 – 5000"_qs;
        QTest::newRow("between en dash") << u"employees"_qs << u"between"_qs << u"50 – 5000"_qs << u"[[50,5000]]"_qs
                                         << u"employees between 50 – 5000"_qs;
        QTest::newRow("between negative")
            << u"delta"_qs << u"between"_qs << u"-10 to 10"_qs << u"[[-10,10]]"_qs << u"delta between -10 – 10"_qs;
        QTest::newRow("empty") << u"phone"_qs << u"empty"_qs << u""_qs << u"none"_qs << u"phone is empty"_qs;
        QTest::newRow("not empty") << u"phone"_qs << u"empty"_qs << u"no"_qs << u"[false]"_qs
                                   << u"phone is not empty"_qs;
    }

    void parses()
    {
        QFETCH(QString, field);
        QFETCH(QString, op);
        QFETCH(QString, text);
        QFETCH(QString, value);
        QFETCH(QString, described);
        const auto condition = ConditionText::parse(field, *fieldOpFromName(op), text);
        QVERIFY2(condition.ok(), condition.ok() ? "" : qPrintable(condition.error().toString()));
        QCOMPARE(json(condition->value), value);
        QCOMPARE(ConditionText::describe(*condition), described);
        QVERIFY(ConditionText::problem(*condition).isEmpty());
        // What the builder shows for a condition parses back to the same condition.
        const auto again = ConditionText::parse(field, condition->op, ConditionText::valueText(*condition));
        QVERIFY(again.ok());
        QCOMPARE(*again, *condition);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("what");

        QTest::newRow("no field") << u" "_qs << u"="_qs << u"US"_qs << u"the condition names no field"_qs;
        QTest::newRow("equals nothing") << u"country"_qs << u"="_qs << u""_qs << u"no value to compare with"_qs;
        QTest::newRow("empty list") << u"industry"_qs << u"in"_qs << u" , "_qs << u"the list is empty"_qs;
        QTest::newRow("at least text") << u"employees"_qs << u">="_qs << u"many"_qs << u"\"many\" is not a number"_qs;
        QTest::newRow("between one number")
            << u"employees"_qs << u"between"_qs << u"50"_qs << u"\"50\" is not a range"_qs;
        QTest::newRow("between reversed")
            << u"employees"_qs << u"between"_qs << u"5000 - 50"_qs << u"the low end 5000 is above the high end 50"_qs;
        QTest::newRow("attrs. without a key")
            << u"attrs."_qs << u"="_qs << u"x"_qs << u"\"attrs.\" names no extra column after attrs."_qs;
        QTest::newRow("empty maybe") << u"phone"_qs << u"empty"_qs << u"maybe"_qs
                                     << u"\"maybe\" is neither yes nor no"_qs;
    }

    void refuses()
    {
        QFETCH(QString, field);
        QFETCH(QString, op);
        QFETCH(QString, text);
        QFETCH(QString, what);
        const auto condition = ConditionText::parse(field, *fieldOpFromName(op), text);
        QVERIFY(!condition.ok());
        QCOMPARE(condition.error().what, what);
        QVERIFY(!condition.error().hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConditionText)
#include "tst_conditiontext.moc"
