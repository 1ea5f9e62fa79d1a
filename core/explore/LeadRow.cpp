#include "LeadRow.h"

#include "common/TimeFormat.h"

namespace LeadStage {

QString cellText(const LeadRow &row, ExplorerColumn column, bool exact)
{
    const QVariant &value = row.at(column);
    if (!value.isValid())
        return {};
    if (columnSpec(column).kind == ColumnKind::Time) {
        const std::int64_t seconds = value.toLongLong();
        return exact ? isoUtc(seconds) : isoDate(seconds);
    }
    return value.toString();
}

} // namespace LeadStage
