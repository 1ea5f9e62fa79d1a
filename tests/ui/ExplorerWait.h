#pragma once

#include "explorer/LeadExplorer.h"
#include "explorer/LeadTableModel.h"

#include <QTest>

#include <algorithm>

// The leads page's tests wait for the answer to its latest query this way.
namespace ExplorerWait {

// Waits until the table shows the newest query and rows [0, count) are read.
inline bool untilRows(LeadStage::LeadExplorer &explorer, int count, int waitMs = 30000)
{
    if (!QTest::qWaitFor([&] { return !explorer.isBusy(); }, waitMs))
        return false;
    count = std::min(count, explorer.rowCount());
    for (int row = 0; row < count; ++row)
        explorer.model()->rowAt(row); // asks for the pages
    return QTest::qWaitFor(
        [&] {
            for (int row = 0; row < count; ++row)
                if (!explorer.model()->rowAt(row))
                    return false;
            return true;
        },
        waitMs);
}

} // namespace ExplorerWait
