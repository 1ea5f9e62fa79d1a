#include "TextDecoder.h"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace LeadStage {

namespace {

constexpr char16_t replacement = 0xFFFD;

// Windows-1252 is Latin-1 except 0x80-0x9F. The five bytes it leaves undefined map to
// the C1 controls of the same value, as the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> windows1252High{0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                   0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

constexpr std::array<char16_t, 256> makeWindows1252Table()
{
    std::array<char16_t, 256> table{};
    for (int byte = 0; byte < 256; ++byte)
        table[byte] = byte >= 0x80 && byte < 0xA0 ? windows1252High[byte - 0x80] : char16_t(byte);
    return table;
}

constexpr std::array<char16_t, 256> windows1252 = makeWindows1252Table();

enum class Sequence { Valid, Invalid, Cut };

struct Decoded
{
    Sequence kind;
    int length;         // bytes consumed (Valid, Invalid) or available (Cut)
    char32_t codePoint; // for Valid
};

// One UTF-8 sequence at `in` (whose first byte is >= 0x80). Invalid sequences consume
// their "maximal subpart", as Unicode §3.9 recommends, so one bad byte costs one U+FFFD.
Decoded decodeUtf8Sequence(const unsigned char *in, const unsigned char *end)
{
    const unsigned char lead = in[0];
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead < 0xE0) {
        length = 2;
    } else if (lead >= 0xE0 && lead < 0xF0) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead < 0xF5) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return {Sequence::Invalid, 1, 0};
    }
    char32_t codePoint = lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        if (in + i == end)
            return {Sequence::Cut, i, 0};
        const unsigned char byte = in[i];
        if (byte < (i == 1 ? low : 0x80) || byte > (i == 1 ? high : 0xBF))
            return {Sequence::Invalid, i, 0};
        codePoint = (codePoint << 6) | (byte & 0x3F);
    }
    return {Sequence::Valid, length, codePoint};
}

char16_t *putCodePoint(char32_t codePoint, char16_t *out)
{
    if (codePoint < 0x10000) {
        *out++ = char16_t(codePoint);
    } else {
        codePoint -= 0x10000;
        *out++ = char16_t(0xD800 + (codePoint >> 10));
        *out++ = char16_t(0xDC00 + (codePoint & 0x3FF));
    }
    return out;
}

} // namespace

// Where invalid sequences are recorded: `base` is the index in the QString of `begin`.
struct TextDecoder::Invalid
{
    std::vector<qsizetype> &positions;
    const char16_t *begin;
    qsizetype base;
};

char16_t *TextDecoder::putInvalid(char16_t *out, const Invalid &invalid)
{
    invalid.positions.push_back(invalid.base + (out - invalid.begin));
    *out = replacement;
    return out + 1;
}

char16_t *TextDecoder::putNul(char16_t *out, const Invalid &invalid)
{
    invalid.positions.push_back(invalid.base + (out - invalid.begin));
    *out = 0;
    return out + 1;
}

