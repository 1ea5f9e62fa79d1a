#pragma once

// Where a core suite's new workspace lives: the file it was made in, or, when
// LEADSTAGE_TEST_STORE is "postgres", a copy of it in a schema of its own on the test
// server (LEADSTAGE_TEST_POSTGRES), so that one suite runs on both stores (CTest
// registers it twice: leadstage_run_also_on_server in tests/CMakeLists.txt).

#include "../postgres/TestServer.h"
#include "store/Workspace.h"
#include "store/copy/WorkspaceCopy.h"

#include <memory>

namespace LeadStage::Testing {

class ServerPlacement
{
public:
    ServerPlacement() = default;
    ServerPlacement(const ServerPlacement &) = delete;
    ServerPlacement &operator=(const ServerPlacement &) = delete;

    // Declare it before the workspace it placed: the workspace closes first, then its schema goes.
    ~ServerPlacement()
    {
        if (!m_schema.isEmpty())
            dropSchema();
    }

    static bool wanted() { return qEnvironmentVariable("LEADSTAGE_TEST_STORE") == u"postgres"_qs; }

    bool onServer() const { return !m_schema.isEmpty(); }
    const QString &schema() const { return m_schema; } // empty on files

    // The new file's workspace, copied to a schema named after this placement and the
    // process (TestServer) and opened there; the same workspace when the suite runs on files.
    std::unique_ptr<Workspace> place(std::unique_ptr<Workspace> file)
    {
        if (!wanted())
            return file;
        const QString path = file->path();
        file.reset();
        auto opened = Workspace::open(place(path), Workspace::Options{});
        if (!opened)
            qFatal("open: %s", qPrintable(opened.error().toString()));
        return std::move(*opened);
    }

    // The same for a workspace file no one has open: the address of its copy on the
    // server (for the command line to open), or the path itself.
    QString place(const QString &path)
    {
        if (!wanted())
            return path;
        static int made = 0;
        m_schema = TestServer::schemaName(u"fixture_%1"_qs.arg(++made));
        auto source = WorkspaceAddress::parse(path);
        const WorkspaceAddress destination = TestServer::parsed(m_schema);
        // A wrong LEADSTAGE_TEST_POSTGRES would name a file: the suite would pass on SQLite.
        if (!source || !destination.isServer())
            qFatal("not a server's address: %s", qPrintable(destination.text()));
        dropSchema(); // one a killed run of this process id left
        if (auto copied = WorkspaceCopy::run(*source, destination); !copied)
            qFatal("copy: %s", qPrintable(copied.error().toString()));
        return TestServer::address(m_schema);
    }

private:
    void dropSchema() const
    {
        ServerConnection connection = TestServer::connect();
        TestServer::dropSchema(connection, m_schema);
    }

    QString m_schema; // on the server: the workspace's
};

} // namespace LeadStage::Testing
