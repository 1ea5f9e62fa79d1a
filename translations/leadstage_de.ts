<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LeadStage::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht angelegt: abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>The demo workspace was not created</source>
        <translation>Der Demo-Arbeitsbereich wurde nicht angelegt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="79"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Create an empty workspace file</source>
        <translation>Eine leere Arbeitsbereich-Datei anlegen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Open a .leadstage workspace file</source>
        <translation>Eine .leadstage-Arbeitsbereich-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Creating the demo workspace</source>
        <translation>Demo-Arbeitsbereich wird angelegt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>%1 leads · %2 events · %3 outcomes</source>
        <translation>%1 Leads · %2 Ereignisse · %3 Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source> · events %1 – %2</source>
        <translation> · Ereignisse %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>%1 — LeadStage</source>
        <translation>%1 — LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>LeadStage</source>
        <translation>LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>LeadStage workspaces (*.leadstage)</source>
        <translation>LeadStage-Arbeitsbereiche (*.leadstage)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>The workspace was not created</source>
        <translation>Der Arbeitsbereich wurde nicht angelegt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Open it with File → Open, or choose another name.</source>
        <translation>Öffnen Sie ihn mit Datei → Öffnen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>LeadStage workspaces (*.leadstage);;All files (*)</source>
        <translation>LeadStage-Arbeitsbereiche (*.leadstage);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>LeadStage::TaskProgressDialog</name>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="29"/>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="32"/>
        <source> — %1 %2/s, about %3 s left</source>
        <translation> — %1 %2/s, noch etwa %3 s</translation>
    </message>
</context>
<context>
    <name>LeadStage::WelcomePage</name>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="15"/>
        <source>LeadStage</source>
        <translation>LeadStage</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="20"/>
        <source>Open a workspace to see its leads, or create a new one.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Leads zu sehen, oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="22"/>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="23"/>
        <source>Open Workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="32"/>
        <source>Double-click or press Enter to open</source>
        <translation>Zum Öffnen doppelklicken oder Eingabetaste drücken</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="43"/>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceOverview</name>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="20"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="22"/>
        <source>Engagement events</source>
        <translation>Engagement-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="24"/>
        <source>Sales outcomes</source>
        <translation>Vertriebsergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="26"/>
        <source>Activity types</source>
        <translation>Aktivitätstypen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="28"/>
        <source>Scoring model versions</source>
        <translation>Versionen des Scoring-Modells</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="30"/>
        <source>Scored leads</source>
        <translation>Bewertete Leads</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="32"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="34"/>
        <source>Rejected import rows</source>
        <translation>Abgelehnte Importzeilen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="50"/>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="50"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="79"/>
        <source>Events from %1 to %2 (UTC)</source>
        <translation>Ereignisse vom %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="81"/>
        <source>This workspace has no engagement events yet.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Engagement-Ereignisse.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="88"/>
        <source>%1 rows in table %2</source>
        <translation>%1 Zeilen in Tabelle %2</translation>
    </message>
</context>
</TS>
