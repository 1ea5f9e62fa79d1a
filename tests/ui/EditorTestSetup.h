#pragma once

// What the scoring-model editor's GUI tests start from: settings of their own (test
// mode, nothing remembered) and a small scored demo of a year.

#include "Application.h"
#include "demo/DemoWorkspace.h"

#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace LeadStage::Testing {

inline void startWithFreshSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::describe();
    QSettings().clear();
}

inline void createYearDemo(const QString &path, int leads)
{
    DemoOptions options;
    options.leads = leads;
    options.months = 12;
    if (!createDemoWorkspace(path, options, nullptr))
        qFatal("demo generation failed");
}

} // namespace LeadStage::Testing
