#pragma once

// A widget grabbed offscreen into the build's screenshots folder, for a person to look at
// (each GUI test target defines LEADSTAGE_SCREENSHOTS).

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace LeadStage::Testing {

inline void saveScreenshot(QWidget &widget, const QString &name)
{
    // Posted layout requests and queued replots run first, as they would on screen:
    // the events already waiting, not a guessed number of milliseconds.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    // A window that holds its paints for a turn (the import wizard after a click) would be
    // grabbed half drawn, with the page before it.
    QTRY_VERIFY(widget.window()->updatesEnabled() && widget.updatesEnabled());
    QDir().mkpath(QStringLiteral(LEADSTAGE_SCREENSHOTS));
    const QString path = QDir(QStringLiteral(LEADSTAGE_SCREENSHOTS)).filePath(name);
    QVERIFY(widget.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace LeadStage::Testing
