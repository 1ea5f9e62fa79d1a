<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardEngine</name>
    <message>
        <location filename="../ui/dashboard/DashboardEngine.cpp" line="31"/>
        <source>No numbers: %1. Open the workspace again to rescore every lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <location filename="../core/metrics/DashboardFormat.cpp" line="40"/>
        <location filename="../core/metrics/DashboardFormat.cpp" line="56"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/DashboardFormat.cpp" line="50"/>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterLine</name>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="14"/>
        <source>%1 + %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="29"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="34"/>
        <location filename="../ui/report/FilterLine.cpp" line="40"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="40"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/FilterLine.cpp" line="43"/>
        <source>All leads (no filter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="13"/>
        <source>%1 IQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="27"/>
        <source>IQL generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="29"/>
        <source>IQL → MQL conversion (180 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="31"/>
        <source>Median time to MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="33"/>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="66"/>
        <source>no final period yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="69"/>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="72"/>
        <source>no previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="76"/>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="78"/>
        <source>Band %1 (judged per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="80"/>
        <source>Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="81"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="82"/>
        <source>Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/KpiText.cpp" line="83"/>
        <source>%1 band %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCsvExport</name>
    <message>
        <location filename="../core/explore/LeadCsvExport.cpp" line="40"/>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ActivityPicker</name>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="21"/>
        <source>The activity key the rule scores, with its events in this workspace; type a key that is not listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="30"/>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="30"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="31"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ActivityPicker.cpp" line="32"/>
        <source>%1 · %2 track · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::BackTestView</name>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="72"/>
        <source>%1 recorded by the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="75"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="77"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="79"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="93"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="94"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="138"/>
        <source>The model whose gains, bands and stages the tables show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="150"/>
        <source>Tables for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="154"/>
        <source>Outcome rate by score band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="158"/>
        <source>Outcome rate by stage at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="183"/>
        <source>Gains by score decile, highest scores first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="220"/>
        <source>Open These Leads in the Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="259"/>
        <source>at IQL entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="261"/>
        <source>at MQL entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="263"/>
        <source>at the analysis date (snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="264"/>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="271"/>
        <source>No lead in this workspace has an outcome yet: without SQL, opportunity or customer dates there is nothing to check the score against. Import the CRM&apos;s outcomes (File → Import…, a file with the leads&apos; SQL, opportunity or customer dates), then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="275"/>
        <source>No lead in this workspace reached %1 (%2 reached SQL or a later stage). Choose an earlier outcome, or import the %1 dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="282"/>
        <source>No lead was scored %1: %2 Choose another moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="285"/>
        <source>None of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to rank. Choose an earlier date, a longer horizon or an earlier outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="289"/>
        <source>Every one of the %1 leads scored %2 reached %3 within %4 days, so there is nothing to tell apart. Choose a shorter horizon or a later outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="299"/>
        <source>%1 created after the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="301"/>
        <source>%1 reached the outcome before the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="303"/>
        <source>%1 never reached the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="305"/>
        <source>%1 too recent for the whole horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="307"/>
        <source>%1 with an outcome without a date (the snapshot counts them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="309"/>
        <source>%1 leads in the workspace, %2 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="311"/>
        <source>; left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="320"/>
        <source>Check a model to back-test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="337"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (or a later stage) at any time, each lead scored %2 with all its events. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="339"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (or a later stage) within %2 days, each lead scored %3 with its events up to then. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="346"/>
        <source>At stage entry each model finds its own moments: these counts are the reference&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="349"/>
        <source>Optimistic: a snapshot scores every lead with events that may have come after its outcome, so leakage cannot be ruled out and these figures are an upper bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="355"/>
        <source>Provisional: the horizon runs past the analysis date %1, so outcomes still to come count as negatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="416"/>
        <source>Choose another model under Tables for to see, lead by lead, the stage each model gives at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="421"/>
        <source>At stage entry each model scores its own leads at its own moments, so there is no lead-by-lead comparison of stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="437"/>
        <source>Stage at the moment: %1 (rows) against %2 (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="438"/>
        <source>%1 of %2 scored leads are in another stage. Double-click a cell off the diagonal to open its leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="461"/>
        <source>%1 under %2 and %3 under %4, %5: %6 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="514"/>
        <source>%1 under %2, %3: %4 leads, %5 reached %6 within %7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="526"/>
        <source>Decile %1 (scores %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="537"/>
        <source>Scores %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BackTestView.cpp" line="545"/>
        <source>%1 at the moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::BandTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="68"/>
        <source>Double-click to open these %1 leads in the lead explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="83"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="85"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/BandTableModel.cpp" line="87"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::CapacityPanel</name>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="52"/>
        <source>Sales can work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="54"/>
        <source>Catch at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="67"/>
        <source>Use proposed threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="85"/>
        <source> MQLs a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="88"/>
        <source> % of eventual outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="92"/>
        <source>over the last </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="93"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="94"/>
        <source>MQLs are counted over these 30-day months up to the analysis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="106"/>
        <source>MQL threshold (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="107"/>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="109"/>
        <source>MQLs a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="108"/>
        <source>precision, recall (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="112"/>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="115"/>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="213"/>
        <source>Computing the capacity curve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="298"/>
        <source>Now, at MQL ≥ %1: %2 MQLs a month over the last %n month(s), precision %3, recall %4 (%5 of %6 outcomes; back-test of %7 leads).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="306"/>
        <source>Open a workspace with outcomes to see the capacity curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="332"/>
        <source>Give what sales can work a month, the share of outcomes to catch, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="335"/>
        <source>%1 MQLs a month, precision %2, recall %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="340"/>
        <source>Proposed: MQL ≥ %1, the lowest threshold from which MQLs stay within %2 a month: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="346"/>
        <source>Proposed: MQL ≥ %1 meets both: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="349"/>
        <source>Proposed: MQL ≥ %1, the highest threshold that still catches %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="354"/>
        <source>No threshold meets both. Sales&apos; capacity wins: MQL ≥ %1 keeps within %2 a month but catches only %3 of the outcomes (%4 asked): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="362"/>
        <source>No threshold keeps MQLs within %1 a month: triggers and the ICP threshold make MQLs whatever the threshold (%2 a month at the highest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/CapacityPanel.cpp" line="366"/>
        <source>No threshold catches %1 of the outcomes: even the lowest catches %2.</source>
        <translation type="unfinished"></translation>
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
    <name>LeadStage::ChartPanel</name>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="73"/>
        <source>LeadStage dashboard chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="86"/>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="87"/>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="89"/>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="95"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="95"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="97"/>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="101"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartPanel.cpp" line="101"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::CohortHeatMap</name>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="13"/>
        <source>IQL → MQL conversion by cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="19"/>
        <source>% converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="34"/>
        <source>Months of 30 days since IQL (6 = the 180-day conversion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="94"/>
        <source>IQLs of %1 at MQL within %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="105"/>
        <source>Cohort %1 (%2 IQLs)
within %3 days: %4 MQL = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="110"/>
        <source>not final: those days have not all passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/CohortHeatMap.cpp" line="112"/>
        <source>provisional cohort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ConditionEditor</name>
    <message>
        <location filename="../ui/ruleeditor/ConditionEditor.cpp" line="30"/>
        <source>A lead field, or the name of an extra column kept in the lead&apos;s attrs; attrs.NAME always means the extra column, also when a lead field has its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ConditionEditor.cpp" line="35"/>
        <source>= and != compare text (case-insensitive) or numbers; in: one of a list; contains: any of the words; &gt;=, &lt;=, between: numbers; empty: the field has no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::CountEventsChoices</name>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="16"/>
        <source>Count columns as events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="20"/>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="22"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="26"/>
        <source>For exports without event history: a column holding a count per lead (&quot;TotalVisits&quot;, &quot;Emails Opened&quot;) becomes that many events of an activity, dated at the lead&apos;s created date, so rules on that activity score them. The same as `leadstage import --count-as-events COLUMN=ACTIVITY`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="31"/>
        <source>A column no field takes (kept as attribute or ignored) whose cells are whole counts; a cell that is not a count, or a count over %1, rejects its row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="35"/>
        <source>The workspace&apos;s activity the counted events are of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="37"/>
        <source>Turn the column&apos;s counts into events of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="39"/>
        <source>Columns that become events in this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="42"/>
        <source>The selected column is imported as before, without events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="46"/>
        <source>Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="48"/>
        <source>becomes that many events of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="82"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="118"/>
        <source>%1 → events of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="126"/>
        <source>None: every column is imported as mapped above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="127"/>
        <source>Each count becomes that many events at the lead&apos;s created date; importing the file again adds only what a grown count adds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CountEventsChoices.cpp" line="131"/>
        <source>%1 feeds a field or is not in this file: remove it here or map it to no field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::CsvPreviewModel</name>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="73"/>
        <source>Line %1 will be rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="75"/>
        <source>&apos;%1&apos; is read as missing (not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="91"/>
        <source>Rejected because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/CsvPreviewModel.cpp" line="96"/>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="147"/>
        <source>Loading workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardView.cpp" line="195"/>
        <source>%n lead(s) selected, as of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="205"/>
        <source>This workspace holds no leads yet. Import a CRM or marketing-automation export with File → Import (Ctrl+I), or drop the CSV files on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="208"/>
        <source>No lead matches the filter. Widen the date range or clear a filter above.</source>
        <translation type="unfinished"></translation>
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
    <name>LeadStage::DecayChart</name>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="24"/>
        <source>engagement of an idle lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="26"/>
        <source>IQL threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="34"/>
        <source>days since the last event (30-day months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="37"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayChart.cpp" line="56"/>
        <source>Day %1: %2 points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::DecayPanel</name>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="32"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="33"/>
        <source>Months (30 days each) without activity before the score starts to fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="34"/>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="39"/>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="35"/>
        <source>no decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="36"/>
        <source>Points lost for each further full month of inactivity, never below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="40"/>
        <source>The engagement of the idle lead the chart follows (not part of the model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="44"/>
        <source>&amp;Grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="45"/>
        <source>&amp;Decay per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="46"/>
        <source>Decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="49"/>
        <source>&amp;Start score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="50"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="93"/>
        <source>An idle lead at %1 points stays at or above the IQL threshold (%2) all year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="94"/>
        <source>%1 points is below the IQL threshold (%2) already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecayPanel.cpp" line="95"/>
        <source>An idle lead at %1 points falls below the IQL threshold (%2) on day %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::DecileTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="74"/>
        <source>Double-click to open these %1 leads in the lead explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="76"/>
        <source>Tied scores stay together: this row holds a tie that crosses the end of a decile (or there are fewer than ten leads), so it covers deciles %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="89"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Cum. gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="90"/>
        <source>Cum. lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="92"/>
        <source>Tenths of the scored leads, highest scores first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="93"/>
        <source>The highest and lowest score in the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="94"/>
        <source>Leads in the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="95"/>
        <source>Of them, leads that reached the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="96"/>
        <source>Outcomes / leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="97"/>
        <source>The row&apos;s rate / the overall rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="98"/>
        <source>The share of all outcomes found in this row and the ones above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DecileTableModel.cpp" line="99"/>
        <source>The rate so far / the overall rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::DraftTablePanel</name>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="33"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="34"/>
        <source>Add a %1 below the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="35"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="36"/>
        <source>Delete the selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="51"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="52"/>
        <source>Try this %1 earlier (the first that holds wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="54"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/DraftTablePanel.cpp" line="55"/>
        <source>Try this %1 later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::EngagementChart</name>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="14"/>
        <source>Engagement rate of IQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="38"/>
        <source>reference band 35–50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="43"/>
        <source>IQLs with an event in the month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="90"/>
        <source>IQLs engaged in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="99"/>
        <source>%1: %2 of %3 IQLs engaged = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/EngagementChart.cpp" line="103"/>
        <source>partial month: the analysis date falls inside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluatePanel</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="50"/>
        <source>Could not read the CRM&apos;s recorded stages: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="76"/>
        <source>Back-testing: scoring each lead with its events up to the moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="80"/>
        <source>Back-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="81"/>
        <source>How well each checked model ranks the leads that reached the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="121"/>
        <source>Could not read the workspace&apos;s leads and events: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="138"/>
        <source>Open a workspace to back-test its scoring model against its outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="142"/>
        <source>Reading the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="230"/>
        <source>Could not read the saved models: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="243"/>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="244"/>
        <source>Draft (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="245"/>
        <source>Draft (same as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="283"/>
        <source>Check a model on the left to back-test it against the workspace&apos;s outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="306"/>
        <source>Could not back-test: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="331"/>
        <source>Reading the workspace&apos;s leads and events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="338"/>
        <source>Back-testing %n model(s): scoring each lead with its events up to the moment…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluatePanel.cpp" line="343"/>
        <source>Back-testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluateRequestForm</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="79"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="80"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="81"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="84"/>
        <source>%1 (CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="85"/>
        <source>The outcome the score should predict; reaching a later stage counts too. “(CRM)”: the lifecycle stage the CRM&apos;s export recorded, instead of the outcomes table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="88"/>
        <source>As of a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="89"/>
        <source>At IQL entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="90"/>
        <source>At MQL entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="91"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="92"/>
        <source>As of a date: every lead scored with its events up to that date. At IQL or MQL entry: each lead scored when it reached the stage. Snapshot: every lead scored at the analysis date, for outcomes known only as a yes/no flag; optimistic, as leakage cannot be ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="99"/>
        <source>Leads are scored with their events up to the end of this day (UTC); an outcome in the horizon after it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="102"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="103"/>
        <source>The latest date whose whole horizon lies within the data: the analysis date minus the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="107"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="108"/>
        <source>How long after the moment an outcome counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="112"/>
        <source>Check the models to compare. The first checked is the reference the others are compared with: drag a model up to make it the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="124"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="125"/>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="126"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="127"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="131"/>
        <source>Back-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="134"/>
        <source>Models to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="187"/>
        <source>Check a model to back-test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="189"/>
        <source>Check a second model to compare it with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="191"/>
        <source>Compared with %1, the first checked. Drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="225"/>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="319"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="230"/>
        <source>%1 (built-in, active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="233"/>
        <source>%1 v%2 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="233"/>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="235"/>
        <source>Saved %1 (id %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="241"/>
        <location filename="../ui/ruleeditor/EvaluateRequestForm.cpp" line="247"/>
        <source>The draft as edited now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::EvaluationSummaryModel</name>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="51"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="55"/>
        <source>%1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="57"/>
        <source>paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="57"/>
        <source>unpaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="67"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="127"/>
        <source>Paired DeLong interval: both models scored the same leads at the same moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="128"/>
        <source>Unpaired interval √(SE₁² + SE₂²): each model found its own moments, so the leads differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="131"/>
        <source>No interval without two outcomes and two leads without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="140"/>
        <source>Scored leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="140"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="140"/>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="140"/>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>Δ AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>Δ 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>MQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="141"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>MQLs a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="142"/>
        <source>MQL first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="144"/>
        <source>Leads scored at the moment (the rest were left out: see the counts below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="145"/>
        <source>Scored leads that reached the outcome within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="146"/>
        <source>Area under the ROC curve: the chance that a lead with the outcome scored higher than one without (ties count one half). 0.5 is a coin toss, 1 a perfect ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="148"/>
        <source>DeLong&apos;s 95 % interval of the AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="149"/>
        <source>This model&apos;s AUC minus the reference&apos;s (the first column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="150"/>
        <source>The 95 % interval of the difference: paired when both scored the same leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="151"/>
        <source>Leads that were MQL at the moment (by score or by a trigger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="152"/>
        <source>Of the MQLs, the share that reached the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="153"/>
        <source>Of the outcomes, the share that was MQL at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="154"/>
        <source>Leads that became MQL in the last six 30-day months up to the analysis date, per month (the capacity sales needs at this model&apos;s threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="156"/>
        <source>Of the outcomes, how many reached MQL at or before the outcome (in a replay to the analysis date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="170"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/EvaluationSummaryModel.cpp" line="178"/>
        <source>The reference: the other models are compared with it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::EventTableModel</name>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="56"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="58"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="60"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/EventTableModel.cpp" line="62"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ExplorerFilterBar</name>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="19"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="32"/>
        <source>Search name, e-mail or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="43"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="45"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ExplorerFilterBar.cpp" line="47"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::FilterPanel</name>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="21"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="23"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="25"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="27"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="45"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="47"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="50"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="52"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FilterPanel.cpp" line="53"/>
        <source>By quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::FitPanel</name>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="29"/>
        <source>New fit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="32"/>
        <source>Fit Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="43"/>
        <source> fit points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="44"/>
        <source>Grade A from this many fit points (at most 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="45"/>
        <source>Grade B from this many fit points (below A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="46"/>
        <source>Grade C from this many fit points (below B); below C is D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="48"/>
        <source>Grade &amp;A from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="49"/>
        <source>Grade &amp;B from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="50"/>
        <source>Grade &amp;C from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="51"/>
        <source>Fit points are summed over the rules and clamped to 0–100. Grades A and B are ICP fit: they use the lower ICP MQL threshold when it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitPanel.cpp" line="57"/>
        <source>Grade boundaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::FitRuleTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Fit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="26"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="31"/>
        <source>What the rule says about the lead&apos;s firmographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="32"/>
        <source>A condition on a lead field: industry, employees, country, job title, e-mail domain …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="33"/>
        <source>Fit points when the condition holds; the sum is clamped to 0–100 and graded A–D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="53"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 fit point(s) when %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/FitRuleTableModel.cpp" line="86"/>
        <source>this column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::FunnelChart</name>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="13"/>
        <source>Funnel: leads that reached each stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="34"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="66"/>
        <source>Leads that reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FunnelChart.cpp" line="76"/>
        <source>%1: %2 ever reached, %3 there now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::GainsChart</name>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Leads taken, highest scores first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Outcomes found (cumulative gain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="8"/>
        <source>Random order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="24"/>
        <source>No lead taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/GainsChart.cpp" line="31"/>
        <source>Deciles 1–%1 (scores ≥ %2): %3 of the leads, %4 of the outcomes, cumulative lift %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::GenerationChart</name>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="19"/>
        <source>IQL generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="42"/>
        <source>IQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="68"/>
        <source>IQLs / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="68"/>
        <source>IQLs / quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="83"/>
        <source>%1: %2 IQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/GenerationChart.cpp" line="118"/>
        <source>IQLs of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportActivitiesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="23"/>
        <source>&amp;Create a new activity for each name without one (track info, category Imported: worth 0 points until a rule uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="28"/>
        <source>Activity names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="29"/>
        <source>Each activity name in the events files maps to a LeadStage activity, which the scoring rules count. Rows whose name has no activity are rejected, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="32"/>
        <source>Reading the whole file… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="36"/>
        <source>LeadStage activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="75"/>
        <source>Counting the activity names in the whole file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="113"/>
        <source>— a new activity, created by the import —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="114"/>
        <source>— no activity: rows rejected —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="130"/>
        <source>The events files hold no activity names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="131"/>
        <source>Every activity name maps to a LeadStage activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="138"/>
        <source>&apos;%1&apos; (%2) as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="144"/>
        <source>New activities will be created for %1, worth 0 points until a rule uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportActivitiesPage.cpp" line="149"/>
        <source>No activity for %1: their %2 rows will be rejected unless you choose one below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportDatesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="27"/>
        <source>Date formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="28"/>
        <source>How each date column is written. Every date is read as UTC. A value that does not fit its column&apos;s format is rejected with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="31"/>
        <source>Reading the whole file… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="35"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="70"/>
        <source>Looking at every date in the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="90"/>
        <source>Choose: month or day first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="94"/>
        <source>%1 — not every value fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="100"/>
        <source>Every value reads as M/D/YYYY and as D/M/YYYY: say which the file means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="101"/>
        <source>The format every value of the column fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="130"/>
        <source>No column is mapped to a date field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="133"/>
        <source>The dates of %1 read as month/day and as day/month alike: choose the format before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="137"/>
        <source>Every date column has its format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportDatesPage.cpp" line="140"/>
        <source>No format fits every value of %1: choose the one most values are written in; the rows that do not fit are rejected with their line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportFilesPage</name>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="24"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="26"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="27"/>
        <source>Leads, events (engagement activities) and outcomes (sales results) can come together: they land in one transaction, leads first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="30"/>
        <source>What it looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="39"/>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="41"/>
        <source>Choose CSV exports of leads, events or outcomes (you can also drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="43"/>
        <source>Leave the selected file out of this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="69"/>
        <source>Import CSV Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="70"/>
        <source>CSV exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportFilesPage.cpp" line="99"/>
        <source>Recognised from the header; change it if the guess is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportHistoryModel</name>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="17"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="19"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="21"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="56"/>
        <source>Undone on %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="58"/>
        <source>Made by an older LeadStage, which did not record what it replaced: cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="83"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="83"/>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="83"/>
        <source>In place (older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="94"/>
        <source>Import %1: select it and choose Undo Import… to take it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="111"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="113"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="115"/>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="117"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="119"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="121"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="123"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryModel.cpp" line="125"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportHistoryPanel</name>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="27"/>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="28"/>
        <source>Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="32"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="46"/>
        <source>Remove what the chosen import added and give back what it replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="77"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="136"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="212"/>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="215"/>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="77"/>
        <source>This import cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="90"/>
        <source>Undo import %1 (%2, “%3”)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="92"/>
        <source>It removes what the import added:
  • %1 leads it created
  • %2 events
  • %3 outcomes it created
and gives back what it replaced:
  • %4 fields of %5 leads it updated
  • the outcomes of %6 leads

Then %7 leads are rescored. The import stays in the history, marked as undone; it cannot be undone twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="104"/>
        <source>It also removes %1 stages the CRM recorded and %2 activity types the import created, and gives %3 recorded stages their previous date back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="118"/>
        <source>Import %1 undone: %2 leads, %3 events and %4 outcomes removed; %5 fields of %6 leads and the outcomes of %7 leads restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="124"/>
        <source>%1 recorded stages and %2 activity types removed; %3 recorded stages restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="129"/>
        <source>Rescoring failed (%1); the scores stay marked out of date until a rescore finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="137"/>
        <source>The import was undone, but the workspace could not be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="139"/>
        <source>The import was not undone; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="176"/>
        <source>The import history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="191"/>
        <source>Choose an import in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="231"/>
        <source>Undoing import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="231"/>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/ImportHistoryPanel.cpp" line="233"/>
        <source>Cancel stops it before anything changes; the rescore after it runs to the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportMappingPage</name>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="37"/>
        <source>Save as &amp;Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="38"/>
        <source>Save to F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="44"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="45"/>
        <source>Which column feeds which field. Columns mapped to no field are kept with the lead as attributes (attrs), usable by field rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="49"/>
        <source>Map every column the way a built-in or saved preset does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="51"/>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="58"/>
        <source>Name, e.g. Our HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="60"/>
        <source>Keep this mapping (all files, with the activity names and date formats) under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="62"/>
        <source>Write this mapping to a file you can edit and give to `leadstage import --mapping`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="66"/>
        <source>&amp;Load Preset File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="67"/>
        <source>Use a mapping file saved elsewhere (for example by a colleague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="70"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="74"/>
        <source>Pr&amp;eset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="79"/>
        <source>Save &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="142"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="147"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="167"/>
        <source>(empty in the first rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="172"/>
        <source>Kept as attribute (attrs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="173"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="177"/>
        <source>The LeadStage field this column feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="193"/>
        <source>Every column of %1 feeds a field or is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="194"/>
        <source>Kept as attributes (attrs) of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="200"/>
        <source>No column is mapped to %1 or %2 in %3: map the column that identifies the lead above, or, when the file has none, tick “name each row&apos;s lead by file and line” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="236"/>
        <source>Load Mapping Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="237"/>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="283"/>
        <source>LeadStage mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="258"/>
        <source>Mapped every file with the preset &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="259"/>
        <source>The preset &apos;%1&apos; does not fit %2: their mapping is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="275"/>
        <source>Saved as the preset &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="282"/>
        <source>Save Mapping File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportMappingPage.cpp" line="294"/>
        <source>Saved the mapping to %1: `leadstage import --mapping` reads it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="38"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="39"/>
        <source>The first 100 rows as they will be read. If the columns look wrong, change the encoding, the separator or the row that names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="47"/>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="52"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="51"/>
        <source>Files saved by Excel on Windows are usually Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="56"/>
        <source>Reports often start with title lines: choose the row that names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="58"/>
        <source>none: only empty cells are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="59"/>
        <source>Cells that mean &quot;not answered&quot;, separated by commas: they are read as missing, like empty cells (compared trimmed, in any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="70"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="72"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="73"/>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="74"/>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="81"/>
        <source>Read as &amp;missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="141"/>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="187"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportPreviewPage.cpp" line="144"/>
        <source>This file cannot be read as chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>LeadStage::ImportResultPage</name>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="25"/>
        <source>&amp;Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="28"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="33"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="34"/>
        <source>Leads created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="42"/>
        <source>Write the selected file&apos;s rejected rows (line, column, reason, row) as CSV to fix them in a spreadsheet and import them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="58"/>
        <source>Saved %1 rejected rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="84"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="85"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="86"/>
        <source>Imported %1 rows and rejected %2 in %3; %4 leads were touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="90"/>
        <source>Their scores and stages are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="93"/>
        <source>Rescoring failed (%1): run Score again from the command line (leadstage score).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="97"/>
        <source>The rejected rows are kept with the import: select a file and save them as CSV to fix them in a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="126"/>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="126"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportResultPage.cpp" line="137"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportRunPage</name>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="18"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="19"/>
        <source>The files land in one transaction: Cancel stops the import and leaves the workspace exactly as it was. Afterwards the scores of the leads it touched are brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="40"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="43"/>
        <source>The import did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="68"/>
        <source>%1 of about %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="71"/>
        <source> — %1 rows/s, about %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="80"/>
        <source>The import was cancelled: nothing was written. Press Import to start it again, or Cancel to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportRunPage.cpp" line="83"/>
        <source>The import failed and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportValidationPage</name>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="47"/>
        <source>&amp;Update it with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="48"/>
        <source>&amp;Leave it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="49"/>
        <source>&amp;Create the leads that events or outcomes name but the workspace lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="54"/>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="57"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="54"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="54"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="54"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="54"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="54"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="54"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="55"/>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="55"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="57"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="57"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="57"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="57"/>
        <source>Row in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="60"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="61"/>
        <source>Every row was tried in a dry run: nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="63"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="74"/>
        <source>Trying every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="77"/>
        <source>When a lead is already in the workspace (same CRM id or e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="162"/>
        <source>Trying every row of the files in a dry run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="177"/>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="180"/>
        <source>The import cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="212"/>
        <source>%1 rows are ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="215"/>
        <source>%1 rows will be rejected; the first are listed below with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="218"/>
        <source>Nothing would be imported: go Back and check the mapping, the activities and the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportValidationPage.cpp" line="227"/>
        <source>Import the %1 good rows and leave the %2 rejected rows out (kept with the import, they can be saved as CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="34"/>
        <source>Import CSV Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="67"/>
        <source>Reading the files was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/ImportWizard.cpp" line="69"/>
        <source>The file cannot be read to the end: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::KpiTile</name>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="71"/>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadDetailLoader</name>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="70"/>
        <source>lead %1 is no longer in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="74"/>
        <source>CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="74"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="75"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="75"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="76"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="76"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="77"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="77"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="78"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="78"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="79"/>
        <source>Row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="113"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="114"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="115"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="116"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="117"/>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="118"/>
        <source>Scored as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="139"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="164"/>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="164"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="164"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="164"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="170"/>
        <source>Outcomes without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="181"/>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/LeadDetailLoader.cpp" line="184"/>
        <source>Stages the CRM recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadDetailView</name>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="75"/>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="76"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="97"/>
        <source>Select a lead to see why it has its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="115"/>
        <source>Lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="119"/>
        <source>not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="120"/>
        <source>%1 &amp;nbsp; grade %2 &amp;nbsp; engagement %3 &amp;nbsp; &lt;span style=&quot;color:#555&quot;&gt;model %4&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="145"/>
        <source>Stage moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="149"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadDetailView.cpp" line="151"/>
        <source>Other columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadExplorer</name>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="39"/>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="136"/>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="61"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="62"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="63"/>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="64"/>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="65"/>
        <source>Copy the selected rows as tab-separated text (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/explorer/LeadExplorer.cpp" line="113"/>
        <source>%n row(s) copied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="116"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="118"/>
        <source>%1 leads · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="119"/>
        <source>Select a lead to see why it has its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="196"/>
        <source>%1 rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="203"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="220"/>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="237"/>
        <source>Export leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="237"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="245"/>
        <source>Select a lead first: the chart shows the selected lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="248"/>
        <source>Export score timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="249"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LeadExplorer.cpp" line="251"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::LeadFileChoices</name>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="19"/>
        <source>This &amp;import&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="20"/>
        <source>Each lead&apos;s &amp;first event in this import (leads without one: this import&apos;s time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="24"/>
        <source>Import anyway: a repeated row &amp;updates the lead of the earlier row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="26"/>
        <source>This file has no lead id or e-mail: name each row&apos;s lead by &amp;file and line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="30"/>
        <source>Each row&apos;s lead gets the CRM id FILENAME:LINE (e.g. bank.csv:2), so importing the same file again updates the same leads and leads of other files never collide. Map a column to CRM id or E-mail above instead when the file has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="35"/>
        <source>No column is mapped to %1: which date do new leads get? (Or map the file&apos;s date column to it above.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="89"/>
        <source>&apos;%1&apos; (1 more row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="90"/>
        <source>&apos;%1&apos; (%2 more rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/LeadFileChoices.cpp" line="92"/>
        <source>In the first rows, %1 repeat the CRM id or e-mail of an earlier row, so they would update that lead instead of adding their own: %2. Is the right column mapped as the lead&apos;s id?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::LedgerTableModel</name>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="34"/>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="36"/>
        <source>rule (capped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="38"/>
        <source>field rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="40"/>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="42"/>
        <source>decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="44"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="63"/>
        <source>Would have paid %1; cut to %2 by the rule&apos;s cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="103"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="105"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="107"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="109"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="111"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="113"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="115"/>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="117"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="119"/>
        <source>Decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/LedgerTableModel.cpp" line="121"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>The demo workspace was not created: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>The demo workspace was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Create an empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Open a .leadstage workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>Import CSV exports of leads, events or outcomes (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>Export &amp;Quarterly Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Write the quarter&apos;s funnel report as PDF, Excel, HTML or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Scoring &amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>Creating the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>Workspace checked on opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="251"/>
        <source>While opening “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Bringing the scores up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>%1.
Every lead is rescored before the workspace opens; Cancel opens it with the scores left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>%1 leads · %2 events · %3 outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source> · events %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Open or create a workspace first, then import the files into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>%1 — LeadStage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>LeadStage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>LeadStage did not close properly last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="330"/>
        <source>LeadStage did not close properly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>LeadStage ended without closing while “%1” was open, so it was not reopened on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>Opening it checks the file and undoes any change that was not finished. Open it now, or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="362"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>LeadStage workspaces (*.leadstage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="370"/>
        <source>The workspace was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Open it with File → Open, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="381"/>
        <source>LeadStage workspaces (*.leadstage);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelDraft</name>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="84"/>
        <source>Load %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="134"/>
        <source>nothing to delete there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="145"/>
        <source>nothing to change there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="164"/>
        <source>Add rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="170"/>
        <source>no rule to duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="173"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="175"/>
        <source>Duplicate rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="181"/>
        <source>no rule to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="182"/>
        <source>Delete rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="189"/>
        <source>no rule to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="194"/>
        <source>Move rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="211"/>
        <source>no rule to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="216"/>
        <source>Rename rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="219"/>
        <source>Change the activity of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="222"/>
        <source>Change the condition of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="225"/>
        <source>Change the detail pattern of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="228"/>
        <source>Change the track of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="231"/>
        <source>Change the points of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="234"/>
        <source>Change how “%1” pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="237"/>
        <source>Change the count of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="240"/>
        <source>Change the cap of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="243"/>
        <source>Move “%1” to another category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>a category needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="253"/>
        <source>Type a name such as “Webinar”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="256"/>
        <source>Rename category “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="270"/>
        <source>Add trigger “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="276"/>
        <source>no trigger to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="278"/>
        <source>Delete trigger “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="283"/>
        <source>Change trigger “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="296"/>
        <source>Change the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="301"/>
        <source>Change the decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="306"/>
        <source>Change the grade boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="311"/>
        <source>Change the stagnation days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="316"/>
        <source>Add fit rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="322"/>
        <source>no fit rule to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="324"/>
        <source>Delete fit rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="329"/>
        <source>Change fit rule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="334"/>
        <source>Add nurture track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="340"/>
        <source>no nurture track to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="342"/>
        <source>Delete nurture track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="349"/>
        <source>no nurture track to move there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="358"/>
        <source>Move nurture track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="364"/>
        <source>Change nurture track “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="369"/>
        <source>Add nurture step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="375"/>
        <source>no nurture step to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="377"/>
        <source>Delete nurture step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelDraft.cpp" line="383"/>
        <source>Change nurture step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelEditorPage</name>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="67"/>
        <source>Version &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="68"/>
        <source>&amp;Evaluate Against Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="83"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="84"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="85"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="86"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="88"/>
        <source>Save as New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="89"/>
        <source>Save the draft as the next version, rescore the workspace and make it active (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="91"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="91"/>
        <source>Discard the draft and go back to the active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="93"/>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="94"/>
        <source>The saved versions with date and comment: activate, revert, duplicate, load into the draft, compare, export and import JSON (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="112"/>
        <source>New trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="117"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="133"/>
        <source>Suggested Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="134"/>
        <source>Threshold from Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="144"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="145"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="146"/>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="147"/>
        <source>Decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="148"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="149"/>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="150"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="151"/>
        <source>Scoring rules by category: criterion, track, points, pays, cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="152"/>
        <source>IQL, MQL and PQL thresholds over the workspace&apos;s scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="153"/>
        <source>Activities that make a lead an MQL at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="154"/>
        <source>How an idle lead&apos;s score falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="155"/>
        <source>Firmographic fit rules and grade boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="156"/>
        <source>Nurture tracks, steps and stagnation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="157"/>
        <source>Is the model any good? Back-test the draft and saved versions against the workspace&apos;s outcomes (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="281"/>
        <source>the active model has %n problem(s); the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="292"/>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="294"/>
        <source>Reading the scoring model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="296"/>
        <source>%1 (built-in, not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="298"/>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="300"/>
        <source>The active model: id %1, saved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="304"/>
        <source>● Unsaved changes (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="323"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="350"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="450"/>
        <source>Save as New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="351"/>
        <source>The draft is saved as a new version, the workspace is rescored with it, and then it becomes the active model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="368"/>
        <source>the draft cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="372"/>
        <source>Saving and rescoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="380"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="413"/>
        <source>Nothing was saved: the draft is still here and the workspace keeps its scores. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="421"/>
        <source>Saved %1 v%2 and made it active: %3 leads rescored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="430"/>
        <source>Revert the Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="431"/>
        <source>Discard every change to the draft and go back to the active model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="434"/>
        <source>The undo history is cleared too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="445"/>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="481"/>
        <source>Unsaved Scoring Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="446"/>
        <source>The scoring model has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="449"/>
        <source>Save them as a new active version (the workspace is rescored), or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="482"/>
        <source>The draft has changes that are not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="485"/>
        <source>Cancel keeps the draft: save it with Save as New Version first to keep its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="486"/>
        <source>Replace the Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="505"/>
        <source>The version made active becomes the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="507"/>
        <source>Reverting and rescoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="507"/>
        <source>Activating and rescoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="519"/>
        <source>The active model and the workspace&apos;s scores are unchanged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="526"/>
        <source>%1 v%2 is the active model now: %3 leads rescored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="541"/>
        <source>Loading %1 v%2 replaces the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelEditorPage.cpp" line="544"/>
        <source>The draft is now a copy of %1 v%2 (Edit → Undo brings back the draft it replaced). Save as New Version makes it the active model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ModelSaveDialog</name>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="24"/>
        <source>The model&apos;s name: an existing name gets its next version, a new name starts at v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="26"/>
        <source>Why this version: what changed and what it should do to the funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="27"/>
        <source>Shown in the version history beside the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="37"/>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="60"/>
        <source>A version needs a name: type the model&apos;s name to save its next version, or a new name to start a new model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="67"/>
        <source>Saved as %1 v%2, the next version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ModelSaveDialog.cpp" line="68"/>
        <source>Saved as %1 v1, a new model name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::MultiSelectButton</name>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="73"/>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="75"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="77"/>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/MultiSelectButton.cpp" line="78"/>
        <source>All %1 values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::NurturePanel</name>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="28"/>
        <source>New track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="32"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="43"/>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="46"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="51"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="52"/>
        <source>A lead with no event for this many days before the analysis date is stagnant (a lead with no events counts from its creation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="55"/>
        <source>Stagnant &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="56"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="59"/>
        <source>Tracks (the first that holds wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurturePanel.cpp" line="61"/>
        <source>Steps (weeks since IQL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::NurtureStepTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="25"/>
        <source>From week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="25"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="30"/>
        <source>The week after IQL the step starts (week 1 is the first 7 days); it lasts until the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="31"/>
        <source>The step of the nurture sequence, e.g. “Solution education”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="51"/>
        <source>Weeks %1–%2 after IQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureStepTableModel.cpp" line="52"/>
        <source>From week %1 after IQL on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::NurtureTrackTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="40"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="45"/>
        <source>The nurture track&apos;s name; tracks are tried top to bottom and the first that holds wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="46"/>
        <source>The lead&apos;s current stage must be one of these; none checked means any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="47"/>
        <source>The lead&apos;s fit grade must be one of these; none checked means any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="48"/>
        <source>The lead&apos;s health must be one of these; none checked means active or stagnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="65"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2), priority %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="73"/>
        <source>active, stagnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="73"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="83"/>
        <source>a nurture track needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="83"/>
        <source>Type a name such as “Intensive”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/NurtureTrackTableModel.cpp" line="96"/>
        <source>this column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::PaysEditor</name>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="19"/>
        <source>each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="20"/>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="21"/>
        <source>at count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="22"/>
        <source>each: every match pays; once: the first match; at count: once, at the N-th match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/PaysEditor.cpp" line="24"/>
        <source>The match that pays (at least 2; at count 1 is “once”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::QualityPanel</name>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="32"/>
        <source>Source quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="37"/>
        <source>* provisional: some IQLs&apos; 180 days have not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="41"/>
        <source>per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="42"/>
        <source>per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="43"/>
        <source>per industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="120"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="122"/>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="124"/>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="125"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityPanel.cpp" line="127"/>
        <source>Copy table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::QualityTableModel</name>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="30"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="74"/>
        <source>%1 of %2 IQLs reached MQL within 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="75"/>
        <source>* provisional: some 180 days not yet passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="77"/>
        <source>%1 of %2 IQLs became customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="79"/>
        <source>median over the %1 IQLs that reached MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="81"/>
        <source>%1: %2 IQLs — double-click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="95"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="97"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="99"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="101"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="105"/>
        <source>IQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="107"/>
        <source>IQL → MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="109"/>
        <source>IQL → customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="111"/>
        <source>Median time to MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="146"/>
        <source>IQLs from %1 at MQL within 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="148"/>
        <source>IQLs from %1 that became customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="150"/>
        <source>IQLs from %1 that reached MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/QualityTableModel.cpp" line="152"/>
        <source>IQLs from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::RecordedStagesModel</name>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="64"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="66"/>
        <source>CRM (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="68"/>
        <source>Model (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="70"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="72"/>
        <source>Model only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="74"/>
        <source>CRM only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesModel.cpp" line="76"/>
        <source>CRM without date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::RecordedStagesPanel</name>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="24"/>
        <source>Stages: recorded by the CRM and computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="30"/>
        <source>CRM and model side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="31"/>
        <source>Computed stages (model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="32"/>
        <source>Recorded stages (CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="65"/>
        <source>No lead has a stage recorded by the CRM. Import its lifecycle dates or yes/no columns (HubSpot&apos;s &quot;Became a … Date&quot;, Salesforce&apos;s converted date) to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="68"/>
        <source>Of %1 leads, %2 have a stage recorded by the CRM; the model places %3 differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="73"/>
        <source>%1 leads with undated outcomes: counted in the stage counts, left out of every figure that needs an outcome&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/RecordedStagesPanel.cpp" line="77"/>
        <source>%1 leads with undated outcomes and %2 with undated recorded stages left out: the analysis date is before the workspace&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportExportDialog</name>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="81"/>
        <source>Use the dashboard&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="88"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="89"/>
        <source>Open the report when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="92"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="95"/>
        <source>Export Quarterly Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="101"/>
        <source>Reading the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="111"/>
        <source>The dashboard&apos;s date range is not used: the quarter sets the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="119"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="119"/>
        <source>Excel (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="119"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="119"/>
        <source>CSV (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="119"/>
        <source>CSV (zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="127"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="128"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="152"/>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="153"/>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="154"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="155"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="156"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="157"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="200"/>
        <source>Cannot read the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="214"/>
        <source>The report cannot be made from this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="255"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="348"/>
        <source>%1 (to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="388"/>
        <source>Spreadsheets and CSV files have no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="395"/>
        <source>%1 %2 funnel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="434"/>
        <source>Folder for the CSV Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="437"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="438"/>
        <source>Save the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="468"/>
        <source>%1 is a file: choose a folder for the CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="472"/>
        <source>%1 is a folder: choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="477"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="481"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="499"/>
        <source>Exporting the quarterly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="499"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="504"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="521"/>
        <source>The report was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="538"/>
        <source>Report Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="539"/>
        <source>The quarterly report was written to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="543"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportDialog.cpp" line="544"/>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportExportJob</name>
    <message>
        <location filename="../ui/report/ReportExportJob.cpp" line="36"/>
        <source>The export was cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExportJob.cpp" line="127"/>
        <source>Close the file if another program has it open, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ReportPreview</name>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="30"/>
        <location filename="../ui/report/ReportPreview.cpp" line="76"/>
        <source>Preparing preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="52"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="55"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="58"/>
        <location filename="../ui/report/ReportPreview.cpp" line="164"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report/ReportPreview.cpp" line="162"/>
        <source>Pages %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::RocChart</name>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="10"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="22"/>
        <source>%1 (AUC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="31"/>
        <source>Score ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="32"/>
        <source>No lead taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RocChart.cpp" line="33"/>
        <source>%1: true positive rate %2 (%3 of %4 outcomes), false positive rate %5 (%6 of %7 leads without)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::RuleTreeModel</name>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="23"/>
        <source>once, at creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="26"/>
        <source>each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="28"/>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="30"/>
        <source>at count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="220"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="220"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="220"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="220"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="221"/>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="223"/>
        <source>What the rule scores, in the analyst&apos;s words; categories group the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="224"/>
        <source>The activity key the rule scores, or a condition on a lead field (field rules pay once, at creation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="225"/>
        <source>A pattern on the event&apos;s detail (URL, asset, campaign) with * and ?; empty matches any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="226"/>
        <source>The score the points go to: info and intent make engagement, product decides PQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="227"/>
        <source>Points paid each time the rule pays (negative points lower the score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="228"/>
        <source>Each match, the first match, or once at the N-th match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="229"/>
        <source>The most the rule pays in total; empty for no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="272"/>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="281"/>
        <source>%n rule(s) in “%1”; double-click to rename the category</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="302"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="358"/>
        <source>Field rule: %1&lt;br&gt;Pays %2 %3 point(s) once, at the lead’s creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="366"/>
        <source>Activity &lt;tt&gt;%1&lt;/tt&gt;: %2 event(s) in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="369"/>
        <source>, detail matching &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="370"/>
        <source>Pays %1 %2 point(s) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="372"/>
        <source>, at most %1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="398"/>
        <source>a rule needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RuleTreeModel.cpp" line="399"/>
        <source>Type what the rule scores, e.g. “Attended live”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::RulesPanel</name>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="59"/>
        <source>Add Activity Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="59"/>
        <source>A rule that scores an activity (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="61"/>
        <source>Add Field Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="61"/>
        <source>A rule on a lead field, paid once at creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="63"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="63"/>
        <source>Copy the selected rule below it (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="65"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="65"/>
        <source>Delete the selected rule (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="67"/>
        <source>Move to Category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="67"/>
        <source>Put the selected rule in another or a new category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="166"/>
        <source>New activity rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="180"/>
        <source>New field rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="218"/>
        <source>Move to Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/RulesPanel.cpp" line="219"/>
        <source>Category of “%1” (pick one or type a new one):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ScoreTimelinePlot</name>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="28"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="63"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="64"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="65"/>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="66"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="68"/>
        <source>IQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="69"/>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="70"/>
        <source>PQL (product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/explorer/ScoreTimelinePlot.cpp" line="139"/>
        <source>%1
engagement %2 · info %3 · intent %4 · product %5 · decay %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::StageMatrixModel</name>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="45"/>
        <source>%1 leads are %2 under both models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="47"/>
        <source>%1 leads are %2 under the reference and %3 under the compared model. Double-click to open them in the lead explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="58"/>
        <source>PQL+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/StageMatrixModel.cpp" line="59"/>
        <source>%1 →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::SuggestionTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="23"/>
        <source>decay per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="25"/>
        <source>new field rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="29"/>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="88"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="90"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="94"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="106"/>
        <source>%1 (%2)
Now %3 points, suggested %4 (95 % interval %5 to %6 points)
Log-odds per unit %7, standard error %8
Leads touched: %9 fitted, %10 validated
Validation AUC if only this is accepted: %11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="125"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="174"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="176"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="178"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="180"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="182"/>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="184"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="186"/>
        <source>AUC alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="194"/>
        <source>Leads of the fitted window the rule touches (its support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="196"/>
        <source>The validation AUC if only this suggestion is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionTableModel.cpp" line="198"/>
        <source>The suggestion&apos;s 95 % interval, in points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::SuggestionsPanel</name>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="44"/>
        <source>%1 leads, %2 positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="52"/>
        <source>Suggest new field rules from the leads&apos; columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="57"/>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="276"/>
        <source>Check All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="58"/>
        <source>Accept Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="59"/>
        <source>Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="70"/>
        <source>Also try the frequent values of text columns and the quartiles of number columns as new field rules (slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="72"/>
        <source>Put the checked suggestions into the draft as one undoable edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="73"/>
        <source>Put every suggestion that changes something into the draft as one undoable edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="154"/>
        <source>Fitting the suggested points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="202"/>
        <source>No suggestions: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="212"/>
        <source>Import more outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="212"/>
        <source>Predict an earlier outcome (SQL), or import more outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="215"/>
        <source>Score at IQL entry or choose a longer horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="216"/>
        <source>Score at IQL entry, choose a longer horizon or an earlier outcome (SQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="220"/>
        <source>Choose a later date or a longer horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="221"/>
        <source>Choose a later date, a longer horizon or an earlier outcome (SQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="227"/>
        <source>Open a workspace with outcomes to see suggested points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="233"/>
        <source>Fitted as of %1 (%2), validated as of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="238"/>
        <source>Fitted on the earlier-created two thirds of the leads (%1), validated on those created from %2 (%3). Snapshot: optimistic, leakage cannot be ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="245"/>
        <source>Fitted on the earlier two thirds of the moments (%1), validated on those from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="250"/>
        <source>Validation AUC: now %1; every suggestion accepted %2; the regression&apos;s own log-odds %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="276"/>
        <source>Uncheck All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="295"/>
        <source>Accept all %1 suggested points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="296"/>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="309"/>
        <source>The suggestions were not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="306"/>
        <source>Accept the suggested points of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/SuggestionsPanel.cpp" line="307"/>
        <source>Accept %1 suggested points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::TaskProgressDialog</name>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="14"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="29"/>
        <source>%1 read so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="38"/>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TaskProgressDialog.cpp" line="41"/>
        <source> — %1 %2/s, about %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ThresholdRuler</name>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="38"/>
        <source>IQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="40"/>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="42"/>
        <source>MQL (ICP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="44"/>
        <source>PQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="67"/>
        <source>score (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="68"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="69"/>
        <source>engagement score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="72"/>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="254"/>
        <source>product score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="158"/>
        <source>MQLs a month at this MQL threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="161"/>
        <source>MQLs a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="212"/>
        <source>▲ %1 leads at %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="251"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; &lt;b&gt;%2 %3&lt;/b&gt; (%4): %5 leads below · &lt;b&gt;%6&lt;/b&gt; at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="254"/>
        <source>engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdRuler.cpp" line="299"/>
        <source>Drag a threshold&apos;s line to move it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::ThresholdsPanel</name>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="24"/>
        <source>MQL needs intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="25"/>
        <source>ICP fit (A, B): MQL at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="34"/>
        <source>A lead becomes an IQL the first time its engagement (info + intent − decay) reaches this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="36"/>
        <source>A lead becomes an MQL when its engagement reaches this (with intent, when required) or a trigger fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="37"/>
        <source>The MQL threshold for leads of fit grade A or B; above IQL and below MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="38"/>
        <source>A lead becomes a PQL when its product score reaches this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="39"/>
        <source>A lower MQL threshold for leads of fit grade A or B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="40"/>
        <source>Reaching the MQL score counts only after an intent rule paid or a trigger fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="43"/>
        <source>&amp;IQL at engagement ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="44"/>
        <source>&amp;MQL at engagement ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="50"/>
        <source>&amp;PQL at product score ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="51"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/ThresholdsPanel.cpp" line="53"/>
        <source>Drag a line on the histogram to move its threshold; the counts follow as you drag. The bars are the workspace&apos;s current scores under the active model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::TimeToMqlChart</name>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="27"/>
        <source>Time from IQL to MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="34"/>
        <source>Days from IQL to MQL (band 90–180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="35"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="79"/>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="80"/>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="81"/>
        <source>Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="111"/>
        <source>MQLs %1 days after IQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TimeToMqlChart.cpp" line="122"/>
        <source>%1 days: %2 leads
mean %3, Q1 %4, median %5, Q3 %6 (%7 leads)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::TriggerTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="24"/>
        <source>Within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="29"/>
        <source>What the trigger stands for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="29"/>
        <source>The activity that makes a lead an MQL at once, whatever its score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="30"/>
        <source>A pattern on the event&apos;s detail with * and ?; empty matches any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="31"/>
        <source>The trigger fires on the N-th match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="32"/>
        <source>…within this many days of the first of those N matches (a sliding window); empty for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="50"/>
        <source>no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="54"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2): MQL at once on the %3 match of &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="56"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="56"/>
        <source>%1th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="58"/>
        <source> within %1 days of the first of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="87"/>
        <source>a trigger needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="87"/>
        <source>Type what the trigger stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/TriggerTableModel.cpp" line="103"/>
        <source>this column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionDiffDialog</name>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="47"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="49"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="51"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="53"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="76"/>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="83"/>
        <source>&lt;span style=&apos;color:#166534&apos;&gt;+ added&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#991b1b&apos;&gt;- removed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#92400e&apos;&gt;~ changed&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1e40af&apos;&gt;^ moved&lt;/span&gt; &amp;nbsp; — hover a line for its fields one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="99"/>
        <source>&amp;Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="101"/>
        <source>Copy the whole diff as plain text, exactly as `leadstage model diff` prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionDiffDialog.cpp" line="118"/>
        <source>Compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionHistoryDialog</name>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="44"/>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="58"/>
        <source>Scoring Model Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="60"/>
        <source>Every saved version of the workspace&apos;s scoring models, newest first; the one in bold scores the workspace. Drop a model .json file here to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="77"/>
        <source>Select one version to act on it, two to compare them (Ctrl+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="111"/>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="111"/>
        <source>Rescore the workspace with this version, then make it the active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="113"/>
        <source>&amp;Revert to This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="114"/>
        <source>Save a copy of this version as the next version of its name (with the reason), rescore with it and make it active; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="117"/>
        <source>&amp;Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="118"/>
        <source>Save a copy of this version under a name you choose; it is not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="120"/>
        <source>&amp;Load into Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="121"/>
        <source>Make the editor&apos;s draft a copy of this version, as one undo step; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="123"/>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="124"/>
        <source>What differs: the two selected versions, or the selected one against the active model (double-click does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="128"/>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="128"/>
        <source>Write this version as a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="130"/>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="131"/>
        <source>Save a model file as a new version (not active); you can also drop the file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="141"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="224"/>
        <source>Revert to %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="225"/>
        <source>A copy of v%1 is saved as the next version of %2, the workspace is rescored with it, and it becomes the active model. Nothing is deleted. Why go back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="234"/>
        <source>Back to v%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="246"/>
        <source>Duplicate %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="247"/>
        <source>A copy is saved under the name below; it is not activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="249"/>
        <source>Copy of %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="260"/>
        <source>Saved %1 v%2, a copy of %3 v%4 (not active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="270"/>
        <source>The draft is a copy of the version now; edit it in the Scoring Model page and save it as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="283"/>
        <source>no version is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="284"/>
        <source>Select two versions to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="310"/>
        <source>Export %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="311"/>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="333"/>
        <source>Scoring models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="324"/>
        <source>Exported %1 v%2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="332"/>
        <source>Import a Scoring Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="346"/>
        <source>Nothing was stored: fix the model file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="350"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="351"/>
        <source>The model is saved as a new version; it is not activated until you choose Activate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="353"/>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionHistoryDialog.cpp" line="366"/>
        <source>Imported %1 as %2 v%3 (not active).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::VersionTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="50"/>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="54"/>
        <source>● active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="62"/>
        <source>Saved %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="65"/>
        <source>%1 v%2 (id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="88"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="90"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="92"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="94"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/VersionTableModel.cpp" line="96"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::WelcomePage</name>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="17"/>
        <source>LeadStage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="22"/>
        <source>Open a workspace to see its leads, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="24"/>
        <source>New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="25"/>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="34"/>
        <source>Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WelcomePage.cpp" line="45"/>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::WhatIfPanel</name>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="65"/>
        <source>Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="66"/>
        <source>Changed Leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="68"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="69"/>
        <source>IQL metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="85"/>
        <source>What-if: draft beside active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="86"/>
        <source>What the draft would do to the dashboard&apos;s numbers, before it is saved. Recomputed after every edit; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="92"/>
        <source>Computing the draft&apos;s numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="102"/>
        <source>Read the workspace again for the what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="110"/>
        <source>Click a line to open its leads in the lead explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="112"/>
        <source>Open every lead whose stage the draft changes in the lead explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="119"/>
        <source>Stage counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="121"/>
        <source>IQL metrics, as on the dashboard&apos;s tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="123"/>
        <source>Leads that change stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="190"/>
        <source>Open a workspace to see what a draft would change on its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="239"/>
        <source>The draft equals the active model (%1): nothing would change. Edit a rule, a threshold or the decay to see here what it does to the dashboard&apos;s numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="254"/>
        <source>Comparing the draft with the active model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="264"/>
        <source>Could not compare the draft: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="271"/>
        <source>The draft differs from the active model, but not in its numbers: every stage count and IQL metric stays the same and no lead changes stage (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="278"/>
        <source>For the dashboard&apos;s filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="279"/>
        <source>The what-if uses the filter and bucket last chosen on the dashboard, so its numbers are the ones the dashboard will show once the draft is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="284"/>
        <source>%1 of %2 leads change stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="289"/>
        <source>%1 → %2: %3 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="291"/>
        <source>%1 leads are %2 under the active model and %3 under the draft. Click to open them in the lead explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="322"/>
        <source>Reading the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="324"/>
        <source>Reading the workspace… scoring its leads under the active model: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="327"/>
        <source>Reading the workspace… %1 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="335"/>
        <source>Could not read the workspace for the what-if: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="339"/>
        <source>Check that the file is still there, then read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="366"/>
        <source>Leads the draft moves to another stage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfPanel.cpp" line="374"/>
        <source>%1 under the active model, %2 under the draft (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::WhatIfTableModel</name>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="79"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="81"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ruleeditor/WhatIfTableModel.cpp" line="83"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::WizardText</name>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="25"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="27"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="29"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="88"/>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="90"/>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="92"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="94"/>
        <source>pipe (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="101"/>
        <source>%1 with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="106"/>
        <source>the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="106"/>
        <source>the first %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="109"/>
        <source>The encoding is the one you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="111"/>
        <source>The encoding comes from the file&apos;s byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="113"/>
        <source>UTF-8, because %1 is valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="115"/>
        <source>Windows-1252, because the byte %1 at line %2, column %3 is not valid UTF-8 and nothing else in %4 reads as UTF-8. If the text looks wrong, choose the encoding above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="128"/>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="130"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="131"/>
        <source>%1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="134"/>
        <source>no preset recognised: map the columns by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="135"/>
        <source>saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="141"/>
        <source>Read as %1, separated by %2, column names on row %3: %4 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="153"/>
        <source> (line %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="155"/>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="167"/>
        <source>“%1” was imported before, as import %2 on %3: its rows already there count as unchanged, skipped or already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importwizard/WizardText.cpp" line="183"/>
        <source>&apos;%1&apos; in %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="185"/>
        <source>In “%1”, read as missing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="199"/>
        <source>%1 from the column “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="201"/>
        <source>%1 from their first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="203"/>
        <source>%1 dated at the import&apos;s time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="204"/>
        <source>Created dates of the new leads of “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="207"/>
        <source>The leads of “%1” were named by file and line: the row on line 2 is the lead %1:2, and so on; importing the file again updates the same leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="211"/>
        <source>The column “%1” of “%2” became %3 events of %4 at each lead&apos;s created date (%5 were there already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="218"/>
        <source>&apos;%1&apos; (%2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="219"/>
        <source>%1 rows repeat the CRM id or e-mail of an earlier row: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="225"/>
        <source>The activity &apos;%1&apos; had no key: created as %2 (track %3, category %4, 0 points until a rule uses it) for %5 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importwizard/WizardText.cpp" line="229"/>
        <source>Nothing would be imported while keys repeat: go Back to the column mapping and check which column is the lead&apos;s id, or tick “Import anyway” there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceOpener</name>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="47"/>
        <source>%1. Every lead has been rescored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="49"/>
        <source>%1. Rescoring was cancelled: the dashboard shows no numbers until every lead is rescored. Open the workspace again to rescore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOpener.cpp" line="53"/>
        <source>%1. Rescoring them failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceOverview</name>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="22"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="24"/>
        <source>Engagement events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="26"/>
        <source>Sales outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="28"/>
        <source>Activity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="30"/>
        <source>Scoring model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="32"/>
        <source>Scored leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="34"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="36"/>
        <source>Rejected import rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="56"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="56"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="93"/>
        <source>Events from %1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="95"/>
        <source>This workspace has no engagement events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceOverview.cpp" line="102"/>
        <source>%1 rows in table %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStage::WorkspaceTabs</name>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="19"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="20"/>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="21"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="22"/>
        <source>The IQL dashboard: the four IQL metrics, charts and source quality (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="23"/>
        <source>Every lead, or the leads behind a dashboard number (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="24"/>
        <source>Scoring &amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="25"/>
        <source>What the workspace file holds (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspace/WorkspaceTabs.cpp" line="26"/>
        <source>Edit the scoring rules, thresholds, decay, fit and nurture; save as a new version (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="30"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="32"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="34"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="35"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="37"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="39"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="41"/>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="43"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="45"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="47"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="49"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="51"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="53"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/explore/ExplorerColumn.cpp" line="55"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceBands</name>
    <message>
        <location filename="../core/metrics/ReferenceBands.cpp" line="18"/>
        <source>IQLs / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metrics/ReferenceBands.cpp" line="20"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/report/ReportLanguage.cpp" line="87"/>
        <location filename="../core/report/ReportLanguage.cpp" line="109"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportCells.cpp" line="59"/>
        <location filename="../core/report/QuarterTables.cpp" line="209"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="30"/>
        <source>below the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="32"/>
        <source>within the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="34"/>
        <source>above the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="87"/>
        <source>Funnel by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="88"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="91"/>
        <source>Reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="94"/>
        <source>Conversion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="105"/>
        <source>Leads created in each quarter and the stages they reached by %1. Conversion is the share of the stage before (PQL: of IQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="115"/>
        <source>IQL metrics by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="117"/>
        <location filename="../core/report/ReportBuilder.cpp" line="314"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="118"/>
        <location filename="../core/report/QuarterTables.cpp" line="227"/>
        <location filename="../core/report/QuarterTables.cpp" line="241"/>
        <location filename="../core/report/QuarterTables.cpp" line="339"/>
        <location filename="../core/report/ReportBuilder.cpp" line="237"/>
        <source>IQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="119"/>
        <location filename="../core/report/QuarterTables.cpp" line="161"/>
        <source>IQLs per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="120"/>
        <source>IQL → MQL (180 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="121"/>
        <location filename="../core/report/QuarterTables.cpp" line="240"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="122"/>
        <location filename="../core/report/QuarterTables.cpp" line="344"/>
        <source>Median days to MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="123"/>
        <location filename="../core/report/QuarterTables.cpp" line="264"/>
        <location filename="../core/report/QuarterTables.cpp" line="285"/>
        <location filename="../core/report/ReportBuilder.cpp" line="252"/>
        <source>MQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="124"/>
        <location filename="../core/report/QuarterTables.cpp" line="300"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="131"/>
        <location filename="../core/report/QuarterTables.cpp" line="248"/>
        <location filename="../core/report/QuarterTables.cpp" line="353"/>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="132"/>
        <location filename="../core/report/QuarterTables.cpp" line="249"/>
        <location filename="../core/report/QuarterTables.cpp" line="354"/>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="136"/>
        <source>IQLs per month is the mean over the quarter&apos;s whole months; conversion is the quarter&apos;s IQL cohort (provisional until its 180 days have passed); time to MQL covers the leads that became MQL in the quarter; engagement is the mean of the monthly rates of its whole months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="161"/>
        <source>IQL → MQL conversion (180 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="162"/>
        <source>Median time to MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="162"/>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="175"/>
        <source>(provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="182"/>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="185"/>
        <source>no figure for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="190"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="191"/>
        <source>IQLs / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="196"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="197"/>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="207"/>
        <source>The four IQL metrics against their bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="208"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="210"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="211"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="212"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="225"/>
        <source>IQL generation by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="226"/>
        <location filename="../core/report/QuarterTables.cpp" line="297"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="230"/>
        <source>Leads whose IQL date falls in the month. Band: 300–500 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="238"/>
        <source>IQL → MQL conversion by monthly cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="242"/>
        <location filename="../core/report/QuarterTables.cpp" line="340"/>
        <source>MQL within 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="243"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="244"/>
        <location filename="../core/report/QuarterTables.cpp" line="301"/>
        <location filename="../core/report/QuarterTables.cpp" line="345"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="252"/>
        <source>A cohort is provisional until 180 days have passed for every member. Band: 15–25 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="261"/>
        <source>Time to MQL by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="263"/>
        <source>Month of MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="265"/>
        <source>Lower quartile (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="266"/>
        <source>Median (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="267"/>
        <source>Upper quartile (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="268"/>
        <source>Mean (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="274"/>
        <source>Days from IQL to MQL of the leads that became MQL in the month. Band: 90–180 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="283"/>
        <source>Time to MQL in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="284"/>
        <source>Days to MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="296"/>
        <source>Engagement by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="298"/>
        <source>IQLs during the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="299"/>
        <source>With an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="305"/>
        <source>partial month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="306"/>
        <source>whole month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="309"/>
        <source>Of the leads that were IQL during the month, the share with at least one event in it. Band: 35–50 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="323"/>
        <location filename="../core/report/ReportBuilder.cpp" line="91"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="325"/>
        <source>IQLs of %1 by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="327"/>
        <location filename="../core/report/ReportBuilder.cpp" line="92"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="330"/>
        <source>IQLs of %1 by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="332"/>
        <location filename="../core/report/ReportBuilder.cpp" line="93"/>
        <source>Vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="335"/>
        <source>IQLs of %1 by vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="341"/>
        <source>IQL → MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="342"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="343"/>
        <source>IQL → customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="348"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/QuarterTables.cpp" line="358"/>
        <source>The quarter&apos;s IQLs by their value, most first; IQL → customer counts customers won by the analysis date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="25"/>
        <source>The model in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="26"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="32"/>
        <location filename="../core/report/ModelTables.cpp" line="41"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="34"/>
        <source>Id in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="36"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="38"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="42"/>
        <source>built-in default, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="45"/>
        <source>IQL threshold (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="47"/>
        <source>MQL threshold (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="49"/>
        <source>MQL requires intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="50"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="51"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="52"/>
        <source>PQL threshold (product points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="54"/>
        <source>Decay starts after (months without activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="56"/>
        <source>Decay (points a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="59"/>
        <source>Fit grades A / B / C from (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="69"/>
        <source>Scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="70"/>
        <location filename="../core/report/ModelTables.cpp" line="111"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="71"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="72"/>
        <location filename="../core/report/ModelTables.cpp" line="93"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="73"/>
        <location filename="../core/report/ModelTables.cpp" line="112"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="74"/>
        <location filename="../core/report/ModelTables.cpp" line="113"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="75"/>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="76"/>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="91"/>
        <source>MQL triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="92"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="94"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="95"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="96"/>
        <source>Within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="110"/>
        <source>Fit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="128"/>
        <source>Back-test against outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="129"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="133"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="135"/>
        <source>Scored as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="137"/>
        <source>Horizon (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="139"/>
        <source>Leads scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="141"/>
        <source>Reached the outcome within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="144"/>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="146"/>
        <source>AUC 95 % interval, low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="148"/>
        <source>AUC 95 % interval, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="151"/>
        <source>MQL at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="155"/>
        <source>Precision at the MQL threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="157"/>
        <source>Recall at the MQL threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="160"/>
        <source>The horizon reaches past the analysis date: outcomes may still come, so these figures are provisional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="162"/>
        <source>Each lead was scored with its events up to that date only, so nothing that came later leaks into the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="171"/>
        <source>Outcome rate by score decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="173"/>
        <source>Decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="174"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="175"/>
        <source>Reached the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="176"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="177"/>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="178"/>
        <source>Cumulative share of outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ModelTables.cpp" line="187"/>
        <source>Decile 1 holds the highest scores; tied scores stay together, so a row may cover several deciles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="20"/>
        <source>below its band of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="22"/>
        <source>inside its band of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="24"/>
        <source>above its band of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="36"/>
        <source>%1–%2 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="39"/>
        <source>%1–%2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="83"/>
        <source>%1 leads became IQL in %2; %3 had none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="86"/>
        <source>IQL generation stayed at %1 in %2, as in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="91"/>
        <source>IQL generation rose %1 to %2 in %3 (%4 in %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="92"/>
        <source>IQL generation fell %1 to %2 in %3 (%4 in %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="99"/>
        <source>Against %1 a year earlier that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="105"/>
        <source>%1 IQLs a month is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="118"/>
        <source>No lead became IQL in %1, so it has no conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="124"/>
        <source>IQL → MQL conversion of the %1 cohort stayed at %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="129"/>
        <source>IQL → MQL conversion of the %1 cohort rose to %2 (%3), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="130"/>
        <source>IQL → MQL conversion of the %1 cohort fell to %2 (%3), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="134"/>
        <source>IQL → MQL conversion of the %1 cohort is %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="139"/>
        <source>The cohort is still provisional: some of its leads have had less than 180 days to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="150"/>
        <source>The %1 leads that became MQL took a median of %2 from IQL, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="161"/>
        <source>Each month %1 of the IQLs engaged on average, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="172"/>
        <source>Of the %1 leads created in %2, %3 reached MQL and %4 became customers by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="187"/>
        <source>Most IQLs came from %1: %2, %3 of the quarter&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportSummary.cpp" line="199"/>
        <source>Back-tested as of %1, the model ranks a lead that went on to %2 within %3 days above one that did not with a probability of %4 (AUC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="94"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="103"/>
        <source>Fit grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="105"/>
        <source>all leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="189"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="190"/>
        <source>%1 as known on %2, for %3 (%4 of the workspace&apos;s %5 leads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="197"/>
        <source>The quarter was not over on that date: its figures cover part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="211"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="214"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="221"/>
        <source>IQL metrics month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="222"/>
        <source>The fifteen months from %1 to the end of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="242"/>
        <source>share MQL within 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="247"/>
        <source>days from IQL to MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="257"/>
        <source>share with an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="269"/>
        <source>Sources, campaigns and verticals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="278"/>
        <source>The scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="280"/>
        <source>Stages and scores come from the model that scored the workspace: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="289"/>
        <source>The workspace holds no dated outcomes (SQL, opportunity or customer), so the model could not be checked against what leads went on to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="297"/>
        <source>outcome rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="306"/>
        <source>What this report was made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="307"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="311"/>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="312"/>
        <source>Analysis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="315"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="317"/>
        <source>Leads in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="319"/>
        <source>Leads the filter selects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="321"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="322"/>
        <source>Leads with outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="324"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="325"/>
        <source>Model JSON SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="327"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="335"/>
        <source>Imports included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="336"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="337"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="338"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="339"/>
        <source>Rows imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="340"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="341"/>
        <source>File SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="342"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="351"/>
        <source>An undone import&apos;s rows are not in the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="357"/>
        <source>Basis of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="358"/>
        <source>The report carries this basis and every number in a machine-readable manifest, sealed with a SHA-256 digest of the file: LeadStage&apos;s report verification recomputes the figures from the workspace and says whether each still holds, and whether the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="395"/>
        <source>Quarterly funnel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="398"/>
        <source>Figures as known on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="400"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/report/ReportBuilder.cpp" line="401"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="21"/>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="18"/>
        <source>Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="21"/>
        <source>Copy every row as tab-separated text, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="26"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="31"/>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="33"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TableActions.cpp" line="36"/>
        <source>Could not write %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfFigures</name>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="35"/>
        <source>no value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="39"/>
        <source>%1 IQLs in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="42"/>
        <source>%1 of the %2 IQLs of %3 reached MQL within 180 days: %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="49"/>
        <source>median %1 days over the %2 leads whose MQL fell in %3 (mean %4 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="56"/>
        <source>%1 of the %2 leads that were IQL in %3 had an event in it: %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="74"/>
        <source>%1 (draft: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="79"/>
        <source>%1
Active model: %2
Draft: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="96"/>
        <source>Leads whose furthest stage on %1 is %2: %3 under the active model, %4 under the draft.
Ever reached %2 by then: %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="141"/>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="144"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="146"/>
        <source>%1 by %2, as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="147"/>
        <source>quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="147"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="148"/>
        <source>industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="149"/>
        <source>countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="153"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="158"/>
        <source>grades: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/tuning/WhatIfFigures.cpp" line="160"/>
        <source>all leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
