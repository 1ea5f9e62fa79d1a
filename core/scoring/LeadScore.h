#pragma once

#include "Moments.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace LeadStage {

// Lifecycle stages in DESIGN §4 order: a later one is further along.
enum class Stage : std::uint8_t { Lead, IQL, MQL, PQL, SQL, Opportunity, Customer };
enum class Grade : std::uint8_t { A, B, C, D };
enum class Health : std::uint8_t { Active, Stagnant, Archived };

QString stageName(Stage stage);
QString gradeName(Grade grade);
QString healthName(Health health);
// The names as the window shows them, in its language ("Opportunity" → "Opportunité");
// the *Name functions above stay the stored and command-line words.
QString stageTitle(Stage stage);
QString healthTitle(Health health);
std::optional<Stage> stageFromName(QStringView name);
std::optional<Grade> gradeFromName(QStringView name);
std::optional<Health> healthFromName(QStringView name);

// One lead's scores at the analysis date. Times are UTC seconds, noTime when
// never reached; nurture indexes point into the model's tracks and steps (-1: none).
// Scores are 64-bit like the replay's running totals (ReplayTotals).
struct LeadScore
{
    std::int64_t info = 0;
    std::int64_t intent = 0;
    std::int64_t product = 0;
    std::int64_t decay = 0; // points decay has taken so far
    std::int64_t engagement = 0;
    std::int32_t fit = 0;
    std::int64_t iqlAt = noTime;
    std::int64_t mqlAt = noTime;
    std::int64_t pqlAt = noTime;
    std::int64_t lastActivityAt = noTime;
    Grade grade = Grade::D;
    Stage stage = Stage::Lead;
    Health health = Health::Active;
    bool hasIntent = false;
    std::int16_t nurtureTrack = -1;
    std::int16_t nurtureStep = -1;
};

} // namespace LeadStage
