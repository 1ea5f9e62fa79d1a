#include "ScoreBands.h"

namespace LeadStage {

std::size_t ScoreBands::bandOf(double score)
{
    if (score >= 100)
        return 4;
    if (score < 25)
        return 0;
    return std::size_t(score / 25);
}

ScoreBands ScoreBands::of(std::span<const ScoredCase> cases)
{
    ScoreBands bands;
    bands.m_bands = {Band{u"0–24"_qs, 0}, Band{u"25–49"_qs, 25}, Band{u"50–74"_qs, 50}, Band{u"75–99"_qs, 75},
                     Band{u"100+"_qs, 100}};
    for (const ScoredCase &c : cases) {
        Band &band = bands.m_bands[bandOf(c.score)];
        ++band.leads;
        band.positives += c.positive ? 1 : 0;
    }
    return bands;
}

} // namespace LeadStage
