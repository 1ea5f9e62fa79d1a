#include "common/TimeFormat.h"
#include "demo/DemoSinks.h"
#include "store/Workspace.h"
#include "store/WorkspaceSummary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace LeadStage;

namespace {

struct CapturedLead
{
    DemoLead lead;
    std::vector<std::pair<std::int64_t, std::string>> events;
    DemoOutcome outcome;
};

// Keeps everything the generator writes, for checking its shape.
class CapturingSink : public DemoSink
{
public:
    Status write(const DemoLead &lead, std::span<const DemoEvent> events, const DemoOutcome &outcome) override
    {
        CapturedLead captured{lead, {}, outcome};
        for (const DemoEvent &event : events)
            captured.events.emplace_back(event.occurredAt, std::string(event.activity));
        leads.push_back(std::move(captured));
        return {};
    }
    Status finish() override
    {
        finished = true;
        return {};
    }

    std::vector<CapturedLead> leads;
    bool finished = false;
};

// Counts events a lead has twice (same second, activity and detail), which a
// workspace refuses.
class RepeatCountingSink : public DemoSink
{
public:
    Status write(const DemoLead &, std::span<const DemoEvent> events, const DemoOutcome &) override
    {
        std::set<std::tuple<std::int64_t, std::string_view, std::string_view>> seen;
        for (const DemoEvent &event : events)
            if (!seen.emplace(event.occurredAt, event.activity, event.detail).second)
                ++repeats;
        return {};
    }
    Status finish() override { return {}; }

