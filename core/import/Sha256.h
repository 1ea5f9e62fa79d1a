#pragma once

#include <QString>

#include <cstddef>

struct evp_md_ctx_st;

namespace LeadStage {

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions:
// several times the speed of QCryptographicHash's portable code, which took an eighth
// of an import's reading thread.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(const char *bytes, std::size_t size);
    // The digest of everything added, in lower-case hex; the hash starts afresh.
    QString hexDigest();

private:
    evp_md_ctx_st *m_context;
};

} // namespace LeadStage
