// Field and fit conditions (every operator of DESIGN §3) and fit points with their
// grade. Detail globs: tst_glob.

#include "ScoringFixture.h"
#include "scoring/ConditionMatcher.h"
#include "scoring/ScoringEngine.h"

#include <QJsonArray>
#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

class FieldConditionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operators_data();
    void operators();
    void fieldRulesOnLeadFields_data();
    void fieldRulesOnLeadFields();
    void fitAndGrade_data();
    void fitAndGrade();
};

void FieldConditionsTest::operators_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    const QJsonArray list{u"Software"_qs, u"Finance"_qs};
    QTest::newRow("= text, any case") << u"="_qs << QJsonValue(u"software"_qs) << u"Software "_qs << true;
    QTest::newRow("= text differs") << u"="_qs << QJsonValue(u"Software"_qs) << u"Retail"_qs << false;
    QTest::newRow("= number") << u"="_qs << QJsonValue(200) << u"200"_qs << true;
    QTest::newRow("= number against text") << u"="_qs << QJsonValue(200) << u"two hundred"_qs << false;
    QTest::newRow("!= differs") << u"!="_qs << QJsonValue(u"Software"_qs) << u"Retail"_qs << true;
    QTest::newRow("!= same") << u"!="_qs << QJsonValue(u"Software"_qs) << u"SOFTWARE"_qs << false;
    QTest::newRow("!= holds for an empty field") << u"!="_qs << QJsonValue(u"Software"_qs) << QString() << true;
    QTest::newRow("in, listed") << u"in"_qs << QJsonValue(list) << u"finance"_qs << true;
    QTest::newRow("in, not listed") << u"in"_qs << QJsonValue(list) << u"Retail"_qs << false;
    QTest::newRow("contains a keyword") << u"contains"_qs << QJsonValue(u"director"_qs) << u"Sales Director EMEA"_qs
                                        << true;
    QTest::newRow("contains any of keywords")
        << u"contains"_qs << QJsonValue(QJsonArray{u"VP"_qs, u"Chief"_qs}) << u"Chief Marketing Officer"_qs << true;
    QTest::newRow("contains, absent") << u"contains"_qs << QJsonValue(u"VP"_qs) << u"Engineer"_qs << false;
    QTest::newRow(">= at the bound") << u">="_qs << QJsonValue(5) << u"5"_qs << true;
    QTest::newRow(">= below") << u">="_qs << QJsonValue(5) << u"4.5"_qs << false;
    QTest::newRow(">= on text never matches") << u">="_qs << QJsonValue(5) << u"many"_qs << false;
    QTest::newRow("<= at the bound") << u"<="_qs << QJsonValue(50) << u"50"_qs << true;
    QTest::newRow("<= above") << u"<="_qs << QJsonValue(50) << u"51"_qs << false;
    QTest::newRow("between, inside") << u"between"_qs << QJsonValue(QJsonArray{50, 5000}) << u"200"_qs << true;
    QTest::newRow("between, both bounds count")
        << u"between"_qs << QJsonValue(QJsonArray{50, 5000}) << u"5000"_qs << true;
    QTest::newRow("between, outside") << u"between"_qs << QJsonValue(QJsonArray{50, 5000}) << u"49"_qs << false;
    QTest::newRow("between on an empty field") << u"between"_qs << QJsonValue(QJsonArray{0, 10}) << QString() << false;
    QTest::newRow("empty, blank") << u"empty"_qs << QJsonValue(QJsonValue::Undefined) << u"  "_qs << true;
    QTest::newRow("empty, filled") << u"empty"_qs << QJsonValue(QJsonValue::Undefined) << u"x"_qs << false;
    QTest::newRow("empty false, filled") << u"empty"_qs << QJsonValue(false) << u"x"_qs << true;
}

void FieldConditionsTest::operators()
{
    QFETCH(QString, op);
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    const FieldCondition condition{u"industry"_qs, *fieldOpFromName(op), value};
    QTEST(ConditionMatcher::matches(condition, text), "matches");
}

