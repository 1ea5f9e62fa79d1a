#include "FitPanel.h"

#include "DraftSpinBox.h"
#include "DraftTablePanel.h"
#include "FitRuleTableModel.h"
#include "ModelDraft.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableView>

namespace LeadStage {

FitPanel::FitPanel(ModelDraft *draft, QAbstractItemDelegate *delegate, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_a(new DraftSpinBox(draft, 0, 100, this))
    , m_b(new DraftSpinBox(draft, 0, 100, this))
    , m_c(new DraftSpinBox(draft, 0, 100, this))
{
    setObjectName(u"fitPanel"_qs);
    DraftTablePanel::Actions actions;
    actions.add = [draft](int at) {
        return draft->addFitRule(at,
                                 FitRule{tr("New fit rule"), {u"country"_qs, FieldOp::In, QJsonArray{u"US"_qs}}, 10});
    };
    actions.remove = [draft](int row) { return draft->removeFitRule(row); };
    m_rules = new DraftTablePanel(tr("Fit Rule"), new FitRuleTableModel(draft, this), delegate, actions, this);
    m_rules->setObjectName(u"fitRules"_qs);
    m_rules->stretchColumn(FitRuleTableModel::ConditionColumn);
    connect(m_rules, &DraftTablePanel::refused, this, &FitPanel::refused);

    m_a->setObjectName(u"gradeA"_qs);
    m_b->setObjectName(u"gradeB"_qs);
    m_c->setObjectName(u"gradeC"_qs);
    for (DraftSpinBox *box : {m_a, m_b, m_c})
        box->setSuffix(tr(" fit points"));
    m_a->setToolTip(tr("Grade A from this many fit points (at most 100)"));
    m_b->setToolTip(tr("Grade B from this many fit points (below A)"));
    m_c->setToolTip(tr("Grade C from this many fit points (below B); below C is D"));
    auto *form = new QFormLayout;
    form->addRow(tr("Grade &A from"), m_a);
    form->addRow(tr("Grade &B from"), m_b);
    form->addRow(tr("Grade &C from"), m_c);
    auto *note = new QLabel(tr("Fit points are summed over the rules and clamped to 0–100. Grades A and B are "
                               "ICP fit: they use the lower ICP MQL threshold when it is set."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #64748b"_qs);
    form->addRow(note);
    auto *grades = new QGroupBox(tr("Grade boundaries"), this);
    grades->setLayout(form);
    grades->setMaximumWidth(320);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_rules, 1);
    layout->addWidget(grades, 0, Qt::AlignTop);

    const auto edit = [this](auto change) {
        return [this, change](int value) {
            GradeBoundaries grades = m_draft->model().fit.grades;
            change(grades, value);
            if (Status status = m_draft->setGrades(grades); !status) {
                showDraft();
                Q_EMIT refused(status.error());
            }
        };
    };
    connect(m_a, &DraftSpinBox::edited, this, edit([](GradeBoundaries &g, int v) { g.a = v; }));
    connect(m_b, &DraftSpinBox::edited, this, edit([](GradeBoundaries &g, int v) { g.b = v; }));
    connect(m_c, &DraftSpinBox::edited, this, edit([](GradeBoundaries &g, int v) { g.c = v; }));
    connect(draft, &ModelDraft::draftChanged, this, &FitPanel::showDraft);
    showDraft();
}

void FitPanel::showDraft()
{
    const GradeBoundaries &grades = m_draft->model().fit.grades;
    m_a->display(grades.a);
    m_b->display(grades.b);
    m_c->display(grades.c);
}

} // namespace LeadStage
