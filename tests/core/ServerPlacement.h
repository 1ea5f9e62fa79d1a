#pragma once

// Where a core suite's new workspace lives: the file it was made in, or, when
// LEADSTAGE_TEST_STORE is "postgres", a copy of it in a schema of its own on the test
// server (LEADSTAGE_TEST_POSTGRES), so that one suite runs on both stores (CTest
// registers it twice: leadstage_run_also_on_server in tests/CMakeLists.txt).

#include "store/Workspace.h"
#include "store/copy/WorkspaceCopy.h"
#include "store/postgres/ServerConnection.h"
#include "store/postgres/WorkspaceAddress.h"

#include <QCoreApplication>

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

    // The new file's workspace, copied to a schema named after the process and this
    // placement and opened there; the same workspace when the suite runs on files.
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
        m_schema = u"fixture_%1_%2"_qs.arg(QCoreApplication::applicationPid()).arg(++made);
        auto source = WorkspaceAddress::parse(path);
        auto destination = WorkspaceAddress::parse(address());
        // A wrong LEADSTAGE_TEST_POSTGRES would name a file: the suite would pass on SQLite.
        if (!source || !destination || !destination->isServer())
            qFatal("not a server's address: %s", qPrintable(address()));
        dropSchema(); // one a killed run of this process id left
        if (auto copied = WorkspaceCopy::run(*source, *destination); !copied)
            qFatal("copy: %s", qPrintable(copied.error().toString()));
        return address();
    }

private:
    QString address() const { return qEnvironmentVariable("LEADSTAGE_TEST_POSTGRES") + u"&schema="_qs + m_schema; }

    void dropSchema() const
    {
        if (auto connection = ServerConnection::connect(*WorkspaceAddress::parse(address())))
            static_cast<void>(connection->execute("DROP SCHEMA IF EXISTS \"" + m_schema.toStdString() + "\" CASCADE",
                                                  u"dropping a test schema"_qs));
    }

    QString m_schema; // on the server: the workspace's
};

} // namespace LeadStage::Testing
