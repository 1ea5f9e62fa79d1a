#pragma once

#include "TextEncoding.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace LeadStage {

// Turns a file's bytes, arriving in blocks, into UTF-16 text. Our own decoders rather
// than QStringDecoder: Qt 6.4 has no Windows-1252, and the reader needs to know *where*
// a character it must not take was, to name the line and column it belongs to.
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);

    TextEncoding encoding() const { return m_encoding; }

    // Windows-1252 only: flag byte sequences that are valid UTF-8 beyond ASCII ("Ã¼"
    // for "ü"), when Windows-1252 was only a guess and such text means it was wrong.
    void flagUtf8Sequences(bool flag) { m_flagUtf8 = flag; }

    // Appends the text of `bytes` to `out`. A sequence cut by the end of `bytes` waits
    // for the next call. The index in `out` of each character that cannot be taken is
    // appended to `flaggedAt`: an invalid sequence (it becomes U+FFFD), a NUL (kept as
    // U+0000: NUL is no text) and, when asked, the first character of a UTF-8 sequence.
    void decode(QByteArrayView bytes, QString &out, std::vector<qsizetype> &flaggedAt);

    // No more bytes come: a sequence still waiting is invalid.
    void finish(QString &out, std::vector<qsizetype> &flaggedAt);

    // Where the first byte that is not valid UTF-8 is, and whether characters beyond
    // ASCII are (what detectEncoding decides by).
    struct Utf8Check
    {
        qsizetype firstInvalid = -1;
        int invalidLength = 0;
        bool multiByte = false;
    };
    static Utf8Check checkUtf8(QByteArrayView bytes, bool complete);

private:
    struct Invalid;
    static char16_t *putInvalid(char16_t *out, const Invalid &invalid);
    static char16_t *putNul(char16_t *out, const Invalid &invalid);
    char16_t *decodeUtf8(const unsigned char *in, const unsigned char *end, char16_t *out, Invalid invalid);
    char16_t *decodeUtf16(const unsigned char *in, const unsigned char *end, char16_t *out, Invalid invalid);
    char16_t *decodeWindows1252(const unsigned char *in, const unsigned char *end, char16_t *out,
                                Invalid invalid) const;

    TextEncoding m_encoding;
    bool m_flagUtf8 = false;
    unsigned char m_pending[4] = {}; // bytes of a sequence cut at a block end
    int m_pendingLength = 0;
};

} // namespace LeadStage
