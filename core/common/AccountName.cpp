#include "AccountName.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace LeadStage::AccountName {

QString ofThisSession()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
        if (QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return name;
#ifdef Q_OS_UNIX
    // A service or a container may start LeadStage without a login's environment.
    if (const passwd *account = getpwuid(geteuid()); account != nullptr && account->pw_name != nullptr)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return {};
}

} // namespace LeadStage::AccountName
