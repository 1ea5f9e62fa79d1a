#pragma once

#include "LeadStateDigests.h"

#include <optional>
#include <thread>
#include <vector>

namespace LeadStage {

class Database;
class LeadStateRow;
struct LeadScore;
struct ScoringInput;

// A full rescore's lead_state digests, worked out when they are first needed: at once
// when stored digests wait to be compared with them, else (an import dropped them) on a
// thread of their own while the caller writes the rows, which nothing makes wait for them.
class RescoreDigests
{
public:
    // None at all when the file has no digests table.
    RescoreDigests(Database &database, const std::vector<LeadScore> &scores, const ScoringInput &input,
                   const LeadStateRow &row);

    // Whether the stored digests equal these: lead_state holds every row already.
    bool unchanged() const { return m_unchanged; }
    // The digests to store, once worked out; nullopt when there are none (no table, or
    // not enough memory: the next rescore then compares the rows).
    std::optional<std::vector<LeadStateDigests::Range>> take();

private:
    std::optional<std::vector<LeadStateDigests::Range>> m_digests;
    bool m_unchanged = false;
    std::jthread m_beside; // declared last: joined before the rest goes
};

} // namespace LeadStage
