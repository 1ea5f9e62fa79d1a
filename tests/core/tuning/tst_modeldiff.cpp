// ModelDiff: one row per kind of change, each an edit of the default model with the
// exact lines the diff must print for it (and nothing else).

#include "scoring/ScoringModel.h"
#include "tuning/ModelDiff.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace LeadStage;

using ModelEdit = std::function<void(ScoringModel &)>;
Q_DECLARE_METATYPE(ModelEdit)

namespace {

ScoringRule &rule(ScoringModel &model, const QString &id)
{
    for (ScoringRule &rule : model.rules)
        if (rule.id == id)
            return rule;
    qFatal("no rule %s", qPrintable(id));
}

ScoringModel defaultModel()
{
    auto model = ScoringModel::defaultModel();
    if (!model)
        qFatal("%s", qPrintable(model.error().toString()));
    return *model;
}

} // namespace

class ModelDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachKindOfChange_data();
    void eachKindOfChange();
    void identicalModelsHaveNoChanges();
    void changesAreStructuredForTheEditor();
    void textHasAHeadingPerSection();
    void diffOfTheReverseSwapsSides();
};

void ModelDiffTest::eachKindOfChange_data()
{
    QTest::addColumn<ModelEdit>("edit");
    QTest::addColumn<QString>("expected"); // the lines after the heading line

    QTest::newRow("rule points") << ModelEdit([](ScoringModel &m) { rule(m, u"whitepaper_download"_qs).points = 15; })
                                 << u"Rules\n  ~ whitepaper_download: points 10 → 15\n"_qs;
    QTest::newRow("rule pays each to once")
        << ModelEdit([](ScoringModel &m) { rule(m, u"email_click"_qs).pays = PayMode::Once; })
        << u"Rules\n  ~ email_click: pays each → once\n"_qs;
    QTest::newRow("rule at count 3 to 5") << ModelEdit([](ScoringModel &m) { rule(m, u"blog_read"_qs).count = 5; })
                                          << u"Rules\n  ~ blog_read: pays at count 3 → at count 5\n"_qs;
    QTest::newRow("rule cap added and changed") << ModelEdit([](ScoringModel &m) {
        rule(m, u"email_click"_qs).cap = 30;
        rule(m, u"product_login"_qs).cap = 25;
    }) << u"Rules\n  ~ email_click: cap none → 30\n  ~ product_login: cap 20 → 25\n"_qs;
    QTest::newRow("rule activity and detail") << ModelEdit([](ScoringModel &m) {
        ScoringRule &r = rule(m, u"resource_center_visit"_qs);
        r.activity = u"page_visit"_qs;
        r.detail = u"*/resources/*"_qs;
    }) << u"Rules\n  ~ resource_center_visit: activity resource_center_visit → page_visit, detail any → */resources/*\n"_qs;
    QTest::newRow("rule track, category, label") << ModelEdit([](ScoringModel &m) {
        ScoringRule &r = rule(m, u"roi_calculator"_qs);
        r.track = Track::Info;
        r.category = u"Website"_qs;
        r.label = u"ROI tool"_qs;
    }) << u"Rules\n  ~ roi_calculator: label ROI calculator → ROI tool, category Intent → Website, track intent → info\n"_qs;
    QTest::newRow("field rule condition") << ModelEdit([](ScoringModel &m) {
        ScoringRule visits{u"visits"_qs,
                           u"5+ site visits"_qs,
                           u"Website"_qs,
                           Track::Info,
                           {},
                           {},
                           FieldCondition{u"TotalVisits"_qs, FieldOp::AtLeast, 5},
                           10,
                           PayMode::Once};
        m.rules.push_back(visits);
    }) << u"Rules\n  + visits: 5+ site visits (Website, info): TotalVisits >= 5, 10 points, once\n"_qs;
    QTest::newRow("activity rule becomes a field rule") << ModelEdit([](ScoringModel &m) {
        ScoringRule &r = rule(m, u"about_page_visit"_qs);
        r.activity.clear();
        r.condition = FieldCondition{u"industry"_qs, FieldOp::Equal, u"Software"_qs};
    }) << u"Rules\n  ~ about_page_visit: activity about_page_visit → any, condition none → industry = \"Software\"\n"_qs;
    QTest::newRow("rule added with cap and detail") << ModelEdit([](ScoringModel &m) {
        ScoringRule pricing{u"pricing"_qs,
                            u"Pricing page"_qs,
                            u"Website"_qs,
                            Track::Intent,
                            u"page_visit"_qs,
                            u"*/pricing"_qs,
                            std::nullopt,
                            5,
                            PayMode::Each,
                            1,
                            15};
        m.rules.push_back(pricing);
    }) << u"Rules\n  + pricing: Pricing page (Website, intent): page_visit detail \"*/pricing\", 5 points, each, cap 15\n"_qs;
    QTest::newRow("rule added without label or category") << ModelEdit([](ScoringModel &m) {
        ScoringRule bare;
        bare.id = u"visit"_qs;
        bare.activity = u"page_visit"_qs;
        bare.points = 1;
        m.rules.push_back(bare);
    }) << u"Rules\n  + visit: (any, info): page_visit, 1 points, each\n"_qs;
    QTest::newRow("rule removed") << ModelEdit([](ScoringModel &m) { m.rules.erase(m.rules.begin() + 8); })
                                  << u"Rules\n  - about_page_visit: About Us / team page (Website, info): "
                                     "about_page_visit, 5 points, once\n"_qs;
    QTest::newRow("rule moved to the top") << ModelEdit([](ScoringModel &m) {
        std::rotate(m.rules.begin(), m.rules.begin() + 2, m.rules.begin() + 3); // ebook first
    }) << u"Rules\n  ^ ebook_download: position 3 → 1\n"_qs;
    QTest::newRow("trigger window and count") << ModelEdit([](ScoringModel &m) {
        m.triggers[3].count = 2;
        m.triggers[3].withinDays = 14;
    }) << u"Triggers\n  ~ pricing3: count 3 → 2, withinDays 30 → 14\n"_qs;
    QTest::newRow("trigger removed") << ModelEdit([](ScoringModel &m) { m.triggers.erase(m.triggers.begin() + 1); })
                                     << u"Triggers\n  - trial_signup: Free-trial signup: trial_signup\n"_qs;
    QTest::newRow("trigger added") << ModelEdit([](ScoringModel &m) {
        m.triggers.push_back({u"webinar2"_qs, u"Two product webinars"_qs, u"product_webinar"_qs, {}, 2, 60});
    }) << u"Triggers\n  + webinar2: Two product webinars: product_webinar, 2 times within 60 days\n"_qs;
    QTest::newRow("IQL threshold 25 to 30")
        << ModelEdit([](ScoringModel &m) { m.thresholds.iql = 30; }) << u"Thresholds\n  ~ iql 25 → 30\n"_qs;
    QTest::newRow("every threshold") << ModelEdit([](ScoringModel &m) {
        m.thresholds = {30, 60, false, 45, 50};
    }) << u"Thresholds\n  ~ iql 25 → 30, mql 50 → 60, mqlRequiresIntent yes → no, mqlIcp none → 45, pql 40 → 50\n"_qs;
    QTest::newRow("decay") << ModelEdit([](ScoringModel &m) {
        m.decay = {2, 10};
    }) << u"Decay\n  ~ graceMonths 3 → 2, pointsPerMonth 5 → 10\n"_qs;
    QTest::newRow("fit rule points") << ModelEdit([](ScoringModel &m) { m.fit.rules[4].points = 15; })
                                     << u"Fit rules\n  ~ Manager title: points 10 → 15\n"_qs;
    QTest::newRow("fit rule renamed keeps its condition")
        << ModelEdit([](ScoringModel &m) { m.fit.rules[4].label = u"Managers"_qs; })
        << u"Fit rules\n  ~ Managers: label Manager title → Managers\n"_qs;
    QTest::newRow("fit rule condition") << ModelEdit([](ScoringModel &m) {
        m.fit.rules[1].condition.value = QJsonArray{100, 5000};
    }) << u"Fit rules\n  ~ Mid-market size: condition employees between [50,5000] → employees between [100,5000]\n"_qs;
    QTest::newRow("fit rule added and removed")
        << ModelEdit([](ScoringModel &m) {
               m.fit.rules.erase(m.fit.rules.begin() + 6);
               m.fit.rules.push_back({{}, {u"source"_qs, FieldOp::Equal, u"Referral"_qs}, 10});
           })
        << u"Fit rules\n  + source = \"Referral\": source = \"Referral\", 10 points\n"
           "  - Free e-mail address: Free e-mail address: email_domain in [\"gmail.com\",\"yahoo.com\","
           "\"hotmail.com\",\"outlook.com\",\"aol.com\",\"icloud.com\"], -20 points\n"_qs;
    QTest::newRow("grade boundaries") << ModelEdit([](ScoringModel &m) {
        m.fit.grades = {80, 50, 20};
    }) << u"Grades\n  ~ A 75 → 80, C 25 → 20\n"_qs;
    QTest::newRow("nurture track conditions") << ModelEdit([](ScoringModel &m) {
        m.nurture.tracks[2].grades = {u"A"_qs};
        m.nurture.tracks[0].health.clear();
    }) << u"Nurture tracks\n  ~ reengage: health stagnant → any\n  ~ intensive: grades A, B → A\n"_qs;
    QTest::newRow("nurture track order decides")
        << ModelEdit([](ScoringModel &m) { std::swap(m.nurture.tracks[0], m.nurture.tracks[1]); })
        << u"Nurture tracks\n  ^ reengage: position 1 → 2\n"_qs;
    QTest::newRow("nurture track added") << ModelEdit([](ScoringModel &m) {
        m.nurture.tracks.push_back({u"archive"_qs, u"Archive"_qs, {}, {}, {u"archived"_qs}});
    }) << u"Nurture tracks\n  + archive: Archive: stages any; grades any; health archived\n"_qs;
    QTest::newRow("nurture step relabelled and moved")
        << ModelEdit([](ScoringModel &m) {
               m.nurture.steps[1].label = u"Education"_qs;
               m.nurture.steps[2].fromWeek = 20;
           })
        << u"Nurture steps\n  ~ week 9: label Solution education → Education\n"
           "  ~ week 20: fromWeek 17 → 20\n"_qs;
    QTest::newRow("nurture step removed") << ModelEdit([](ScoringModel &m) { m.nurture.steps.pop_back(); })
                                          << u"Nurture steps\n  - week 25: from week 25: Review\n"_qs;
    QTest::newRow("stagnant days") << ModelEdit([](ScoringModel &m) { m.stagnantDays = 90; })
                                   << u"Stagnation\n  ~ stagnantDays 60 → 90\n"_qs;
    QTest::newRow("model name") << ModelEdit([](ScoringModel &m) { m.name = u"Strict"_qs; })
                                << u"Name\n  ~ name Default → Strict\n"_qs;
}

