#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace LeadStage {

// The character encodings CSV exports arrive in (DESIGN §6).
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// Why a file is read in the encoding it is read in.
enum class EncodingReason {
    Chosen,        // by the user (--encoding, the wizard's Encoding box)
    ByteOrderMark, // the file starts with one
    ValidUtf8,     // the bytes looked at are valid UTF-8
    NotUtf8,       // a byte is not valid UTF-8 and no character beyond ASCII is: Windows-1252
};

// What the first bytes of a file say about its encoding.
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes of byte-order mark to skip; 0 when there is none
    EncodingReason reason = EncodingReason::ValidUtf8;
    // Where the first byte that is not valid UTF-8 starts (-1: none) and how long it is.
    qsizetype firstInvalid = -1;
    int invalidLength = 0;
    // Besides that byte, characters that are valid UTF-8 beyond ASCII: read either way,
    // part of the text would come out wrong ("Müller" as "MÃ¼ller"), so nobody may guess.
    bool mixed = false;
};

// BOM first; without one, UTF-8 when `head` is valid UTF-8; Windows-1252 (the other
// encoding spreadsheets on Windows write) when a byte is not and nothing beyond ASCII
// is valid UTF-8; `mixed` when both occur. `complete` says `head` is the whole file, so
// a multi-byte sequence cut at its end is an error rather than a cut.
EncodingGuess detectEncoding(QByteArrayView head, bool complete);

// The length of the BOM `encoding` would put at the start of `head`, or 0.
int bomLength(QByteArrayView head, TextEncoding encoding);

// How a file came to be read in its encoding, as the summary and the wizard tell it.
struct EncodingChoice
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    EncodingReason reason = EncodingReason::ValidUtf8;
    bool wholeFile = false;  // the detection saw the whole file, not only its first block
    qsizetype bytesSeen = 0; // what the detection looked at
    // NotUtf8: the first byte that is not valid UTF-8, where it is (line, CSV column).
    QByteArray badBytes;
    int badLine = 0;
    int badColumn = 0;
};

QString encodingName(TextEncoding encoding);                    // "UTF-8", "UTF-16LE", "Windows-1252"
std::optional<TextEncoding> encodingFromName(QStringView name); // case-insensitive
QString encodingNames();                                        // "UTF-8, UTF-16LE, UTF-16BE, Windows-1252"
QString encodingReasonKey(EncodingReason reason);               // "chosen", "byte-order mark", ...
QString hexBytes(const QByteArray &bytes);                      // "0xFC", "0xC3 0x28"

} // namespace LeadStage
