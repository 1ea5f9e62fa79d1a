#include "ReportSeal.h"

#include <QCryptographicHash>

namespace LeadStage::ReportSeal {

namespace {

constexpr int hexLength = 64;

// Where the 64 hex digits start, or -1 when the marker is missing or not unique.
qsizetype digitsAt(const QByteArray &bytes)
{
    const QByteArray mark = marker();
    const qsizetype at = bytes.indexOf(mark);
    if (at < 0 || bytes.indexOf(mark, at + 1) >= 0 || at + mark.size() + hexLength > bytes.size())
        return -1;
    return at + mark.size();
}

QByteArray zeros()
{
    return QByteArray(hexLength, '0');
}

QByteArray hashOf(const std::vector<ReportPart> &parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ReportPart &part : parts) {
        hash.addData(part.name.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        const QByteArray size = QByteArray::number(part.bytes.size());
        hash.addData(size);
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(part.bytes);
    }
    return hash.result().toHex();
}

// The part holding the seal and where its digits start; {-1, -1} unless exactly one.
std::pair<int, qsizetype> sealIn(const std::vector<ReportPart> &parts)
{
    std::pair<int, qsizetype> found{-1, -1};
    for (int i = 0; i < int(parts.size()); ++i) {
        if (!parts[i].bytes.contains(marker()))
            continue;
        const qsizetype at = digitsAt(parts[i].bytes);
        if (at < 0 || found.first >= 0)
            return {-1, -1};
        found = {i, at};
    }
    return found;
}

} // namespace

QByteArray marker()
{
    return QByteArrayLiteral("LEADSTAGE-SEAL:");
}

QByteArray placeholder()
{
    return marker() + zeros();
}

bool seal(QByteArray &bytes)
{
    const qsizetype at = digitsAt(bytes);
    if (at < 0 || bytes.mid(at, hexLength) != zeros())
        return false;
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    bytes.replace(at, hexLength, digest);
    return true;
}

bool seal(std::vector<ReportPart> &parts)
{
    const auto [part, at] = sealIn(parts);
    if (part < 0 || parts[part].bytes.mid(at, hexLength) != zeros())
        return false;
    const QByteArray digest = hashOf(parts);
    parts[part].bytes.replace(at, hexLength, digest);
    return true;
}

State check(const QByteArray &bytes)
{
    const qsizetype at = digitsAt(bytes);
    if (at < 0)
        return State::Missing;
    QByteArray unsealed = bytes;
    const QByteArray written = unsealed.mid(at, hexLength);
    unsealed.replace(at, hexLength, zeros());
    return QCryptographicHash::hash(unsealed, QCryptographicHash::Sha256).toHex() == written ? State::Intact
                                                                                             : State::Broken;
}

State check(const std::vector<ReportPart> &parts)
{
    const auto [part, at] = sealIn(parts);
    if (part < 0)
        return State::Missing;
    std::vector<ReportPart> unsealed = parts;
    const QByteArray written = unsealed[part].bytes.mid(at, hexLength);
    unsealed[part].bytes.replace(at, hexLength, zeros());
    return hashOf(unsealed) == written ? State::Intact : State::Broken;
}

QString stateName(State state)
{
    switch (state) {
    case State::Intact:
        return u"intact"_qs;
    case State::Broken:
        return u"broken"_qs;
    case State::Missing:
        return u"missing"_qs;
    }
    return {};
}

} // namespace LeadStage::ReportSeal
