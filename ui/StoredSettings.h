#pragma once

#include <QString>
#include <QVariant>

// The settings file, read once into memory and written in the background. Every write of
// it syncs the file to disk (a lock file and the file itself, fdatasync), 3–315 ms on the
// GUI thread on a slow disk: the window's "remember the last choice" writes were its
// longest stalls. Reads come from the copy in memory, so the GUI thread never waits on
// Qt's settings lock while a write holds it. A value written is read back at once;
// writes reach the file in the order they were made, and all of them before the
// application object is destroyed. Changes made to the file by other processes meanwhile
// are not seen (they are kept: QSettings merges on each write).
namespace LeadStage::StoredSettings {

QVariant value(const QString &key, const QVariant &fallback = {});
// Writes `value` under `key` unless it is stored already (a value read back from the
// file is text: compared as text too, where it converts).
void write(const QString &key, const QVariant &value);
void remove(const QString &key);
// Returns once every write made so far is in the file (for code that reads the file
// another way, such as tests).
void flush();
// Forgets every setting (tests), once earlier writes are done.
void clearAll();

} // namespace LeadStage::StoredSettings
