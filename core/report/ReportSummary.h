#pragma once

#include "QuarterFigures.h"
#include "ReportLanguage.h"

#include <QStringList>

#include <optional>

namespace LeadStage {

struct EvaluatedModel;

// The report's summary in words, written from the numbers alone, the same words for
// the same numbers: "IQL generation rose 12 % to 1,412 …". One sentence per finding.
class ReportSummary
{
public:
    static QStringList sentences(const QuarterFigures &figures, const ReportLanguage &language,
                                 const EvaluatedModel *backTest);

private:
    static QString generation(const QuarterFigures &figures, const ReportLanguage &language);
    static QString conversion(const QuarterFigures &figures, const ReportLanguage &language);
    static QString timeToMql(const QuarterFigures &figures, const ReportLanguage &language);
    static QString engagement(const QuarterFigures &figures, const ReportLanguage &language);
    static QString topSource(const QuarterFigures &figures, const ReportLanguage &language);
    static QString funnel(const QuarterFigures &figures, const ReportLanguage &language);
    static QString model(const EvaluatedModel &backTest, const ReportLanguage &language);
};

} // namespace LeadStage
