// ReadSnapshot: reads that see one commit while another connection commits, on a file
// and, as tst_readsnapshot_on_server, on a server (where several connections share it).

#include "WorkspaceFixture.h"
#include "store/ReadSnapshot.h"
#include "store/Transaction.h"

#include <QTest>

using namespace LeadStage;
using namespace LeadStage::Testing;

namespace {

std::int64_t leadCount(Database &database)
{
    auto query = database.prepare("SELECT count(*) FROM leads");
    if (!query || !query->step().value())
        return -1;
    return query->int64(0);
}

std::unique_ptr<Workspace> connection(WorkspaceFixture &fixture)
{
    auto opened = fixture.workspace().openConnection();
    if (!opened)
        qFatal("connection: %s", qPrintable(opened.error().toString()));
    return std::move(*opened);
}

} // namespace

class ReadSnapshotTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneConnectionReadsOneCommit()
    {
        WorkspaceFixture fixture;
        fixture.addLead(1, u"2025-01-01"_qs);
        auto reader = connection(fixture);
        {
            auto snapshot = ReadSnapshot::begin({&reader->database()});
            QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().toString()));
            QVERIFY(*snapshot);
            QCOMPARE(leadCount(reader->database()), 1);
            fixture.addLead(2, u"2025-01-02"_qs); // committed on the fixture's own connection
            QCOMPARE(leadCount(reader->database()), 1);
        }
        QVERIFY(!reader->database().inTransaction());
        QCOMPARE(leadCount(reader->database()), 2);
    }

    // On a server the later connections read the first one's commit, even one that read
    // nothing before the commit; a file's cannot share it (their callers compare data versions).
    void severalConnectionsReadTheFirstOnesCommit()
    {
        WorkspaceFixture fixture;
        fixture.addLead(1, u"2025-01-01"_qs);
        auto first = connection(fixture);
        auto second = connection(fixture);
        {
            auto snapshot = ReadSnapshot::begin({&first->database(), &second->database()});
            QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().toString()));
            QCOMPARE(leadCount(first->database()), 1);
            fixture.addLead(2, u"2025-01-02"_qs);
            QCOMPARE(leadCount(first->database()), 1);
            QCOMPARE(leadCount(second->database()), fixture.onServer() ? 1 : 2);
        }
        QCOMPARE(leadCount(first->database()), 2);
        QCOMPARE(leadCount(second->database()), 2);
    }

    // Inside the caller's transaction it begins nothing: the caller decides what is seen.
    void aTransactionAlreadyOpenIsLeftAlone()
    {
        WorkspaceFixture fixture;
        Transaction transaction(fixture.database());
        QVERIFY(transaction.isActive());
        auto snapshot = ReadSnapshot::begin({&fixture.database()});
        QVERIFY(snapshot);
        QVERIFY(!*snapshot);
        fixture.addLead(1, u"2025-01-01"_qs);
        QVERIFY(transaction.commit());
        QCOMPARE(leadCount(fixture.database()), 1);
    }
};

QTEST_GUILESS_MAIN(ReadSnapshotTest)
#include "tst_readsnapshot.moc"