TextDecoder::Utf8Check TextDecoder::checkUtf8(QByteArrayView bytes, bool complete)
{
    Utf8Check check;
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = begin + bytes.size();
    for (const unsigned char *in = begin; in != end;) {
        if (*in < 0x80) {
            ++in;
            continue;
        }
        const Decoded d = decodeUtf8Sequence(in, end);
        if (d.kind == Sequence::Cut && !complete)
            break;
        if (d.kind == Sequence::Valid) {
            check.multiByte = true;
        } else if (check.firstInvalid < 0) {
            check.firstInvalid = in - begin;
            check.invalidLength = d.length;
        }
        if (check.multiByte && check.firstInvalid >= 0)
            break;
        in += d.length;
    }
    return check;
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{}

void TextDecoder::decode(QByteArrayView bytes, QString &out, std::vector<qsizetype> &flaggedAt)
{
    const qsizetype base = out.size();
    // Every encoding yields at most one UTF-16 unit per byte, plus what was pending.
    out.resize(base + bytes.size() + m_pendingLength + 1);
    char16_t *begin = reinterpret_cast<char16_t *>(out.data()) + base;
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = in + bytes.size();
    char16_t *written = begin;
    const Invalid invalid{flaggedAt, begin, base};
    switch (m_encoding) {
    case TextEncoding::Utf8:
        written = decodeUtf8(in, end, begin, invalid);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        written = decodeUtf16(in, end, begin, invalid);
        break;
    case TextEncoding::Windows1252:
        written = decodeWindows1252(in, end, begin, invalid);
        break;
    }
    out.truncate(base + (written - begin));
}

void TextDecoder::finish(QString &out, std::vector<qsizetype> &flaggedAt)
{
    if (m_pendingLength == 0)
        return;
    // A cut UTF-8 sequence or a lone UTF-16 byte: one U+FFFD.
    flaggedAt.push_back(out.size());
    out.append(QChar(replacement));
    m_pendingLength = 0;
}

char16_t *TextDecoder::decodeUtf8(const unsigned char *in, const unsigned char *end, char16_t *out, Invalid invalid)
{
    if (m_pendingLength > 0) {
        // Finish the sequence the previous block cut, from a copy of at most 4 bytes.
        unsigned char joined[4];
        std::memcpy(joined, m_pending, m_pendingLength);
        const int taken = int(std::min<qsizetype>(4 - m_pendingLength, end - in));
        std::memcpy(joined + m_pendingLength, in, taken);
        const Decoded d = decodeUtf8Sequence(joined, joined + m_pendingLength + taken);
        if (d.kind == Sequence::Cut) {
            std::memcpy(m_pending + m_pendingLength, in, taken);
            m_pendingLength += taken;
            return out;
        }
        out = d.kind == Sequence::Valid ? putCodePoint(d.codePoint, out) : putInvalid(out, invalid);
        in += d.length - m_pendingLength; // the pending bytes were a valid prefix
        m_pendingLength = 0;
    }
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (in != end) {
        // ASCII fast path, sixteen bytes at a time where SSE2 is there (every x86-64),
        // else eight: the common case of every export. A chunk with a byte >= 0x80 or a
        // NUL takes the slow path.
#if defined(__SSE2__)
        const __m128i zero = _mm_setzero_si128();
        while (end - in >= 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
            if (_mm_movemask_epi8(chunk) != 0 || _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, zero)) != 0)
                break;
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(chunk, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(chunk, zero));
            in += 16;
            out += 16;
        }
#endif
        while (end - in >= 8) {
            std::uint64_t chunk;
            std::memcpy(&chunk, in, 8);
            if ((chunk & highs) || ((chunk - ones) & ~chunk & highs))
                break;
            for (int i = 0; i < 8; ++i)
                out[i] = in[i];
            in += 8;
            out += 8;
        }
        if (in == end)
            break;
        if (*in < 0x80) {
            if (*in == 0)
                out = putNul(out, invalid);
            else
                *out++ = *in;
            ++in;
            continue;
        }
        const Decoded d = decodeUtf8Sequence(in, end);
        if (d.kind == Sequence::Cut) {
            std::memcpy(m_pending, in, d.length);
            m_pendingLength = d.length;
            break;
        }
        out = d.kind == Sequence::Valid ? putCodePoint(d.codePoint, out) : putInvalid(out, invalid);
        in += d.length;
    }
    return out;
}

char16_t *TextDecoder::decodeUtf16(const unsigned char *in, const unsigned char *end, char16_t *out, Invalid invalid)
{
    // Surrogates pass through unpaired checks: QString holds UTF-16 as it is, so only a
    // byte cut at a block end needs to wait.
    const bool little = m_encoding == TextEncoding::Utf16LE;
    const auto unit = [little](unsigned char a, unsigned char b) { return char16_t(little ? a | b << 8 : a << 8 | b); };
    const auto put = [&invalid](char16_t *to, char16_t c) {
        if (c == 0)
            return putNul(to, invalid);
        *to = c;
        return to + 1;
    };
    if (m_pendingLength == 1 && in != end) {
        out = put(out, unit(m_pending[0], *in++));
        m_pendingLength = 0;
    }
    for (; end - in >= 2; in += 2)
        out = put(out, unit(in[0], in[1]));
    if (in != end) {
        m_pending[0] = *in;
        m_pendingLength = 1;
    }
    return out;
}

char16_t *TextDecoder::decodeWindows1252(const unsigned char *in, const unsigned char *end, char16_t *out,
                                         Invalid invalid) const
{
    for (; in != end; ++in) {
        if (*in == 0) {
            out = putNul(out, invalid);
            continue;
        }
        // A lead byte followed by valid continuation bytes is UTF-8, not "Ã¼"; a sequence
        // cut by the block's end goes unflagged (the guess is a guess, this the check of it).
        if (m_flagUtf8 && *in >= 0xC2 && *in < 0xF5 && decodeUtf8Sequence(in, end).kind == Sequence::Valid)
            invalid.positions.push_back(invalid.base + (out - invalid.begin));
        *out++ = windows1252[*in];
    }
    return out;
}

} // namespace LeadStage
