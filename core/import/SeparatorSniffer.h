#pragma once

#include <QStringView>

namespace LeadStage {

// Guesses the field separator of CSV text from its first records: the candidate
// (, ; TAB |) that splits the header into the most fields and gives the most records the
// header's field count, quotes respected. Only separators that split the header count.
class SeparatorSniffer
{
public:
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};

    // `sample` is the start of the file; `complete` says it is the whole file, so its
    // last record is not cut. Returns ',' when no candidate splits the header.
    static char16_t sniff(QStringView sample, bool complete, int maxRecords = 50);

private:
    struct Score
    {
        int headerFields = 0;
        int consistent = 0; // records after the header with the header's field count
        int records = 0;    // records after the header
        bool betterThan(const Score &other) const;
    };

    static Score score(QStringView sample, bool complete, char16_t separator, int maxRecords);
};

} // namespace LeadStage
