#pragma once

#include "BackgroundSha256.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>

#include <cstdint>

namespace LeadStage {

// An import's input, opened once and read once: a regular file, a named pipe, or
// what a shell passes as `<(command)` or /dev/stdin. Every byte is SHA-256 hashed (on a thread of its
// own) as it comes from the file, so the import records the hash of exactly the bytes it read.
// What is read before rewind() is kept and read again after it: a scan of the first
// rows and the import then share one pass over a pipe. Read-only and forward-only
// otherwise: the CSV reader never seeks.
class HashingFile : public QIODevice
{
public:
    explicit HashingFile(const QString &path);

    bool open(OpenMode mode) override;
    void close() override;
    // A pipe reads as a stream, with no size known before its end.
    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_sequential ? 0 : m_file.size(); }
    // The size when the file has one, else -1 (a pipe).
    std::int64_t knownSize() const { return m_sequential ? -1 : std::int64_t(m_file.size()); }
    QString fileErrorString() const { return m_file.errorString(); }
    const QString &path() const { return m_path; }

    // From the first byte on, what is read is kept in memory until rewind(); then
    // reading starts again at the first byte: the kept bytes come from memory, then
    // the file goes on where it was. Once per file.
    void keepForRewind();
    bool rewind();

    // Hashes what is left unread (a reader may stop early), then gives the hex digest.
    QString finishHash();
    std::int64_t bytesHashed() const { return m_bytesHashed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 readFile(char *data, qint64 maxSize);

    QString m_path;
    QFile m_file;
    BackgroundSha256 m_hash;
    std::int64_t m_bytesHashed = 0;
    bool m_sequential = false;
    bool m_keeping = false;   // between keepForRewind() and rewind(): what is read is kept
    QByteArray m_kept;        // the bytes read before rewind()
    qsizetype m_replayed = 0; // after rewind(): how much of m_kept was read again
};

} // namespace LeadStage
