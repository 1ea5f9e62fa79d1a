#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace LeadStage {

// One named file of a report made of several (a CSV folder's files, an XLSX's zip
// entries), in the order the report lists them.
struct ReportPart
{
    QString name;
    QByteArray bytes;
};

// Proof that a report is as LeadStage wrote it. The writer puts `marker()` followed by
// 64 zeros exactly once into the report (inside the manifest); sealing replaces the
// zeros with the SHA-256 of the report as it is with the zeros, so any later edit of
// any byte — a number, a label, the manifest — breaks the seal. Over several parts the
// hash covers each part's name and bytes in order.
namespace ReportSeal {

enum class State { Intact, Broken, Missing };

// "LEADSTAGE-SEAL:" — followed by the 64 hex digits.
QByteArray marker();
QByteArray placeholder(); // marker() + 64 × '0'

// Fills in the seal; false when the placeholder is missing or occurs more than once.
bool seal(QByteArray &bytes);
bool seal(std::vector<ReportPart> &parts);

State check(const QByteArray &bytes);
State check(const std::vector<ReportPart> &parts);

// "intact", "broken", "missing" as verify prints it.
QString stateName(State state);

} // namespace ReportSeal
} // namespace LeadStage
