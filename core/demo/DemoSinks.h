#pragma once

#include "DemoGenerator.h"

#include <QString>

#include <memory>

namespace LeadStage {

class Workspace;

// Writes demo data as the generic CSV files of DESIGN §3 (leads.csv, events.csv,
// outcomes.csv) into a folder. Each file appears whole at finish() or not at all.
class CsvDemoSink : public DemoSink
{
public:
    static Result<std::unique_ptr<CsvDemoSink>> create(const QString &folder);
    ~CsvDemoSink() override;

    Status write(const DemoLead &lead, std::span<const DemoEvent> events, const DemoOutcome &outcome) override;
    Status finish() override;

private:
    struct Files;
    explicit CsvDemoSink(std::unique_ptr<Files> files);
    Status flush(bool force);

    std::unique_ptr<Files> m_files;
};

// Writes demo data straight into a workspace, in one transaction that commits at
// finish(): a failure or a cancel leaves the workspace as it was.
class WorkspaceDemoSink : public DemoSink
{
public:
    static Result<std::unique_ptr<WorkspaceDemoSink>> create(Workspace &workspace);
    ~WorkspaceDemoSink() override;

    Status write(const DemoLead &lead, std::span<const DemoEvent> events, const DemoOutcome &outcome) override;
    Status finish() override;

private:
    struct Statements;
    WorkspaceDemoSink(Workspace &workspace, std::unique_ptr<Statements> statements);

    Workspace &m_workspace;
    std::unique_ptr<Statements> m_statements;
};

} // namespace LeadStage
