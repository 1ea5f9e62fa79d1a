#include "ExplorerColumn.h"

#include "scoring/LeadScore.h"

#include <QtGlobal>

#include <string>

namespace LeadStage {

namespace {

// Stages sort in lifecycle order, not alphabetically: each stored name becomes its
// place in the Stage enumeration, the one definition of that order.
const std::string &stageRankScan()
{
    static const std::string scan = [] {
        std::string sql = "SELECT lead_id, CASE stage";
        for (int stage = int(Stage::Lead); stage <= int(Stage::Customer); ++stage)
            sql += " WHEN '" + stageName(Stage(stage)).toStdString() + "' THEN " + std::to_string(stage);
        return sql + " ELSE " + std::to_string(int(Stage::Customer) + 1) + " END FROM lead_state";
    }();
    return scan;
}

// The name is shown as "first last", so it is ordered the same way.
const std::array<ExplorerColumnSpec, explorerColumnCount> specs = {{
    {ExplorerColumn::Name, QT_TRANSLATE_NOOP("LeadTableModel", "Name"), ColumnKind::Text, true,
     "SELECT id, first_name, last_name FROM leads", 2},
    {ExplorerColumn::Email, QT_TRANSLATE_NOOP("LeadTableModel", "E-mail"), ColumnKind::Text, true,
     "SELECT id, email FROM leads"},
    {ExplorerColumn::Company, QT_TRANSLATE_NOOP("LeadTableModel", "Company"), ColumnKind::Text, true,
     "SELECT id, company FROM leads"},
    {ExplorerColumn::Stage, QT_TRANSLATE_NOOP("LeadTableModel", "Stage"), ColumnKind::Text, false, stageRankScan()},
    {ExplorerColumn::Grade, QT_TRANSLATE_NOOP("LeadTableModel", "Grade"), ColumnKind::Text, true,
     "SELECT lead_id, grade FROM lead_state"},
    {ExplorerColumn::Engagement, QT_TRANSLATE_NOOP("LeadTableModel", "Engagement"), ColumnKind::Number, false,
     "SELECT lead_id, engagement FROM lead_state"},
    {ExplorerColumn::Info, QT_TRANSLATE_NOOP("LeadTableModel", "Info"), ColumnKind::Number, false,
     "SELECT lead_id, info FROM lead_state"},
    {ExplorerColumn::Intent, QT_TRANSLATE_NOOP("LeadTableModel", "Intent"), ColumnKind::Number, false,
     "SELECT lead_id, intent FROM lead_state"},
    {ExplorerColumn::Product, QT_TRANSLATE_NOOP("LeadTableModel", "Product"), ColumnKind::Number, false,
     "SELECT lead_id, product FROM lead_state"},
    {ExplorerColumn::Fit, QT_TRANSLATE_NOOP("LeadTableModel", "Fit"), ColumnKind::Number, false,
     "SELECT lead_id, fit FROM lead_state"},
    {ExplorerColumn::Source, QT_TRANSLATE_NOOP("LeadTableModel", "Source"), ColumnKind::Text, true,
     "SELECT id, source FROM leads"},
    {ExplorerColumn::Campaign, QT_TRANSLATE_NOOP("LeadTableModel", "Campaign"), ColumnKind::Text, true,
     "SELECT id, campaign FROM leads"},
    {ExplorerColumn::Industry, QT_TRANSLATE_NOOP("LeadTableModel", "Industry"), ColumnKind::Text, true,
     "SELECT id, industry FROM leads"},
    {ExplorerColumn::LastActivity, QT_TRANSLATE_NOOP("LeadTableModel", "Last activity"), ColumnKind::Time, false,
     "SELECT lead_id, last_activity_at FROM lead_state"},
    {ExplorerColumn::Created, QT_TRANSLATE_NOOP("LeadTableModel", "Created"), ColumnKind::Time, false,
     "SELECT id, created_at FROM leads"},
    {ExplorerColumn::CrmId, QT_TRANSLATE_NOOP("LeadTableModel", "CRM id"), ColumnKind::Text, true,
     "SELECT id, external_id FROM leads"},
}};

} // namespace

const ExplorerColumnSpec &columnSpec(ExplorerColumn column)
{
    return specs[std::size_t(column)];
}

const std::array<ExplorerColumnSpec, explorerColumnCount> &columnSpecs()
{
    return specs;
}

} // namespace LeadStage
