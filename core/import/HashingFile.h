#pragma once

#include "Sha256.h"

#include <QFile>
#include <QIODevice>

namespace LeadStage {

// A file read through this device is SHA-256 hashed on the way, so the import
// records the hash of exactly the bytes it read without reading the file twice.
// Read-only and forward-only: the CSV reader never seeks.
class HashingFile : public QIODevice
{
public:
    explicit HashingFile(const QString &path);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_file.size(); }
    QString fileErrorString() const { return m_file.errorString(); }

    // Hashes what is left unread (a reader may stop early), then gives the hex digest.
    QString finishHash();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    Sha256 m_hash;
};

} // namespace LeadStage
