#include "LeadLabel.h"

#include <QCoreApplication>

namespace LeadStage {

QString leadLabel(const QString &name, const QString &email, const QString &crmId, std::int64_t id)
{
    for (const QString &candidate : {name, email, crmId})
        if (const QString text = candidate.trimmed(); !text.isEmpty())
            return text;
    return QCoreApplication::translate("LeadLabel", "Lead #%1").arg(id);
}

} // namespace LeadStage
