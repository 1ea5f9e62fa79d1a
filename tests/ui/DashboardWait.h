#pragma once

#include "dashboard/DashboardView.h"

#include <QTest>

// The dashboard tests wait for the answer to the view's latest request this way.
namespace DashboardWait {

inline constexpr int waitMs = 60000;

// True once the view shows a result and has nothing more to compute.
inline bool untilReady(const LeadStage::DashboardView &view)
{
    return QTest::qWaitFor([&] { return !view.isBusy() && view.result(); }, waitMs);
}

} // namespace DashboardWait