void ModelDiffTest::eachKindOfChange()
{
    QFETCH(ModelEdit, edit);
    QFETCH(QString, expected);
    const ScoringModel before = defaultModel();
    ScoringModel after = before;
    edit(after);
    const ModelDiff diff = ModelDiff::between(before, after);
    const QString text = diff.text(u"A"_qs, u"B"_qs);
    const QString heading = text.section(u'\n', 0, 0);
    QCOMPARE(text.mid(heading.size() + 1), expected);
    const qsizetype changes = expected.count(u"\n  "_qs);
    QCOMPARE(heading, u"From A to B: %1 %2"_qs.arg(changes).arg(changes == 1 ? u"change"_qs : u"changes"_qs));
    QCOMPARE(qsizetype(diff.changes().size()), changes);
}

void ModelDiffTest::identicalModelsHaveNoChanges()
{
    const ModelDiff diff = ModelDiff::between(defaultModel(), defaultModel());
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.text(u"Default v1 (id 1)"_qs, u"Default v2 (id 2)"_qs),
             u"Default v1 (id 1) and Default v2 (id 2) are the same model: nothing differs.\n"_qs);
}

void ModelDiffTest::changesAreStructuredForTheEditor()
{
    const ScoringModel before = defaultModel();
    ScoringModel after = before;
    rule(after, u"whitepaper_download"_qs).points = 15;
    rule(after, u"whitepaper_download"_qs).cap = 30;
    after.thresholds.iql = 30;
    const ModelDiff diff = ModelDiff::between(before, after);
    QCOMPARE(diff.changes().size(), std::size_t(2));
    const ModelChange expectedRule{ModelSection::Rules,
                                   ChangeKind::Changed,
                                   u"whitepaper_download"_qs,
                                   {},
                                   {{u"points"_qs, u"10"_qs, u"15"_qs}, {u"cap"_qs, u"none"_qs, u"30"_qs}}};
    QVERIFY(diff.changes()[0] == expectedRule);
    const ModelChange expectedThreshold{
        ModelSection::Thresholds, ChangeKind::Changed, {}, {}, {{u"iql"_qs, u"25"_qs, u"30"_qs}}};
    QVERIFY(diff.changes()[1] == expectedThreshold);
    QCOMPARE(diff.changesIn(ModelSection::Thresholds).size(), std::size_t(1));
    QVERIFY(diff.changesIn(ModelSection::Decay).empty());
}

