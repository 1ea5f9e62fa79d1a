#pragma once

#include <cmath>
#include <cstdint>
#include <span>

namespace LeadStage {

// A small, fast PRNG whose sequence is fixed by its seed on every platform
// (std:: distributions are not), so the demo data is byte-identical everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}
    Random(std::uint64_t seed, std::uint64_t stream)
        : m_state(mix(seed) ^ mix(stream + 0x632be59bd9b4e019ULL))
    {}

    std::uint64_t next()
    {
        // splitmix64
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        return mix(z);
    }

    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    std::int64_t between(std::int64_t low, std::int64_t high) // inclusive
    {
        return low + std::int64_t(next() % std::uint64_t(high - low + 1));
    }
    bool chance(double probability) { return uniform() < probability; }

    double normal()
    {
        // Box–Muller; one value per call keeps the sequence simple to reason about.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

    int poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 30) // normal approximation keeps large means cheap
            return std::max(0, int(std::lround(mean + std::sqrt(mean) * normal())));
        const double limit = std::exp(-mean);
        int count = 0;
        for (double product = uniform(); product > limit; product *= uniform())
            ++count;
        return count;
    }

    // Index into `weights`, chosen with probability proportional to the weight.
    template <typename Weights>
    std::size_t pick(const Weights &weights)
    {
        double total = 0;
        for (const auto &weight : weights)
            total += weight;
        double target = uniform() * total;
        std::size_t index = 0;
        for (const auto &weight : weights) {
            if (target < weight)
                return index;
            target -= weight;
            ++index;
        }
        return index - 1;
    }

private:
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state;
};

} // namespace LeadStage
