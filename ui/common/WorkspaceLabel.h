#pragma once

#include <QString>

namespace LeadStage::WorkspaceLabel {

// How the window names a workspace that is a file or a schema on a server (issue 21),
// which the rest of the window passes around as one text (Workspace::isServerAddress).

// "Demo" for …/Demo.leadstage; "emea (leads on db.example.com)" for a server's schema.
QString shortName(const QString &workspace);
// A part of a file name made for this workspace: "Demo", or the server's schema "emea".
QString fileNamePart(const QString &workspace);
// The file's path in the platform's spelling, or the address as written.
QString location(const QString &workspace);
// One text per workspace for remembered settings: the absolute (canonical where it
// exists) file path, or the address as written.
QString settingsKey(const QString &workspace);
// Where a file chooser opened for this workspace starts: the file's folder, or (for a
// server's) `fallback`.
QString folderOf(const QString &workspace, const QString &fallback);

} // namespace LeadStage::WorkspaceLabel
