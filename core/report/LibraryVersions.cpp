#include "LibraryVersions.h"

#include <Eigen/Core>
#include <openssl/crypto.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zlib.h>

namespace LeadStage {

QList<LibraryVersion> coreLibraryVersions()
{
    // OpenSSL_version(OPENSSL_VERSION) reads "OpenSSL 3.0.x 1 Jan 2025": the second word is the number.
    const QString openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).section(u' ', 1, 1);
    return {
        {u"SQLite"_qs, QString::fromLatin1(sqlite3_libversion()), u"public domain"_qs},
        {u"libxlsxwriter"_qs, QString::fromLatin1(lxw_version()), u"BSD-2-Clause"_qs},
        // minizip has no version call; its header's version, read by CMake, and the zlib it runs on.
        {u"minizip"_qs,
         u"%1 (zlib %2)"_qs.arg(QStringLiteral(LEADSTAGE_MINIZIP_VERSION), QString::fromLatin1(zlibVersion())),
         u"zlib"_qs},
        {u"Eigen"_qs, u"%1.%2.%3"_qs.arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION),
         u"MPL-2.0"_qs},
        {u"OpenSSL libcrypto"_qs, openssl, u"Apache-2.0"_qs},
    };
}

} // namespace LeadStage
