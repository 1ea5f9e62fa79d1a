// Field and fit rules on a field no lead has: LeadFieldPresence reads what the leads
// hold, FieldRuleCheck words the warning (with the attrs.KEY hint when an extra column
// has a lead field's name).

#include "WorkspaceFixture.h"
#include "scoring/ModelJson.h"
#include "tuning/FieldRuleCheck.h"
#include "tuning/LeadFieldPresence.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

class TestFieldRuleCheck : public QObject
{
    Q_OBJECT

    // Lead 1: industry Software, attrs {"campaign": "webinar-7", "TotalVisits": 3};
    // lead 2: no industry, attrs {"Persona": ""} (an empty value is no value).
    static void fill(WorkspaceFixture &fixture)
    {
        fixture.addLead(1, u"2025-01-01"_qs, u"Software"_qs);
        fixture.addLead(2, u"2025-01-02"_qs);
        auto attrs = fixture.database().prepare("UPDATE leads SET attrs = ?2 WHERE id = ?1");
        attrs->bind(1, std::int64_t(1)).bind(2, u"{\"campaign\": \"webinar-7\", \"TotalVisits\": 3}"_qs);
        QVERIFY(attrs->run().ok());
        attrs->reset();
        attrs->bind(1, std::int64_t(2)).bind(2, u"{\"Persona\": \"\"}"_qs);
        QVERIFY(attrs->run().ok());
    }

    static ScoringModel modelWithField(const QString &field, const QString &op)
    {
        ScoringModel model;
        model.name = u"m"_qs;
        ScoringRule rule;
        rule.id = u"r"_qs;
        rule.label = u"Rule"_qs;
        rule.points = 10;
        rule.condition = FieldCondition{field, fieldOpFromName(op).value(),
                                        op == u"empty" ? QJsonValue(QJsonValue::Undefined) : QJsonValue(u"x"_qs)};
        model.rules.push_back(rule);
        return model;
    }

private Q_SLOTS:
    void presence()
    {
        WorkspaceFixture fixture;
        fill(fixture);
        auto presence = LeadFieldPresence::read(fixture.database());
        QVERIFY(presence.ok());
        QVERIFY(presence->hasLeads());
        QVERIFY(presence->has(FieldAddress::of(u"industry")));
        QVERIFY(presence->has(FieldAddress::of(u"email")));
        QVERIFY(presence->has(FieldAddress::of(u"email_domain")));
        QVERIFY(!presence->has(FieldAddress::of(u"campaign"))); // the field; the extra column is attrs.campaign
        QVERIFY(presence->has(FieldAddress::of(u"attrs.campaign")));
        QVERIFY(presence->has(FieldAddress::of(u"TotalVisits")));
        QVERIFY(!presence->has(FieldAddress::of(u"Persona")));
        QVERIFY(!presence->has(FieldAddress::of(u"employees")));
        QCOMPARE(presence->attributeNames(), (QStringList{u"attrs.campaign"_qs, u"TotalVisits"_qs}));
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("warning"); // empty: none
        QTest::newRow("a field leads have") << u"industry"_qs << u"="_qs << QString();
        QTest::newRow("an extra column leads have") << u"TotalVisits"_qs << u"="_qs << QString();
        QTest::newRow("attrs.campaign") << u"attrs.campaign"_qs << u"="_qs << QString();
        QTest::newRow("campaign: the field is empty, the extra column is not")
            << u"campaign"_qs << u"="_qs
            << u"rules[0].condition.field: rule \"Rule\": no lead in this workspace has a value in \"campaign\", so it "
               "scores 0 for every lead. Leads have an extra column \"campaign\": write \"attrs.campaign\" to score it."_qs;
        QTest::newRow("a misspelt extra column")
            << u"TotalVisit"_qs << u"="_qs
            << u"rules[0].condition.field: rule \"Rule\": no lead in this workspace has a value in \"TotalVisit\", so "
               u"it "
               "scores 0 for every lead. Check the spelling against the lead fields and the extra columns the import "
               "kept, or import a file with that column."_qs;
        QTest::newRow("empty on a field nobody has")
            << u"employees"_qs << u"empty"_qs
            << u"rules[0].condition.field: rule \"Rule\": no lead in this workspace has a value in \"employees\", so "
               u"it "
               "matches every lead. Import the leads' employees, or choose a field the leads have."_qs;
    }

    void warnings()
    {
        QFETCH(QString, field);
        QFETCH(QString, op);
        QFETCH(QString, warning);
        WorkspaceFixture fixture;
        fill(fixture);
        const ScoringModel model = modelWithField(field, op);
        // The editor's full scan and the score command's check of the model's fields alone agree.
        for (const auto &presence : {LeadFieldPresence::read(fixture.database()).value(),
                                     LeadFieldPresence::readFor(fixture.database(), model).value()}) {
            const std::vector<Error> found = FieldRuleCheck::warnings(model, presence);
            QCOMPARE(found.empty() ? QString() : found.front().toString(), warning);
            QVERIFY(found.size() <= 1);
        }
    }

    void fitRulesAreCheckedToo()
    {
        WorkspaceFixture fixture;
        fill(fixture);
        ScoringModel model;
        model.fit.rules.push_back({u"Big firms"_qs, {u"employees"_qs, FieldOp::AtLeast, QJsonValue(500)}, 20});
        const auto found = FieldRuleCheck::warnings(model, LeadFieldPresence::read(fixture.database()).value());
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().where, u"fit.rules[0].condition.field"_qs);
        QVERIFY(found.front().what.startsWith(u"rule fit \"Big firms\": no lead"_qs));
    }

    void anEmptyWorkspaceWarnsOfNothing()
    {
        WorkspaceFixture fixture;
        const auto found = FieldRuleCheck::warnings(modelWithField(u"industry"_qs, u"="_qs),
                                                    LeadFieldPresence::read(fixture.database()).value());
        QVERIFY(found.empty()); // no data yet: nothing to judge the model by
    }
};

QTEST_MAIN(TestFieldRuleCheck)
#include "tst_fieldrulecheck.moc"
