<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="71"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="76"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/DisplayFormat.cpp" line="81"/>
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterScope</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="36"/>
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="38"/>
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="40"/>
        <source>%n industries</source>
        <translation>
            <numerusform>%n industry</numerusform>
            <numerusform>%n industries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/FilterScope.cpp" line="42"/>
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::CapacityPanel</name>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="302"/>
        <source>Now, at MQL ≥ %1: %2 MQLs a month over the last %n month(s), precision %3, recall %4 (%5 of %6 outcomes; back-test of %7 leads).</source>
        <translation>
            <numerusform>Now, at MQL ≥ %1: %2 MQLs a month over the last month, precision %3, recall %4 (%5 of %6 outcomes; back-test of %7 leads).</numerusform>
            <numerusform>Now, at MQL ≥ %1: %2 MQLs a month over the last %n months, precision %3, recall %4 (%5 of %6 outcomes; back-test of %7 leads).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="397"/>
        <source>MQL ≥ %1
%2 MQLs a month (%3 in %n month(s))
precision %4 (%5 of %6 MQLs reached the outcome)
recall %7 (%5 of %8 outcomes)</source>
        <translation>
            <numerusform>MQL ≥ %1
%2 MQLs a month (%3 in 1 month)
precision %4 (%5 of %6 MQLs reached the outcome)
recall %7 (%5 of %8 outcomes)</numerusform>
            <numerusform>MQL ≥ %1
%2 MQLs a month (%3 in %n months)
precision %4 (%5 of %6 MQLs reached the outcome)
recall %7 (%5 of %8 outcomes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluatePanel</name>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="342"/>
        <source>Back-testing %n model(s): scoring each lead with its events up to the moment…</source>
        <translation>
            <numerusform>Back-testing %n model: scoring each lead with its events up to the moment…</numerusform>
            <numerusform>Back-testing %n models: scoring each lead with its events up to the moment…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::FitRuleTableModel</name>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln fit point(s) when %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln fit point when %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln fit points when %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportPreviewPage</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="160"/>
        <source>%n of these rows will be rejected (marked red; the tooltip says why).</source>
        <translation>
            <numerusform>%n of these rows will be rejected (marked red; the tooltip says why).</numerusform>
            <numerusform>%n of these rows will be rejected (marked red; the tooltip says why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="162"/>
        <source>%n cell(s) are read as missing (greyed).</source>
        <translation>
            <numerusform>%n cell is read as missing (greyed).</numerusform>
            <numerusform>%n cells are read as missing (greyed).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportValidationPage</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="220"/>
        <source>%n row(s) are ready to import.</source>
        <translation>
            <numerusform>%n row is ready to import.</numerusform>
            <numerusform>%n rows are ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="223"/>
        <source>%n row(s) will be rejected; the first are listed below with their reasons.</source>
        <translation>
            <numerusform>%n row will be rejected; it is listed below with its reason.</numerusform>
            <numerusform>%n rows will be rejected; the first are listed below with their reasons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadExplorer</name>
    <message numerus="yes">
        <location filename="../ui/explorer/LeadExplorer.cpp" line="128"/>
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n row copied.</numerusform>
            <numerusform>%n rows copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelEditorPage</name>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="291"/>
        <source>the active model has %n problem(s); the first: %1</source>
        <translation>
            <numerusform>the active model has %n problem: %1</numerusform>
            <numerusform>the active model has %n problems; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::RejectedRowsDialog</name>
    <message numerus="yes">
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="49"/>
        <source>%1: %n row(s) rejected out of %2 read. Each is listed with its reason and the row as it was in the file.</source>
        <translation>
            <numerusform>%1: %n row rejected out of %2 read. It is listed with its reason and the row as it was in the file.</numerusform>
            <numerusform>%1: %n rows rejected out of %2 read. Each is listed with its reason and the row as it was in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/RejectedRowsDialog.cpp" line="80"/>
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n row saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::RuleTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="282"/>
        <source>%n rule(s) in “%1”; double-click to rename the category</source>
        <translation>
            <numerusform>%n rule in “%1”; double-click to rename the category</numerusform>
            <numerusform>%n rules in “%1”; double-click to rename the category</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="358"/>
        <source>Field rule: %1&lt;br&gt;Pays %Ln %2 point(s) once, at the lead’s creation</source>
        <translation>
            <numerusform>Field rule: %1&lt;br&gt;Pays %Ln %2 point once, at the lead’s creation</numerusform>
            <numerusform>Field rule: %1&lt;br&gt;Pays %Ln %2 points once, at the lead’s creation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="364"/>
        <source>Activity &lt;tt&gt;%1&lt;/tt&gt;: %Ln event(s) in this workspace</source>
        <translation>
            <numerusform>Activity &lt;tt&gt;%1&lt;/tt&gt;: %Ln event in this workspace</numerusform>
            <numerusform>Activity &lt;tt&gt;%1&lt;/tt&gt;: %Ln events in this workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="369"/>
        <source>Pays %Ln %1 point(s) %2</source>
        <translation>
            <numerusform>Pays %Ln %1 point %2</numerusform>
            <numerusform>Pays %Ln %1 points %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStage::WizardText</name>
    <message numerus="yes">
        <location filename="../ui/importwizard/WizardText.cpp" line="186"/>
        <source>&apos;%1&apos; in %n cell(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; in %n cell</numerusform>
            <numerusform>&apos;%1&apos; in %n cells</numerusform>
        </translation>
    </message>
</context>
</TS>
