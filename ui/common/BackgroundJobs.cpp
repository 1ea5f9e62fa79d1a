#include "BackgroundJobs.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace LeadStage::BackgroundJobs {

namespace {

// More threads than jobs can ever run at once: a job never queues behind another (the
// dashboard's first numbers must not wait for the explorer's sort); they share the cores.
struct JobPool : QThreadPool
{
    JobPool()
    {
        setObjectName(u"BackgroundJobs"_qs);
        keepThreads(*this, 32);
        // A window need not wait for a job it abandoned (cancelled, it ends at its next
        // check): the application does, before its own data and Qt's go.
        qAddPostRoutine(&waitForJobs);
    }
    static void waitForJobs();
};
Q_GLOBAL_STATIC(JobPool, jobPool)

void JobPool::waitForJobs()
{
    if (!jobPool.isDestroyed())
        jobPool()->waitForDone();
}

} // namespace

void lowerThisThread()
{
#ifdef Q_OS_LINUX
    // On Linux a nice value belongs to a thread (PRIO_PROCESS with a thread id).
    thread_local bool lowered = false;
    // A thread waiting for a future runs the job itself if it has not started (Qt's work
    // stealing): the GUI thread must stay as it is.
    if (lowered || (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread()))
        return;
    lowered = true;
    const auto thread = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, thread, std::min(nice + lowerBy, 19));
#endif
}

int niceOfThisThread()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

void keepThreads(QThreadPool &pool, int maxThreads)
{
    pool.setMaxThreadCount(maxThreads);
    pool.setExpiryTimeout(-1);
}

QThreadPool *pool()
{
    return jobPool();
}

} // namespace LeadStage::BackgroundJobs
