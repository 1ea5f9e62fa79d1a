#pragma once

#include <QList>
#include <QString>

namespace LeadStage {

// The libraries LeadStage is built on, each with the version it runs with (or, for
// header-only and statically known ones, was built with): for About and `--version`.
struct LibraryVersion
{
    QString name;
    QString version;
    QString licence;
};

// SQLite, libxlsxwriter, minizip, Eigen and OpenSSL's libcrypto; the window adds Qt and QCustomPlot.
QList<LibraryVersion> coreLibraryVersions();

} // namespace LeadStage
