#include "HashingFile.h"

namespace LeadStage {

HashingFile::HashingFile(const QString &path)
    : m_file(path)
{
}

bool HashingFile::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    // Unbuffered: the CSV reader reads large blocks, a second buffer would only copy.
    return QIODevice::open(ReadOnly | Unbuffered);
}

void HashingFile::close()
{
    m_file.close();
    QIODevice::close();
}

qint64 HashingFile::readData(char *data, qint64 maxSize)
{
    const qint64 got = m_file.read(data, maxSize);
    if (got > 0)
        m_hash.add(data, std::size_t(got));
    return got;
}

QString HashingFile::finishHash()
{
    if (m_file.isOpen()) {
        QByteArray rest(1 << 20, Qt::Uninitialized);
        qint64 got = 0;
        while ((got = m_file.read(rest.data(), rest.size())) > 0)
            m_hash.add(rest.constData(), std::size_t(got));
    }
    return m_hash.hexDigest();
}

} // namespace LeadStage
