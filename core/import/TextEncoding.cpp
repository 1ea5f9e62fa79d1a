#include "TextEncoding.h"

#include "TextDecoder.h"

#include <QStringList>

#include <array>

namespace LeadStage {

namespace {

struct NamedEncoding
{
    TextEncoding encoding;
    QStringView name;
};

constexpr std::array<NamedEncoding, 4> names{{
    {TextEncoding::Utf8, u"UTF-8"},
    {TextEncoding::Utf16LE, u"UTF-16LE"},
    {TextEncoding::Utf16BE, u"UTF-16BE"},
    {TextEncoding::Windows1252, u"Windows-1252"},
}};

bool startsWith(QByteArrayView head, std::initializer_list<unsigned char> bytes)
{
    if (head.size() < qsizetype(bytes.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char b : bytes)
        if (static_cast<unsigned char>(head[i++]) != b)
            return false;
    return true;
}

} // namespace

int bomLength(QByteArrayView head, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return startsWith(head, {0xEF, 0xBB, 0xBF}) ? 3 : 0;
    case TextEncoding::Utf16LE:
        return startsWith(head, {0xFF, 0xFE}) ? 2 : 0;
    case TextEncoding::Utf16BE:
        return startsWith(head, {0xFE, 0xFF}) ? 2 : 0;
    case TextEncoding::Windows1252:
        return 0;
    }
    return 0;
}

EncodingGuess detectEncoding(QByteArrayView head, bool complete)
{
    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        if (const int length = bomLength(head, encoding))
            return {encoding, length, EncodingReason::ByteOrderMark};
    }
    const TextDecoder::Utf8Check check = TextDecoder::checkUtf8(head, complete);
    if (check.firstInvalid < 0)
        return {TextEncoding::Utf8, 0, EncodingReason::ValidUtf8};
    return {check.multiByte ? TextEncoding::Utf8 : TextEncoding::Windows1252,
            0,
            EncodingReason::NotUtf8,
            check.firstInvalid,
            check.invalidLength,
            check.multiByte};
}

QString encodingNames()
{
    QStringList list;
    for (const NamedEncoding &named : names)
        list << named.name.toString();
    return list.join(u", "_qs);
}

QString encodingReasonKey(EncodingReason reason)
{
    switch (reason) {
    case EncodingReason::Chosen:
        return u"chosen"_qs;
    case EncodingReason::ByteOrderMark:
        return u"byte-order mark"_qs;
    case EncodingReason::ValidUtf8:
        return u"valid UTF-8"_qs;
    case EncodingReason::NotUtf8:
        return u"not UTF-8"_qs;
    }
    return {};
}

QString hexBytes(const QByteArray &bytes)
{
    QStringList list;
    for (const char byte : bytes)
        list << u"0x"_qs
                    + QString::number(uint(static_cast<unsigned char>(byte)), 16).toUpper().rightJustified(2, u'0');
    return list.join(u' ');
}

QString encodingName(TextEncoding encoding)
{
    for (const NamedEncoding &named : names)
        if (named.encoding == encoding)
            return named.name.toString();
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    for (const NamedEncoding &named : names)
        if (named.name.compare(name, Qt::CaseInsensitive) == 0)
            return named.encoding;
    return std::nullopt;
}

} // namespace LeadStage
