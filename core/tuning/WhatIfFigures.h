#pragma once

#include "DraftComparison.h"
#include "metrics/MetricsFilter.h"
#include "metrics/ReferenceBands.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace LeadStage {

// One number of the what-if panel under the active model and under the draft, written
// as the dashboard writes it (KpiText, DashboardFormat), with the change draft − active.
struct WhatIfFigure
{
    QString label;  // "IQL", "IQL generation"
    QString period; // the dashboard tile's period ("2025-06"); empty for stage counts
    QString active, draft;
    QString change;  // "+23", "−1.2 pp", "±0"; "–" when a side has no value
    QString details; // the exact values, for a tooltip
    bool differs = false;
};

// A cell of the stage-change matrix off its diagonal that holds leads.
struct WhatIfMove
{
    Stage from = Stage::Lead;
    Stage to = Stage::Lead;
    int leads = 0;
};

// What the rule editor's what-if panel shows of a DraftComparison: stage counts (current
// stage at the analysis date), the four IQL metrics as the dashboard's tiles pick them
// (KpiFigure), and the leads that change stage. No arithmetic beyond the differences.
struct WhatIfFigures
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfFigures)

public:
    std::vector<WhatIfFigure> stages;  // indexed by Stage
    std::vector<WhatIfFigure> metrics; // indexed by IqlMetric
    std::vector<WhatIfMove> moves;     // most leads first; ties in stage order
    int changedLeads = 0;
    int countedLeads = 0;
    QString scope; // "2025-01 – 2025-12 by month, as of 2025-12-31 · all leads"

    // true when every count and metric reads the same and no lead changes stage.
    bool sameNumbers() const;

    static WhatIfFigures of(const DraftComparison &comparison, const MetricsFilter &filter);
    // "2025-01 – 2025-12 by month, as of 2025-12-31 · sources: Webinar; grades: A, B"
    static QString scopeOf(const FunnelReport &report, const MetricsFilter &filter);
};

} // namespace LeadStage