void FieldConditionsTest::fieldRulesOnLeadFields_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<int>("info");
    QTest::newRow("industry =") << u"\"field\": \"industry\", \"op\": \"=\", \"value\": \"Software\""_qs
                                << u"industry=software"_qs << 10;
    QTest::newRow("employees between") << u"\"field\": \"employees\", \"op\": \"between\", \"value\": [50, 500]"_qs
                                       << u"employees=500"_qs << 10;
    QTest::newRow("employees missing is no number")
        << u"\"field\": \"employees\", \"op\": \"<=\", \"value\": 500"_qs << QString() << 0;
    QTest::newRow("country in") << u"\"field\": \"country\", \"op\": \"in\", \"value\": [\"US\", \"CA\"]"_qs
                                << u"country=CA"_qs << 10;
    QTest::newRow("job title contains") << u"\"field\": \"job_title\", \"op\": \"contains\", \"value\": \"head of\""_qs
                                        << u"job_title=Head of Growth"_qs << 10;
    QTest::newRow("e-mail domain") << u"\"field\": \"email_domain\", \"op\": \"=\", \"value\": \"acme.com\""_qs
                                   << u"email=Jo@ACME.com"_qs << 10;
    QTest::newRow("source !=") << u"\"field\": \"source\", \"op\": \"!=\", \"value\": \"Paid\""_qs
                               << u"source=Organic"_qs << 10;
    QTest::newRow("campaign empty") << u"\"field\": \"campaign\", \"op\": \"empty\""_qs << QString() << 10;
    QTest::newRow("company contains") << u"\"field\": \"company\", \"op\": \"contains\", \"value\": \"bank\""_qs
                                      << u"company=First Bank Ltd"_qs << 10;
    QTest::newRow("attrs number >=") << u"\"field\": \"TotalVisits\", \"op\": \">=\", \"value\": 5"_qs
                                     << u"attrs={\"TotalVisits\": 12}"_qs << 10;
    QTest::newRow("attrs text =") << u"\"field\": \"Persona\", \"op\": \"=\", \"value\": \"buyer\""_qs
                                  << u"attrs={\"Persona\": \"Buyer\"}"_qs << 10;
    QTest::newRow("attrs key absent is empty")
        << u"\"field\": \"Persona\", \"op\": \"empty\""_qs << u"attrs={\"Other\": 1}"_qs << 10;
    // An unmapped "campaign" column kept in attrs beside the lead's own campaign field:
    // the bare name is the field, attrs.campaign the extra column.
    const QString both = u"campaign=spring|attrs={\"campaign\": \"webinar-7\"}"_qs;
    QTest::newRow("campaign is the lead field")
        << u"\"field\": \"campaign\", \"op\": \"=\", \"value\": \"spring\""_qs << both << 10;
    QTest::newRow("campaign is not the extra column")
        << u"\"field\": \"campaign\", \"op\": \"=\", \"value\": \"webinar-7\""_qs << both << 0;
    QTest::newRow("attrs.campaign is the extra column")
        << u"\"field\": \"attrs.campaign\", \"op\": \"=\", \"value\": \"webinar-7\""_qs << both << 10;
    QTest::newRow("attrs.campaign is not the lead field")
        << u"\"field\": \"attrs.campaign\", \"op\": \"=\", \"value\": \"spring\""_qs << both << 0;
    QTest::newRow("attrs.KEY of a plain key") << u"\"field\": \"attrs.TotalVisits\", \"op\": \">=\", \"value\": 5"_qs
                                              << u"attrs={\"TotalVisits\": 12}"_qs << 10;
}

void FieldConditionsTest::fieldRulesOnLeadFields()
{
    QFETCH(QString, rule);
    QFETCH(QString, fields);
    const QString patch = u"{\"rules\": [{\"id\": \"r\", \"track\": \"info\", \"points\": 10, "_qs + rule + u"}]}"_qs;
    const ScoringInput input = InputBuilder().lead(leadWith(fields, at(u"2025-01-01"_qs))).build();
    const LeadScore score = ScoringEngine(modelWith(patch.toUtf8())).scoreLead(input, 0, at(u"2025-02-01"_qs));
    QTEST(int(score.info), "info");
}

void FieldConditionsTest::fitAndGrade_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<int>("fit");
    QTest::addColumn<QString>("grade");
    // Default fit rules: industry 30, 50-5000 employees 30, >5000 15, senior title 25,
    // manager 10, core market 15, free e-mail -20; clamped to 0..100.
    QTest::newRow("everything fits: 115 clamps to 100")
        << u"industry=Software|employees=200|job_title=VP Sales|country=US|email=a@acme.com"_qs << 100 << u"A"_qs;
    QTest::newRow("senior title at a target firm: 85 is A")
        << u"industry=Software|employees=200|job_title=Head of Sales"_qs << 85 << u"A"_qs;
    QTest::newRow("industry and size: 60 is B") << u"industry=Finance|employees=800"_qs << 60 << u"B"_qs;
    QTest::newRow("free mail lowers: 30 - 20 + 15 = 25 is C")
        << u"industry=Software|country=DE|email=x@gmail.com"_qs << 25 << u"C"_qs;
    QTest::newRow("negative clamps to 0, D") << u"email=x@gmail.com"_qs << 0 << u"D"_qs;
}

void FieldConditionsTest::fitAndGrade()
{
    QFETCH(QString, fields);
    const ScoringInput input = InputBuilder().lead(leadWith(fields)).build();
    const LeadScore score = ScoringEngine(modelWith()).scoreLead(input, 0, at(u"2025-02-01"_qs));
    QTEST(int(score.fit), "fit");
    QTEST(gradeName(score.grade), "grade");
}

QTEST_GUILESS_MAIN(FieldConditionsTest)
#include "tst_fieldconditions.moc"