void ModelDiffTest::textHasAHeadingPerSection()
{
    const ScoringModel before = defaultModel();
    ScoringModel after = before;
    after.rules.erase(after.rules.begin()); // blog_subscribe
    after.thresholds.iql = 30;
    after.decay.graceMonths = 4;
    QCOMPARE(ModelDiff::between(before, after).text(u"Default v1 (id 1)"_qs, u"draft"_qs),
             u"From Default v1 (id 1) to draft: 3 changes\n"
             "Rules\n"
             "  - blog_subscribe: Blog subscription (Content, info): blog_subscribe, 5 points, once\n"
             "Thresholds\n"
             "  ~ iql 25 → 30\n"
             "Decay\n"
             "  ~ graceMonths 3 → 4\n"_qs);
}

void ModelDiffTest::diffOfTheReverseSwapsSides()
{
    const ScoringModel before = defaultModel();
    ScoringModel after = before;
    after.rules.pop_back();
    rule(after, u"ebook_download"_qs).points = 20;
    const ModelDiff forward = ModelDiff::between(before, after), backward = ModelDiff::between(after, before);
    QCOMPARE(forward.changes().size(), backward.changes().size());
    QCOMPARE(backward.changes()[0].kind, ChangeKind::Added);
    QCOMPARE(forward.changes()[0].kind, ChangeKind::Removed);
    QCOMPARE(backward.changes()[1].fields[0].before, u"20"_qs);
    QCOMPARE(backward.changes()[1].fields[0].after, u"15"_qs);
}

QTEST_GUILESS_MAIN(ModelDiffTest)
#include "tst_modeldiff.moc"
