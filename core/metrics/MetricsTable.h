#pragma once

#include <QJsonValue>
#include <QString>

#include <vector>

namespace LeadStage {

// One table of `leadstage metrics`' output. Each cell holds the exact value (for
// JSON and CSV) and the text the dashboard shows for it (for the table format and
// JSON's "texts"), so the three formats are written from the same rows.
struct MetricsColumn
{
    QString key;         // JSON member and CSV header: "iqls", "mqlRate"
    QString title;       // the table format's header: "IQLs", "IQL → MQL"
    bool numeric = true; // right-aligned in the table format
    bool inText = true;  // shown by the table format (JSON and CSV carry every column)
};

struct MetricsCell
{
    QJsonValue value; // null when there is nothing to show (a rate over nobody)
    QString text;
};

struct MetricsTable
{
    QString key;   // "generation", "qualityBySource"
    QString title; // "IQL generation per month"
    std::vector<MetricsColumn> columns;
    std::vector<std::vector<MetricsCell>> rows; // one cell per column
};

} // namespace LeadStage
