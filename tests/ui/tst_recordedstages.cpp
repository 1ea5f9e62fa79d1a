// The dashboard's recorded-vs-computed panel, offscreen, on a workspace the real
// binary imported from an MQL list (a yes/no column: recorded MQL without a date)
// and a won-deals file (undated customers): the numbers per stage, the switch between
// both, computed and recorded, and the sentence that counts the undated outcomes.

#include "Application.h"
#include "DashboardWait.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "dashboard/DashboardView.h"
#include "dashboard/RecordedStagesModel.h"
#include "dashboard/RecordedStagesPanel.h"
#include "explore/LeadDetailLoader.h"
#include "explorer/LeadDetailView.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadStage;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(LEADSTAGE_OUTCOME_FIXTURES "/") + QString::fromUtf8(name);
}

using LeadStage::Testing::saveScreenshot;

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestRecordedStages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::describe();
        StoredSettings::clearAll();
    }

    // The explorer's detail pane lists the stages the CRM recorded beside the computed moments.
    void leadDetailShowsRecordedStages()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        QProcess import;
        import.start(QStringLiteral(LEADSTAGE_BINARY),
                     {u"import"_qs, workspace, u"--leads"_qs, fixture("hubspot-lifecycle.csv")});
        QVERIFY(import.waitForFinished(120000));
        QCOMPARE(import.exitCode(), 0);
        auto opened = Workspace::open(workspace, {Workspace::Access::ReadOnly, Workspace::Missing::Fail});
        QVERIFY(opened.ok());
        auto detail = LeadDetailLoader((*opened)->database()).load(1);
        QVERIFY2(detail.ok(), qPrintable(detail ? QString() : detail.error().toString()));
        LeadDetailView view;
        view.resize(1280, 800);
        view.setDetail(std::make_shared<const LeadDetail>(std::move(*detail)));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        bool shown = false;
        for (const QLabel *label : view.findChildren<QLabel *>())
            shown = shown || label->text() == u"MQL 2025-02-01\nSQL 2025-03-01\nCustomer 2025-04-15"_qs;
        QVERIFY(shown);
        saveScreenshot(view, u"lead-detail-recorded-stages.png"_qs);
    }

    void panelComparesAndSwitches()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"w.leadstage"_qs);
        QProcess import;
        import.start(QStringLiteral(LEADSTAGE_BINARY),
                     {u"import"_qs, workspace, u"--created-date"_qs, u"import"_qs, u"--leads"_qs,
                      fixture("mql-list.csv"), u"--outcomes"_qs, fixture("won-deals.csv"), u"--mapping"_qs,
                      fixture("mql-won-mapping.json")});
        QVERIFY(import.waitForFinished(120000));
        QCOMPARE(import.exitCode(), 0);

        DashboardView view;
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy ready(&view, &DashboardView::ready);
        view.setWorkspacePath(workspace);
        QVERIFY(ready.wait(DashboardWait::waitMs));
        QVERIFY(DashboardWait::untilReady(view));

        RecordedStagesPanel *panel = view.recordedStagesPanel();
        RecordedStagesModel *model = panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        using C = RecordedStagesModel::Column;
        // MQL: the CRM says 4 (all without a date), the model none; customers: the model's 2 only.
        const QStringList mql{cell(*model, 0, C::StageColumn), cell(*model, 0, C::Crm),
                              cell(*model, 0, C::Model),       cell(*model, 0, C::Both),
                              cell(*model, 0, C::ModelOnly),   cell(*model, 0, C::CrmOnly),
                              cell(*model, 0, C::CrmUndated)};
        QCOMPARE(mql, (QStringList{u"MQL"_qs, u"4"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"4"_qs, u"4"_qs}));
        QCOMPARE(cell(*model, 3, C::StageColumn), u"Customer"_qs);
        QCOMPARE(cell(*model, 3, C::Model), u"2"_qs);
        QCOMPARE(cell(*model, 3, C::ModelOnly), u"2"_qs);
        QCOMPARE(panel->summary(),
                 u"Of 4 leads, 4 have a stage recorded by the CRM; the model places 4 differently.\n"
                 "2 leads with undated outcomes: counted in the stage counts, left out of every figure that needs an "
                 "outcome's date."_qs);

        QTableView *table = panel->view();
        for (int column = C::Crm; column < C::ColumnCount; ++column)
            QVERIFY(!table->isColumnHidden(column));
        saveScreenshot(*panel, u"recorded-stages-comparison.png"_qs);
        auto *show = panel->findChild<QComboBox *>(u"recordedStagesShow"_qs);
        QVERIFY(show);
        show->setCurrentIndex(show->findData(int(RecordedStagesPanel::Show::Computed)));
        QVERIFY(!table->isColumnHidden(C::Model));
        QVERIFY(table->isColumnHidden(C::Crm));
        QVERIFY(table->isColumnHidden(C::Both));
        show->setCurrentIndex(show->findData(int(RecordedStagesPanel::Show::Recorded)));
        QVERIFY(!table->isColumnHidden(C::Crm));
        QVERIFY(!table->isColumnHidden(C::CrmUndated));
        QVERIFY(table->isColumnHidden(C::Model));
        QVERIFY(table->isColumnHidden(C::CrmOnly));
        saveScreenshot(*panel, u"recorded-stages-recorded.png"_qs);
        show->setCurrentIndex(0);
        saveScreenshot(view, u"dashboard-recorded-stages.png"_qs);
    }
};

QTEST_MAIN(TestRecordedStages)
#include "tst_recordedstages.moc"
