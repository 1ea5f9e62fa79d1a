#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/types.h>

// Runs the real leadstage binary, as a user would, for the command line's
// end-to-end tests.
namespace LeadstageProcess {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run leadstage(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(LEADSTAGE_BINARY));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(300000))
        qFatal("leadstage did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Starts leadstage held at `point` (LEADSTAGE_TEST_HOLD, TestHold) and kills it there,
// as a crash or a power cut would: true when it was held there and died of the kill.
// `whileHeld` runs first, while it is held (another process reading meanwhile).
inline bool killLeadstageAt(const QStringList &arguments, const QByteArray &point,
                            const std::function<void()> &whileHeld = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LEADSTAGE_TEST_HOLD"_qs, QString::fromUtf8(point));
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits on this one
    process.start(QStringLiteral(LEADSTAGE_BINARY), arguments);
    if (!process.waitForStarted())
        return false;
    QByteArray err;
    const QByteArray held = "leadstage: held at " + point;
    while (!err.contains(held) && process.state() == QProcess::Running && process.waitForReadyRead(120000))
        err += process.readAllStandardError();
    if (!err.contains(held)) {
        qWarning("never held at %s: %s", point.constData(), err.constData());
        process.kill();
        process.waitForFinished();
        return false;
    }
    if (whileHeld)
        whileHeld();
    ::kill(pid_t(process.processId()), SIGKILL);
    return process.waitForFinished() && process.exitStatus() == QProcess::CrashExit;
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

// `content` as the file `name` in `dir`; its path.
inline QString writeIn(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    writeFile(path, content);
    return path;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Wrong arguments: exit code 2 and exactly one line on stderr that says why.
inline void verifyBadArguments(const QStringList &arguments, const QString &expected)
{
    const Run run = leadstage(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

} // namespace LeadstageProcess
