#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace LeadStage {

// The character encodings CSV exports arrive in (DESIGN §6).
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// What the first bytes of a file say about its encoding.
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes of byte-order mark to skip; 0 when there is none
};

// BOM first; without one, UTF-8 when `head` is valid UTF-8, else Windows-1252 (the
// other encoding spreadsheets on Windows write). `complete` says `head` is the whole
// file, so a multi-byte sequence cut at its end is an error rather than a cut.
EncodingGuess detectEncoding(QByteArrayView head, bool complete);

// The length of the BOM `encoding` would put at the start of `head`, or 0.
int bomLength(QByteArrayView head, TextEncoding encoding);

QString encodingName(TextEncoding encoding); // "UTF-8", "UTF-16LE", "Windows-1252"
std::optional<TextEncoding> encodingFromName(QStringView name); // case-insensitive

} // namespace LeadStage
