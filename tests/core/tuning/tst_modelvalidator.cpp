#include "ScoringFixture.h"
#include "tuning/ModelValidator.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace LeadStage;
using namespace LeadStage::Testing;

using Edit = std::function<void(ScoringModel &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

ScoringRule &rule(ScoringModel &model, const char *id)
{
    for (ScoringRule &candidate : model.rules)
        if (candidate.id == QLatin1String(id))
            return candidate;
    qFatal("no rule %s in the default model", id);
}

} // namespace

class TestModelValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDefaultModelHasNoProblems()
    {
        const std::vector<Error> errors = ModelValidator::check(modelWith());
        QVERIFY2(errors.empty(), errors.empty() ? "" : qPrintable(errors.front().toString()));
    }

    void refuses_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");

        QTest::newRow("at count 1") << Edit([](ScoringModel &m) { rule(m, "blog_read").count = 1; })
                                    << u"rules[6].count"_qs << u"rule \"Blog reading, 3+ articles\" pays at count 1"_qs;
        QTest::newRow("cap 0") << Edit([](ScoringModel &m) { rule(m, "product_login").cap = 0; }) << u"rules[18].cap"_qs
                               << u"rule \"Signed in to the trial\" has a cap of 0"_qs;
        QTest::newRow("cap below points")
            << Edit([](ScoringModel &m) { rule(m, "product_login").cap = 3; }) << u"rules[18].cap"_qs
            << u"rule \"Signed in to the trial\"'s cap of 3 is below the 5 points it pays"_qs;
        QTest::newRow("cap on a once rule")
            << Edit([](ScoringModel &m) { rule(m, "blog_subscribe").cap = 10; }) << u"rules[0].cap"_qs
            << u"rule \"Blog subscription\" pays once, so its cap changes nothing"_qs;
        QTest::newRow("points out of range")
            << Edit([](ScoringModel &m) { rule(m, "whitepaper_download").points = 1001; }) << u"rules[1].points"_qs
            << u"rule \"Industry report / whitepaper\" pays 1001 points"_qs;
        QTest::newRow("no activity") << Edit([](ScoringModel &m) { rule(m, "whitepaper_download").activity.clear(); })
                                     << u"rules[1].activity"_qs
                                     << u"rule \"Industry report / whitepaper\" names no activity"_qs;
        QTest::newRow("duplicate rule id") << Edit([](ScoringModel &m) { m.rules[1].id = m.rules[0].id; })
                                           << u"rules[1].id"_qs << u"two rules have the id \"blog_subscribe\""_qs;
        QTest::newRow("field rule without value") << Edit([](ScoringModel &m) {
            ScoringRule visits;
            visits.id = u"visits"_qs;
            visits.label = u"5+ site visits"_qs;
            visits.condition = FieldCondition{u"TotalVisits"_qs, FieldOp::AtLeast, QJsonValue()};
            visits.pays = PayMode::Once;
            m.rules.push_back(visits);
        }) << u"rules[22].value"_qs << u"rule \"5+ site visits\": \">=\" needs a number"_qs;
        QTest::newRow("MQL not above IQL")
            << Edit([](ScoringModel &m) { m.thresholds.mql = 25; }) << u"thresholds.mql"_qs
            << u"the MQL threshold 25 is not above the IQL threshold 25"_qs;
        QTest::newRow("IQL 0") << Edit([](ScoringModel &m) { m.thresholds.iql = 0; }) << u"thresholds.iql"_qs
                               << u"an IQL threshold of 0 makes every lead an IQL"_qs;
        QTest::newRow("ICP MQL above MQL")
            << Edit([](ScoringModel &m) { m.thresholds.mqlIcp = 60; }) << u"thresholds.mqlIcp"_qs
            << u"the ICP MQL threshold 60 is not between IQL 25 and MQL 50"_qs;
        QTest::newRow("PQL 0") << Edit([](ScoringModel &m) { m.thresholds.pql = 0; }) << u"thresholds.pql"_qs
                               << u"a PQL threshold of 0 makes every lead a PQL"_qs;
        QTest::newRow("grades A equals B") << Edit([](ScoringModel &m) { m.fit.grades.b = 75; }) << u"fit.grades"_qs
                                           << u"grade boundaries A 75, B 75, C 25 are not 100 ≥ A > B > C ≥ 1"_qs;
        QTest::newRow("grade A above 100") << Edit([](ScoringModel &m) { m.fit.grades.a = 101; }) << u"fit.grades"_qs
                                           << u"grade boundaries A 101, B 50, C 25 are not 100 ≥ A > B > C ≥ 1"_qs;
        QTest::newRow("fit rule in empty list")
            << Edit([](ScoringModel &m) { m.fit.rules[0].condition.value = QJsonArray(); }) << u"fit.rules[0].value"_qs
            << u"fit rule \"Target industry\": \"in\" needs a non-empty list of values"_qs;
        QTest::newRow("decay grace 37 months") << Edit([](ScoringModel &m) { m.decay.graceMonths = 37; })
                                               << u"decay.graceMonths"_qs << u"a grace of 37 months"_qs;
        QTest::newRow("trigger window on count 1")
            << Edit([](ScoringModel &m) { m.triggers[0].withinDays = 30; }) << u"triggers[0].withinDays"_qs
            << u"trigger \"Demo request\" has a window but fires on the first match"_qs;
        QTest::newRow("trigger without activity")
            << Edit([](ScoringModel &m) { m.triggers[1].activity.clear(); }) << u"triggers[1].activity"_qs
            << u"trigger \"Free-trial signup\" names no activity"_qs;
        QTest::newRow("first step after week 1")
            << Edit([](ScoringModel &m) { m.nurture.steps[0].fromWeek = 2; }) << u"nurture.steps[0].fromWeek"_qs
            << u"the first nurture step starts at week 2"_qs;
        QTest::newRow("steps out of order")
            << Edit([](ScoringModel &m) { m.nurture.steps[2].fromWeek = 9; }) << u"nurture.steps[2].fromWeek"_qs
            << u"nurture step \"Soft conversion\" starts at week 9, not after the step before it (week 9)"_qs;
        QTest::newRow("unknown stage in a track")
            << Edit([](ScoringModel &m) { m.nurture.tracks[1].stages.append(u"Prospect"_qs); })
            << u"nurture.tracks[1].stages"_qs << u"nurture track \"Sales-ready\" names \"Prospect\""_qs;
        QTest::newRow("stagnant after 0 days") << Edit([](ScoringModel &m) { m.stagnantDays = 0; })
                                               << u"stagnantDays"_qs << u"a lead is stagnant after 0 days"_qs;
        QTest::newRow("no name") << Edit([](ScoringModel &m) { m.name = u"  "_qs; }) << u"name"_qs
                                 << u"the model has no name"_qs;
    }

    void refuses()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const ScoringModel before = modelWith();
        ScoringModel after = before;
        edit(after);
        const std::vector<Error> errors = ModelValidator::check(after);
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors.front().where, where);
        QCOMPARE(errors.front().what, what);
        QVERIFY(!errors.front().hint.isEmpty());
        const std::optional<Error> problem = ModelValidator::newProblem(before, after);
        QVERIFY(problem);
        QCOMPARE(problem->what, what);
    }

    // The editor refuses what the model reader refuses, so a saved draft can always be read back.
    void refusesWhatTheReaderRefuses_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("a name of 201 characters") << Edit([](ScoringModel &m) { m.name = QString(201, u'n'); })
                                                  << u"name"_qs << u"must be at most 200 characters long, not 201"_qs;
        QTest::newRow("a label of 201 characters")
            << Edit([](ScoringModel &m) { m.rules[0].label = QString(201, u'l'); }) << u"rules[0].label"_qs
            << u"must be at most 200 characters long, not 201"_qs;
        QTest::newRow("a detail pattern of 1001 characters")
            << Edit([](ScoringModel &m) { m.rules[0].detail = QString(1001, u'*'); }) << u"rules[0].detail"_qs
            << u"must be at most 1000 characters long, not 1001"_qs;
        QTest::newRow("a trigger count of 2^30")
            << Edit([](ScoringModel &m) { m.triggers[0].count = 1 << 30; }) << u"triggers[0].count"_qs
            << u"must be at most 1000000000, not 1073741824"_qs;
        QTest::newRow("a window of 36501 days")
            << Edit([](ScoringModel &m) { m.triggers[3].withinDays = 36501; }) << u"triggers[3].withinDays"_qs
            << u"must be at most 36500, not 36501"_qs;
        QTest::newRow("a cap above 10^9") << Edit([](ScoringModel &m) { rule(m, "product_login").cap = 1000000001; })
                                          << u"rules[18].cap"_qs << u"must be at most 1000000000, not 1000000001"_qs;
        QTest::newRow("1001 rules") << Edit([](ScoringModel &m) {
            while (m.rules.size() < 1001) {
                m.rules.push_back(m.rules[0]);
                m.rules.back().id = u"copy%1"_qs.arg(m.rules.size());
            }
        }) << u"rules"_qs << u"may hold at most 1000 rules, not 1001"_qs;
        QTest::newRow("501 countries") << Edit([](ScoringModel &m) {
            QJsonArray countries;
            for (int i = 0; i < 501; ++i)
                countries.append(u"C%1"_qs.arg(i));
            m.fit.rules[0].condition = FieldCondition{u"country"_qs, FieldOp::In, countries};
        }) << u"fit.rules[0].value"_qs << u"may hold at most 500 values, not 501"_qs;
    }

    void refusesWhatTheReaderRefuses()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const ScoringModel before = modelWith();
        ScoringModel after = before;
        edit(after);
        const std::vector<Error> errors = ModelValidator::check(after);
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors.front().where, where);
        QCOMPARE(errors.front().what, what);
        const std::optional<Error> problem = ModelValidator::newProblem(before, after);
        QVERIFY(problem);
        QCOMPARE(problem->what, what);
        const auto readBack = ModelJson::read(ModelJson::write(after));
        QVERIFY(!readBack);
        QCOMPARE(readBack.error().where, where);
        QCOMPARE(readBack.error().what, what);
    }

    void aProblemThatWasThereAlreadyDoesNotBlockOtherEdits()
    {
        ScoringModel imported = modelWith();
        rule(imported, "blog_read").count = 1; // the reader accepts it, the validator does not
        ScoringModel edited = imported;
        edited.thresholds.iql = 30;
        QVERIFY(!ModelValidator::newProblem(imported, edited));
        // Moving the broken rule keeps the same problem under a new path: not new either.
        std::swap(edited.rules[5], edited.rules[6]);
        QVERIFY(!ModelValidator::newProblem(imported, edited));
        edited.thresholds.mql = 30;
        QVERIFY(ModelValidator::newProblem(imported, edited));
    }
};

QTEST_GUILESS_MAIN(TestModelValidator)
#include "tst_modelvalidator.moc"
