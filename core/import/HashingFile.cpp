#include "HashingFile.h"

#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace LeadStage {

HashingFile::HashingFile(const QString &path)
    : m_path(path)
    , m_file(path)
{}

bool HashingFile::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    // A pipe, a FIFO or a terminal: no size, no seeking, a read may return less than asked.
    m_sequential = m_file.isSequential() || !QFileInfo(m_path).isFile();
    // Unbuffered: the CSV reader reads large blocks, a second buffer would only copy.
    return QIODevice::open(ReadOnly | Unbuffered);
}

void HashingFile::close()
{
    m_file.close();
    m_kept.clear();
    QIODevice::close();
}

void HashingFile::keepForRewind()
{
    m_keeping = m_bytesHashed == 0;
}

bool HashingFile::rewind()
{
    if (!m_keeping)
        return false;
    m_keeping = false;
    m_replayed = 0;
    // QIODevice counts the position of a random-access device itself.
    return m_sequential || QIODevice::seek(0);
}

qint64 HashingFile::readData(char *data, qint64 maxSize)
{
    if (m_replayed < m_kept.size()) {
        const qsizetype take = std::min<qsizetype>(qsizetype(maxSize), m_kept.size() - m_replayed);
        std::memcpy(data, m_kept.constData() + m_replayed, std::size_t(take));
        m_replayed += take;
        if (m_replayed == m_kept.size() && !m_keeping)
            m_kept = QByteArray(); // replayed: the memory goes back
        return take;
    }
    const qint64 got = readFile(data, maxSize);
    if (got > 0 && m_keeping) {
        m_kept.append(data, got);
        m_replayed = m_kept.size();
    }
    return got;
}

qint64 HashingFile::readFile(char *data, qint64 maxSize)
{
    const qint64 got = m_file.read(data, maxSize);
    if (got > 0) {
        m_hash.add(data, std::size_t(got));
        m_bytesHashed += got;
    } else if (got < 0) {
        setErrorString(m_file.errorString());
    }
    return got;
}

QString HashingFile::finishHash()
{
    if (m_file.isOpen()) {
        QByteArray rest(1 << 20, Qt::Uninitialized);
        while (readFile(rest.data(), rest.size()) > 0) {
        }
    }
    return m_hash.hexDigest();
}

} // namespace LeadStage
