#pragma once

#include "common/Result.h"
#include "scoring/ModelInForce.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <vector>

namespace LeadStage {

class Workspace;

// One import the report's data includes (or an undone one, marked).
struct ReportImport
{
    std::int64_t id = 0;
    QString kind;     // "leads", "events", "outcomes"
    QString fileName; // without its folder: the same report on another machine
    QString sha256;   // empty for imports older than the hash
    std::int64_t rows = 0;
    std::int64_t finishedAt = 0;
    std::optional<std::int64_t> undoneAt;
};

// What a report was made from: the workspace, its analysis date, the model that
// scored it (with the SHA-256 of the model's stored JSON), every import and the row
// counts. In the report's basis table and its manifest; `report verify` compares it.
struct ReportBasis
{
    QString workspaceName; // the file name
    std::int64_t analysisDate = 0;
    ModelInForce model;
    QString modelSha256;
    std::vector<ReportImport> imports; // oldest first
    std::int64_t leads = 0;
    std::int64_t events = 0;
    std::int64_t outcomes = 0;

    QJsonObject toJson() const;

    // The model is the one lead_state was scored with (else the active one).
    static Result<ReportBasis> read(Workspace &workspace, std::int64_t analysisDate);
};

} // namespace LeadStage
