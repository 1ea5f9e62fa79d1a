#pragma once

#include "scoring/ScoreLedger.h"
#include "scoring/ScoringModel.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace LeadStage {

// One of the lead's events as the detail lists it.
struct LeadEventRow
{
    std::int64_t at = 0;
    QString activity; // the activity type's label
    QString track;
    QString detail;
};

// A moment the lead first reached a stage; the Stage order is DESIGN §4's.
struct StageMoment
{
    Stage stage = Stage::Lead;
    std::optional<std::int64_t> at;
};

// Everything the lead detail shows about one lead, read in one go off the GUI thread.
struct LeadDetail
{
    std::int64_t id = 0;
    QString title;                                   // leadLabel(): the name, e-mail, CRM id or "Lead #id"
    std::vector<std::pair<QString, QString>> fields; // label, value
    std::vector<std::pair<QString, QString>> attrs;  // unmapped import columns
    std::vector<StageMoment> moments;                // IQL … Customer
    std::optional<std::int64_t> lostAt;
    std::int64_t createdAt = 0;
    bool scored = false;               // lead_state has a row for the lead
    std::int64_t storedEngagement = 0; // lead_state.engagement, as the table shows it
    QString stage;
    QString grade;
    QString modelName; // ModelInForce::describe()
    Thresholds thresholds;
    std::optional<ScoreLedger> ledger; // nothing when the lead has not been scored
    std::vector<LeadEventRow> events;
};

} // namespace LeadStage
