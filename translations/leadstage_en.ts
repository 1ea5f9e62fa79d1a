<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LeadStage::CapacityPanel</name>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="298"/>
        <source>Now, at MQL ≥ %1: %2 MQLs a month over the last %n month(s), precision %3, recall %4 (%5 of %6 outcomes; back-test of %7 leads).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="393"/>
        <source>MQL ≥ %1
%2 MQLs a month (%3 in %n month(s))
precision %4 (%5 of %6 MQLs reached the outcome)
recall %7 (%5 of %8 outcomes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardView.cpp" line="195"/>
        <source>%n lead(s) selected, as of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardView.cpp" line="210"/>
        <source>None of the %n selected lead(s) has reached IQL under the active model. Widen the filter, or import their engagement events (File → Import).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluatePanel</name>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="338"/>
        <source>Back-testing %n model(s): scoring each lead with its events up to the moment…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportPreviewPage</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="158"/>
        <source>%n of these rows will be rejected (marked red; the tooltip says why).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="160"/>
        <source>%n cell(s) are read as missing (greyed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadExplorer</name>
    <message numerus="yes">
        <location filename="../ui/explorer/LeadExplorer.cpp" line="113"/>
        <source>%n row(s) copied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelEditorPage</name>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="281"/>
        <source>the active model has %n problem(s); the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::RuleTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="281"/>
        <source>%n rule(s) in “%1”; double-click to rename the category</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::WizardText</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/WizardText.cpp" line="183"/>
        <source>&apos;%1&apos; in %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
