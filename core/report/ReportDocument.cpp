#include "ReportDocument.h"

namespace LeadStage {

int ReportTable::columnIndex(QStringView key) const
{
    for (int i = 0; i < int(columns.size()); ++i) {
        if (columns[i].key == key)
            return i;
    }
    return -1;
}

const ReportTable *ReportDocument::table(QStringView key) const
{
    for (const ReportTable &table : tables) {
        if (table.key == key)
            return &table;
    }
    return nullptr;
}

} // namespace LeadStage
