// PagesAhead faults in a buffer's pages a window ahead of its filling and no further,
// changes no byte (also while the buffer is being filled), and leaves a released
// buffer alone.
#include "common/PagesAhead.h"

#include <QTest>

#include <sys/mman.h>
#include <unistd.h>

#include <vector>

using namespace LeadStage;

namespace {

constexpr std::size_t mib = std::size_t(1) << 20;

// A fresh private mapping: none of its pages are in memory before a touch.
class Mapping
{
public:
    explicit Mapping(std::size_t bytes)
        : m_bytes(bytes)
        , m_data(static_cast<std::byte *>(
              mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)))
    {
        // Small pages only: a huge page would put a whole 2 MB in at one touch.
        (void)madvise(m_data, bytes, MADV_NOHUGEPAGE);
    }
    ~Mapping() { munmap(m_data, m_bytes); }

    std::byte *data() const { return m_data; }
    // Bytes in memory within [from, to).
    std::size_t resident(std::size_t from, std::size_t to) const
    {
        const std::size_t page = std::size_t(sysconf(_SC_PAGESIZE));
        std::vector<unsigned char> in((to - from) / page);
        if (mincore(m_data + from, to - from, in.data()) != 0)
            return 0;
        std::size_t bytes = 0;
        for (unsigned char flag : in)
            bytes += (flag & 1) ? page : 0;
        return bytes;
    }

private:
    std::size_t m_bytes;
    std::byte *m_data;
};

} // namespace

class TestPagesAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultsTheWindowAheadAndNoFurther()
    {
        Mapping buffer(64 * mib);
        PagesAhead ahead(16 * mib);
        ahead.follow(buffer.data(), 64 * mib, 4 * mib);
        QTRY_VERIFY_WITH_TIMEOUT(ahead.refused() || ahead.bytesFaulted() >= 16 * mib, 30000);
        if (ahead.refused())
            QSKIP("this kernel has no MADV_POPULATE_WRITE");
        QTRY_VERIFY_WITH_TIMEOUT(ahead.idle(), 30000); // done: it would have gone too far by now
        QCOMPARE(ahead.bytesFaulted(), 16 * mib);
        // From what was filled to the window's end, and nothing before or after.
        QCOMPARE(buffer.resident(0, 4 * mib), std::size_t(0));
        QCOMPARE(buffer.resident(4 * mib, 20 * mib), 16 * mib);
        QCOMPARE(buffer.resident(20 * mib, 64 * mib), std::size_t(0));
        // Filled further: the window moves, up to the buffer's end; what the filler
        // passed it leaves to the filler.
        ahead.follow(buffer.data(), 64 * mib, 60 * mib);
        QTRY_VERIFY_WITH_TIMEOUT(ahead.bytesFaulted() >= 20 * mib, 30000);
        QCOMPARE(buffer.resident(60 * mib, 64 * mib), 4 * mib);
        QCOMPARE(buffer.resident(20 * mib, 60 * mib), std::size_t(0));
    }

    void changesNoByteWhileTheBufferIsFilled()
    {
        Mapping buffer(48 * mib);
        PagesAhead ahead(8 * mib);
        auto *words = reinterpret_cast<std::uint64_t *>(buffer.data());
        const std::size_t count = 48 * mib / sizeof(std::uint64_t);
        for (std::size_t i = 0; i < count; ++i) {
            words[i] = i * 0x9E3779B97F4A7C15ULL;
            if (i % 8192 == 0)
                ahead.follow(buffer.data(), 48 * mib, i * sizeof(std::uint64_t));
        }
        ahead.release();
        for (std::size_t i = 0; i < count; ++i)
            if (words[i] != i * 0x9E3779B97F4A7C15ULL)
                QFAIL(qPrintable(u"word %1 changed"_qs.arg(i)));
    }

    void leavesAReleasedBufferAlone()
    {
        auto buffer = std::make_unique<Mapping>(64 * mib);
        PagesAhead ahead(64 * mib);
        ahead.follow(buffer->data(), 64 * mib, 0);
        ahead.release(); // returns with no page of it being faulted in
        const std::size_t faulted = ahead.bytesFaulted();
        const std::size_t resident = buffer->resident(0, 64 * mib);
        QVERIFY(ahead.idle());
        QCOMPARE(ahead.bytesFaulted(), faulted);
        QCOMPARE(buffer->resident(0, 64 * mib), resident);
        buffer.reset(); // unmapped: nothing may touch it now
        QVERIFY(ahead.idle());
        QCOMPARE(ahead.bytesFaulted(), faulted);
    }

    void followsAnotherBufferFromItsFilling()
    {
        Mapping first(16 * mib), second(16 * mib);
        PagesAhead ahead(4 * mib);
        ahead.follow(first.data(), 16 * mib, 0);
        QTRY_VERIFY_WITH_TIMEOUT(ahead.refused() || ahead.bytesFaulted() >= 4 * mib, 30000);
        if (ahead.refused())
            QSKIP("this kernel has no MADV_POPULATE_WRITE");
        ahead.follow(second.data(), 16 * mib, 8 * mib); // a vector that moved, half full
        QTRY_VERIFY_WITH_TIMEOUT(ahead.bytesFaulted() >= 8 * mib, 30000);
        QCOMPARE(second.resident(0, 8 * mib), std::size_t(0));
        QCOMPARE(second.resident(8 * mib, 12 * mib), 4 * mib);
        QCOMPARE(first.resident(4 * mib, 16 * mib), std::size_t(0));
    }
};

QTEST_MAIN(TestPagesAhead)
#include "tst_pagesahead.moc"
