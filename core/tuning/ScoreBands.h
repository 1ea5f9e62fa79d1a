#pragma once

#include "RocAuc.h"

#include <QString>

#include <array>
#include <cstdint>
#include <span>

namespace LeadStage {

// The outcome rate per engagement band of DESIGN §9: 0–24, 25–49, 50–74, 75–99, 100+
// (a score below 0, which decay cannot produce but a negative rule can, counts in 0–24).
class ScoreBands
{
public:
    struct Band
    {
        QString label;
        double low = 0; // the band holds scores ≥ low and < the next band's low
        std::int64_t leads = 0;
        std::int64_t positives = 0;
        double rate() const { return leads > 0 ? double(positives) / double(leads) : 0; }
    };
    static constexpr std::size_t count = 5;

    static ScoreBands of(std::span<const ScoredCase> cases);
    const std::array<Band, count> &bands() const { return m_bands; }
    static std::size_t bandOf(double score);

private:
    std::array<Band, count> m_bands;
};

} // namespace LeadStage
