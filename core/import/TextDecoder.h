#pragma once

#include "TextEncoding.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace LeadStage {

// Turns a file's bytes, arriving in blocks, into UTF-16 text. Our own decoders rather
// than QStringDecoder: Qt 6.4 has no Windows-1252, and the reader needs to know *where*
// an invalid byte sequence was to name the line and column it belongs to.
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);

    TextEncoding encoding() const { return m_encoding; }

    // Appends the text of `bytes` to `out`. A sequence cut by the end of `bytes` waits
    // for the next call. Each invalid sequence becomes U+FFFD and its index in `out` is
    // appended to `invalidAt`.
    void decode(QByteArrayView bytes, QString &out, std::vector<qsizetype> &invalidAt);

    // No more bytes come: a sequence still waiting is invalid.
    void finish(QString &out, std::vector<qsizetype> &invalidAt);

private:
    struct Invalid;
    static char16_t *putInvalid(char16_t *out, const Invalid &invalid);
    char16_t *decodeUtf8(const unsigned char *in, const unsigned char *end, char16_t *out,
                         Invalid invalid);
    char16_t *decodeUtf16(const unsigned char *in, const unsigned char *end, char16_t *out);

    TextEncoding m_encoding;
    unsigned char m_pending[4] = {}; // bytes of a sequence cut at a block end
    int m_pendingLength = 0;
};

} // namespace LeadStage
