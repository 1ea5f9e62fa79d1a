#include "SeparatorSniffer.h"

#include "CsvParser.h"

namespace LeadStage {

char16_t SeparatorSniffer::sniff(QStringView sample, bool complete, int maxRecords)
{
    char16_t best = u',';
    Score bestScore;
    for (const char16_t candidate : candidates) {
        const Score s = score(sample, complete, candidate, maxRecords);
        if (s.headerFields > 1 && s.betterThan(bestScore)) {
            best = candidate;
            bestScore = s;
        }
    }
    return best;
}

SeparatorSniffer::Score SeparatorSniffer::score(QStringView sample, bool complete, char16_t separator, int maxRecords)
{
    const CsvParser parser(separator);
    CsvRecord record;
    Score s;
    qsizetype pos = 0;
    while (s.records < maxRecords) {
        const CsvParser::Outcome outcome = parser.parse(sample, pos, complete, record);
        if (outcome.step == CsvParser::Step::End || outcome.step == CsvParser::Step::NeedMore)
            break;
        pos = outcome.next;
        if (outcome.step == CsvParser::Step::Blank)
            continue;
        if (s.headerFields == 0) {
            s.headerFields = int(record.size());
            continue;
        }
        ++s.records;
        if (!record.rejected() && record.size() == s.headerFields)
            ++s.consistent;
    }
    return s;
}

// Compares the share of consistent records first (cross-multiplied, to stay in integers),
// then the header's width. Ties keep the earlier candidate, so ',' wins a tie.
bool SeparatorSniffer::Score::betterThan(const Score &other) const
{
    if (other.headerFields == 0)
        return true;
    const long long mine = (long long)consistent * std::max(other.records, 1);
    const long long theirs = (long long)other.consistent * std::max(records, 1);
    if (mine != theirs)
        return mine > theirs;
    return headerFields > other.headerFields;
}

} // namespace LeadStage