    int repeats = 0;
};

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool isTrigger(const std::string &activity)
{
    return activity == "demo_request" || activity == "contact_sales" || activity == "trial_signup";
}

bool isBuyingSignal(const std::string &activity)
{
    return isTrigger(activity) || activity == "comparison_download" || activity == "roi_calculator"
           || activity == "product_webinar";
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    CapturingSink m_sample; // 20 000 leads over 24 months, seed 7

private Q_SLOTS:
    void initTestCase()
    {
        DemoOptions options;
        options.leads = 20000;
        options.seed = 7;
        auto stats = DemoGenerator(options).run(m_sample);
        QVERIFY(stats.ok());
        QVERIFY(m_sample.finished);
        QCOMPARE(stats->leads, 20000);
    }

    void sameSeedGivesByteIdenticalCsv()
    {
        QTemporaryDir first, second, other;
        DemoOptions options;
        options.leads = 3000;
        options.seed = 42;
        for (const QTemporaryDir *dir : {&first, &second}) {
            auto sink = CsvDemoSink::create(dir->path());
            QVERIFY(sink.ok());
            QVERIFY(DemoGenerator(options).run(**sink).ok());
        }
        options.seed = 43;
        auto sink = CsvDemoSink::create(other.path());
        QVERIFY(DemoGenerator(options).run(**sink).ok());
        for (const QString &name : {u"leads.csv"_qs, u"events.csv"_qs, u"outcomes.csv"_qs}) {
            const QByteArray hash = hashOf(first.filePath(name));
            QVERIFY(!hash.isEmpty());
            QCOMPARE(hashOf(second.filePath(name)), hash);
            QVERIFY2(hashOf(other.filePath(name)) != hash, qPrintable(name));
        }
        QFile leads(first.filePath(u"leads.csv"_qs));
        QVERIFY(leads.open(QIODevice::ReadOnly));
        QCOMPARE(leads.readLine().trimmed(),
                 QByteArray("lead_id,email,first_name,last_name,company,job_title,industry,employees,country,"
                            "source,campaign,created_at,TotalVisits"));
    }

    void noLeadHasTheSameEventTwice()
    {
        // Seed 8 drew two same-second trial logins for one lead before the generator
        // dropped repeats, and writing it into a workspace failed on events_unique.
        DemoOptions options;
        options.leads = 20000;
        options.seed = 8;
        RepeatCountingSink sink;
        QVERIFY(DemoGenerator(options).run(sink).ok());
        QCOMPARE(sink.repeats, 0);
    }

    void leadsAreWellFormed()
    {
        const std::int64_t end = DemoOptions::defaultEndDate();
        const std::int64_t start = *parseIsoDate(u"2024-01-01"_qs);
        QSet<QString> emails;
        std::int64_t previousCreated = 0;
        for (const CapturedLead &captured : m_sample.leads) {
            const DemoLead &lead = captured.lead;
            QVERIFY(lead.createdAt >= start && lead.createdAt <= end);
            QVERIFY(lead.createdAt >= previousCreated);
            previousCreated = lead.createdAt;
            QVERIFY(lead.employees >= 5 && lead.employees <= 20000);
            emails.insert(QString::fromStdString(lead.email));
            std::int64_t previous = lead.createdAt;
            for (const auto &[at, activity] : captured.events) {
                QVERIFY2(at >= previous && at <= end, lead.externalId.c_str());
                previous = at;
            }
        }
        QCOMPARE(emails.size(), qsizetype(m_sample.leads.size()));
    }

    void volumesAndSharesAreRealistic()
    {
        std::size_t events = 0, quiet = 0, triggered = 0, productUsers = 0, trialists = 0;
        std::map<std::string, int> industries;
        for (const CapturedLead &captured : m_sample.leads) {
            events += captured.events.size();
            quiet += captured.events.size() <= 3;
            industries[captured.lead.industry]++;
            bool trigger = false, product = false, trial = false;
            for (const auto &[at, activity] : captured.events) {
                trigger |= isTrigger(activity);
                trial |= activity == "trial_signup";
                product |= activity == "product_login";
            }
            triggered += trigger;
            trialists += trial;
            productUsers += product;
            if (product)
                QVERIFY2(trial, "product usage only after a trial signup");
        }
        const double leads = double(m_sample.leads.size());
        const double perLead = double(events) / leads;
        QVERIFY2(perLead > 7 && perLead < 14, qPrintable(QString::number(perLead)));
        QVERIFY2(quiet / leads > 0.2 && quiet / leads < 0.45, qPrintable(QString::number(quiet / leads)));
        QVERIFY2(triggered / leads > 0.05 && triggered / leads < 0.25, qPrintable(QString::number(triggered / leads)));
        QVERIFY(productUsers > trialists / 2);
        QVERIFY(std::abs(industries["Software"] / leads - 0.22) < 0.02);
        QVERIFY(std::abs(industries["Retail"] / leads - 0.12) < 0.02);
    }

    void manufacturingBuysFasterThanRetail()
    {
        std::map<std::string, std::vector<double>> daysToBuy;
        for (const CapturedLead &captured : m_sample.leads)
            for (const auto &[at, activity] : captured.events)
                if (isBuyingSignal(activity)) {
                    daysToBuy[captured.lead.industry].push_back(double(at - captured.lead.createdAt) / 86400.0);
                    break;
                }
        const double manufacturing = median(daysToBuy["Manufacturing"]);
        const double retail = median(daysToBuy["Retail"]);
        QVERIFY2(manufacturing + 30 < retail,
                 qPrintable(u"manufacturing %1 days, retail %2 days"_qs.arg(manufacturing).arg(retail)));
    }

    void seasonalityShowsInNewLeads()
    {
        std::map<int, int> perMonth; // month of year -> new leads in 2025
        for (const CapturedLead &captured : m_sample.leads) {
            int year = 0, month = 0, day = 0;
            civilFromDays(captured.lead.createdAt / 86400, year, month, day);
            if (year == 2025)
                perMonth[month]++;
        }
        QVERIFY2(perMonth[12] < perMonth[9] * 0.8, qPrintable(u"%1 vs %2"_qs.arg(perMonth[12]).arg(perMonth[9])));
        QVERIFY(perMonth[7] < perMonth[1]);
    }

    void outcomesFollowTheSalesOrder()
    {
        int customers = 0, outcomes = 0;
        for (const CapturedLead &captured : m_sample.leads) {
            const DemoOutcome &outcome = captured.outcome;
            if (outcome.isEmpty())
                continue;
            ++outcomes;
            QVERIFY(outcome.sqlAt.has_value());
            QVERIFY(*outcome.sqlAt <= DemoOptions::defaultEndDate());
            if (outcome.opportunityAt)
                QVERIFY(*outcome.opportunityAt > *outcome.sqlAt);
            if (outcome.customerAt) {
                ++customers;
                QVERIFY(outcome.opportunityAt && *outcome.customerAt > *outcome.opportunityAt);
                QVERIFY(outcome.revenue && *outcome.revenue > 0);
                QVERIFY(!outcome.lostAt);
            }
        }
        QVERIFY2(outcomes > 500 && outcomes < 4000, qPrintable(QString::number(outcomes)));
        QVERIFY(customers > 50 && customers < outcomes / 3);
    }

    void writesTheSameDataIntoAWorkspace()
    {
        QTemporaryDir dir;
        DemoOptions options;
        options.leads = 2000;
        CapturingSink captured;
        const auto expected = DemoGenerator(options).run(captured);
        auto workspace = Workspace::create(dir.filePath(u"demo.leadstage"_qs));
        auto sink = WorkspaceDemoSink::create(**workspace);
        QVERIFY(sink.ok());
        const auto stats = DemoGenerator(options).run(**sink);
        QVERIFY(stats.ok());
        QCOMPARE(stats->events, expected->events);
        auto summary = WorkspaceSummary::read(**workspace);
        QCOMPARE(summary->rows(u"leads"_qs), 2000);
        QCOMPARE(summary->rows(u"events"_qs), stats->events);
        QCOMPARE(summary->rows(u"outcomes"_qs), stats->outcomes);
    }

    void cancelLeavesTheWorkspaceAsItWas()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(u"cancel.leadstage"_qs));
        DemoOptions options;
        options.leads = 20000;
        Progress *self = nullptr;
        // The callback cancels the very Progress the generator polls, a third of the way in.
        Progress progress([&self](std::int64_t done, std::int64_t) {
            if (done > 5000)
                self->cancel();
        });
        self = &progress;
        {
            auto sink = WorkspaceDemoSink::create(**workspace);
            auto stats = DemoGenerator(options).run(**sink, &progress);
            QVERIFY(!stats.ok());
            QVERIFY(stats.error().what.contains(u"cancelled"_qs));
        }
        auto summary = WorkspaceSummary::read(**workspace);
        QCOMPARE(summary->rows(u"leads"_qs), 0);
        QCOMPARE(summary->rows(u"events"_qs), 0);
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<int>("leads");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no leads") << 0 << 12 << u"number of leads"_qs;
        QTest::newRow("no months") << 10 << 0 << u"number of months"_qs;
        QTest::newRow("too many months") << 10 << 500 << u"number of months"_qs;
    }

    void refusesBadOptions()
    {
        QFETCH(int, leads);
        QFETCH(int, months);
        QFETCH(QString, expected);
        DemoOptions options;
        options.leads = leads;
        options.months = months;
        CapturingSink sink;
        auto stats = DemoGenerator(options).run(sink);
        QVERIFY(!stats.ok());
        QVERIFY(stats.error().what.contains(expected));
        QVERIFY(sink.leads.empty());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
