// The rule editor's tables at 100 % and 200 %: every column but the stretched one is
// as wide as its header and cells; the stretched one (the rule's or the condition's
// text) shows it whole, or elides it and shows it whole in the cell's tooltip.

#include "EditorTestSetup.h"
#include "ruleeditor/DraftItemDelegate.h"
#include "ruleeditor/DraftTablePanel.h"
#include "ruleeditor/FitRuleTableModel.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/RuleTreeModel.h"
#include "ruleeditor/RulesPanel.h"
#include "ruleeditor/TriggerTableModel.h"
#include "scoring/ScoringModel.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace LeadStage;

namespace {

const QString longName =
    u"Downloaded the complete industry benchmark report for enterprise marketing operations teams"_qs;

// Every index of the model, depth first.
QModelIndexList everyIndex(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QModelIndexList indexes;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column)
            indexes << model.index(row, column, parent);
        indexes << everyIndex(model, model.index(row, 0, parent));
    }
    return indexes;
}

void verifyWholeOrTipped(QAbstractItemView &view, QHeaderView &header, int stretchColumn)
{
    const int margin = header.style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, &header);
    const QAbstractItemModel &model = *view.model();
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString title = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QVERIFY2(header.fontMetrics().horizontalAdvance(title) + 2 * margin <= header.sectionSize(column),
                 qPrintable(u"header '%1' cut"_qs.arg(title)));
    }
    int elided = 0;
    for (const QModelIndex &index : everyIndex(model)) {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty() || view.visualRect(index).isEmpty())
            continue;
        if (!DraftItemDelegate::isElided(&view, index))
            continue;
        // Only the stretched column may elide, and it says the whole text in a tooltip.
        QVERIFY2(index.column() == stretchColumn,
                 qPrintable(u"'%1' cut in column %2"_qs.arg(text).arg(index.column())));
        ++elided;
        auto *delegate = view.itemDelegateForIndex(index);
        QHelpEvent event(QEvent::ToolTip, view.visualRect(index).center(),
                         view.viewport()->mapToGlobal(view.visualRect(index).center()));
        QStyleOptionViewItem option;
        option.rect = view.visualRect(index);
        QVERIFY(delegate->helpEvent(&event, &view, option, index));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(text.toHtmlEscaped()) || QToolTip::text().contains(text),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }
    Q_UNUSED(elided);
}

} // namespace

class TestRuleTableLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesReadable_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("900") << 900;
        QTest::newRow("640") << 640;
    }

    void rulesReadable()
    {
        QFETCH(int, width);
        ModelDraft draft;
        ScoringModel model = Testing::defaultModel();
        model.rules[1].label = longName;
        draft.setActive(model, ModelVersion{});
        DraftItemDelegate delegate(&draft);
        RulesPanel panel(&draft, &delegate);
        panel.resize(width, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCoreApplication::processEvents();
        auto *view = panel.findChild<QTreeView *>(u"ruleTree"_qs);
        QVERIFY(view);
        // The rule's name gets what the other columns leave: at least a third of the view.
        QVERIFY2(view->columnWidth(RuleTreeModel::RuleColumn) >= view->viewport()->width() / 3,
                 qPrintable(QString::number(view->columnWidth(RuleTreeModel::RuleColumn))));
        verifyWholeOrTipped(*view, *view->header(), RuleTreeModel::RuleColumn);
    }

    void fitAndTriggerTablesReadable()
    {
        ModelDraft draft;
        ScoringModel model = Testing::defaultModel();
        model.fit.rules[0].label = longName;
        model.triggers[0].label = longName;
        draft.setActive(model, ModelVersion{});
        DraftItemDelegate delegate(&draft);
        DraftTablePanel::Actions none;
        none.add = [](int) { return Status(); };
        none.remove = [](int) { return Status(); };
        DraftTablePanel fit(u"Fit Rule"_qs, new FitRuleTableModel(&draft, &draft), &delegate, none);
        fit.stretchColumn(FitRuleTableModel::ConditionColumn);
        DraftTablePanel triggers(u"Trigger"_qs, new TriggerTableModel(&draft, &draft), &delegate, none);
        triggers.stretchColumn(TriggerTableModel::LabelColumn);
        for (DraftTablePanel *panel : {&fit, &triggers}) {
            panel->resize(760, 400);
            panel->show();
            QVERIFY(QTest::qWaitForWindowExposed(panel));
        }
        QCoreApplication::processEvents();
        // Widest columns are held to 320 px so the stretched one keeps room.
        QVERIFY(fit.view()->columnWidth(FitRuleTableModel::LabelColumn) <= 320);
        verifyWholeOrTipped(*triggers.view(), *triggers.view()->horizontalHeader(), TriggerTableModel::LabelColumn);
        // The long fit rule label is held to 320 px: it elides, with its tooltip; the rest are whole.
        const QModelIndex label = fit.view()->model()->index(0, FitRuleTableModel::LabelColumn);
        QVERIFY(DraftItemDelegate::isElided(fit.view(), label));
        QHelpEvent event(QEvent::ToolTip, fit.view()->visualRect(label).center(),
                         fit.view()->viewport()->mapToGlobal(fit.view()->visualRect(label).center()));
        QVERIFY(fit.view()->itemDelegateForIndex(label)->helpEvent(&event, fit.view(), QStyleOptionViewItem(), label));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(longName), qPrintable(QToolTip::text()));
    }
};

QTEST_MAIN(TestRuleTableLayout)
#include "tst_ruletablelayout.moc"
