#include "Sha256.h"

#include <QByteArray>

#include <openssl/evp.h>

#include <stdexcept>

namespace LeadStage {

namespace {

void start(EVP_MD_CTX *context)
{
    // Fails only without memory or with a broken libcrypto: nothing a caller could mend.
    if (!context || EVP_DigestInit_ex(context, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL cannot start a SHA-256 digest");
}

} // namespace

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    start(m_context);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::add(const char *bytes, std::size_t size)
{
    EVP_DigestUpdate(m_context, bytes, size);
}

QString Sha256::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, digest, &length);
    start(m_context);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace LeadStage
