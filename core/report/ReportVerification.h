#pragma once

#include "ReportSeal.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace LeadStage {

// One number of a report that no longer holds: where it is and what it was and is.
struct MovedNumber
{
    QString table;  // "funnelByStage"
    QString row;    // the row's key value: "MQL", "2025-10", "Google"
    QString column; // "reached"
    QJsonValue was; // undefined when the row or column is new
    QJsonValue now; // undefined when it is gone
};

// `leadstage report verify`: a report's manifest against the same request recomputed
// from the workspace as it is now. Whether the file is as LeadStage wrote it (the seal),
// which numbers moved, and why they may have (what changed in the basis).
struct ReportVerification
{
    ReportSeal::State seal = ReportSeal::State::Missing;
    int numbersChecked = 0;
    std::vector<MovedNumber> moved;
    QStringList basisChanges; // one sentence each: a new import, another model …

    bool holds() const { return seal == ReportSeal::State::Intact && moved.empty(); }

    // `reported` is the manifest read from the file, `recomputed` the new document's.
    static ReportVerification compare(const QJsonObject &reported, const QJsonObject &recomputed,
                                      ReportSeal::State seal);
    // The command's answer in words: the verdict first, then what moved and why.
    QString text() const;
};

} // namespace LeadStage
