#include "EvaluateRequestForm.h"

#include "EvaluateSettings.h"
#include "common/DateEdit.h"
#include "common/DisplayFormat.h"
#include "common/Heading.h"
#include "common/TimeFormat.h"
#include "scoring/Moments.h"
#include "tuning/OutcomeTimes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace LeadStage {

namespace {

constexpr int keyRole = Qt::UserRole;
// The outcome box's data: an OutcomeStage, or this plus a Stage for the CRM's recorded stage.
constexpr int recordedData = 100;

QDate utcDate(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
}

} // namespace

EvaluateRequestForm::EvaluateRequestForm(QWidget *parent)
    : QWidget(parent)
    , m_outcome(new QComboBox(this))
    , m_moment(new QComboBox(this))
    , m_date(new DateEdit(this))
    , m_latest(new QToolButton(this))
    , m_horizon(new QSpinBox(this))
    , m_models(new QListWidget(this))
    , m_reference(new QLabel(this))
{
    setObjectName(u"evaluateRequest"_qs);
    layOut();
    restore();
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &EvaluateRequestForm::inputChanged);
    connect(m_moment, &QComboBox::currentIndexChanged, this, &EvaluateRequestForm::inputChanged);
    connect(m_horizon, &QSpinBox::valueChanged, this, [this] {
        if (m_followDefault)
            showDefaultDate();
        inputChanged();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            m_followDefault = false;
        inputChanged();
    });
    connect(m_latest, &QToolButton::clicked, this, [this] {
        m_followDefault = true;
        showDefaultDate();
    });
    connect(m_models, &QListWidget::itemChanged, this, &EvaluateRequestForm::inputChanged);
    connect(m_models->model(), &QAbstractItemModel::rowsMoved, this, &EvaluateRequestForm::inputChanged);
}

void EvaluateRequestForm::layOut()
{
    m_outcome->setObjectName(u"evaluateOutcome"_qs);
    m_outcome->addItem(tr("SQL"), int(OutcomeStage::Sql));
    m_outcome->addItem(tr("Opportunity"), int(OutcomeStage::Opportunity));
    m_outcome->addItem(tr("Customer"), int(OutcomeStage::Customer));
    // The CRM's own stages (recorded_stages), as `--outcome recorded:STAGE` reads them.
    for (const Stage stage : {Stage::MQL, Stage::SQL, Stage::Opportunity, Stage::Customer})
        m_outcome->addItem(tr("%1 (CRM)").arg(stageTitle(stage)), recordedData + int(stage));
    m_outcome->setToolTip(tr("The outcome the score should predict; reaching a later stage counts too. "
                             "“(CRM)”: the lifecycle stage the CRM's export recorded, instead of the outcomes table"));
    m_moment->setObjectName(u"evaluateMoment"_qs);
    m_moment->addItem(tr("As of a date"), int(BackTestMoment::AsOf));
    m_moment->addItem(tr("At IQL entry"), int(BackTestMoment::AtIql));
    m_moment->addItem(tr("At MQL entry"), int(BackTestMoment::AtMql));
    m_moment->addItem(tr("Snapshot"), int(BackTestMoment::Snapshot));
    m_moment->setToolTip(tr("As of a date: every lead scored with its events up to that date. At IQL or MQL entry: "
                            "each lead scored when it reached the stage. Snapshot: every lead scored at the analysis "
                            "date, for outcomes known only as a yes/no flag; optimistic, as leakage cannot be ruled "
                            "out"));
    m_date->setObjectName(u"evaluateAsOf"_qs);
    m_date->setToolTip(tr("Leads are scored with their events up to the end of this day (UTC); an outcome in the "
                          "horizon after it counts"));
    m_latest->setObjectName(u"evaluateLatestDate"_qs);
    m_latest->setText(tr("Latest"));
    m_latest->setToolTip(tr("The latest date whose whole horizon lies within the data: the analysis date minus "
                            "the horizon"));
    m_horizon->setObjectName(u"evaluateHorizon"_qs);
    m_horizon->setRange(1, 3650);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setToolTip(tr("How long after the moment an outcome counts"));
    m_models->setObjectName(u"evaluateModels"_qs);
    m_models->setDragDropMode(QAbstractItemView::InternalMove);
    m_models->setDefaultDropAction(Qt::MoveAction);
    m_models->setToolTip(tr("Check the models to compare. The first checked is the reference the others are "
                            "compared with: drag a model up to make it the reference"));
    m_reference->setObjectName(u"evaluateReference"_qs);
    m_reference->setWordWrap(true);
    m_reference->setForegroundRole(QPalette::PlaceholderText);

    auto *dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_latest);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Scored"), m_moment);
    form->addRow(tr("As of"), dateRow);
    form->addRow(tr("Horizon"), m_horizon);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Back-test"), this));
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Models to compare"), this));
    layout->addWidget(m_models);
    layout->addWidget(m_reference);
    layout->addStretch(1);
}

void EvaluateRequestForm::restore()
{
    m_filling = true;
    // "customer", "recorded:sql": as the command line names the outcome.
    const QString remembered = EvaluateSettings::outcome().get();
    int outcomeData = int(outcomeStageFromName(remembered).value_or(OutcomeStage::Customer));
    if (remembered.startsWith(u"recorded:"_qs))
        if (const auto stage = recordedStageFromName(QStringView(remembered).mid(9)))
            outcomeData = recordedData + int(*stage);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(outcomeData)));
    m_moment->setCurrentIndex(std::max(0, m_moment->findData(EvaluateSettings::moment().get())));
    m_horizon->setValue(std::clamp(EvaluateSettings::horizonDays().get(), 1, 3650));
    m_filling = false;
    updateEnabled();
}

void EvaluateRequestForm::remember()
{
    EvaluateSettings::outcome().set(outcomeName(request()));
    EvaluateSettings::moment().set(m_moment->currentData().toInt());
    EvaluateSettings::horizonDays().set(m_horizon->value());
    EvaluateSettings::models().set(checkedKeys());
}

void EvaluateRequestForm::inputChanged()
{
    if (m_filling)
        return;
    updateEnabled();
    updateReference();
    remember();
    Q_EMIT changed();
}

void EvaluateRequestForm::updateEnabled()
{
    const auto moment = BackTestMoment(m_moment->currentData().toInt());
    const bool asOf = moment == BackTestMoment::AsOf;
    m_date->setEnabled(asOf);
    m_latest->setEnabled(asOf && !m_followDefault);
    m_horizon->setEnabled(moment != BackTestMoment::Snapshot); // a snapshot has no horizon
}

void EvaluateRequestForm::updateReference()
{
    const QStringList keys = checkedKeys();
    if (keys.isEmpty())
        m_reference->setText(tr("Check a model to back-test it."));
    else if (keys.size() == 1)
        m_reference->setText(tr("Check a second model to compare it with %1.").arg(labelOf(keys.front())));
    else
        m_reference->setText(tr("Compared with %1, the first checked. Drag to reorder.").arg(labelOf(keys.front())));
}

void EvaluateRequestForm::showDefaultDate()
{
    if (m_dataEnd == 0)
        return;
    const QSignalBlocker blocker(m_date);
    m_date->setMaximumDate(utcDate(m_dataEnd));
    m_date->setDate(utcDate(ModelEvaluation::defaultAsOf(m_dataEnd, m_horizon->value())));
    updateEnabled();
    if (!m_filling)
        inputChanged();
}

QString EvaluateRequestForm::keyOf(const EvaluateJob::SavedModel &saved)
{
    return saved.builtIn ? u"active"_qs : u"version:%1"_qs.arg(saved.version.id);
}

void EvaluateRequestForm::setModels(const std::vector<EvaluateJob::SavedModel> &saved, std::int64_t dataEnd)
{
    m_filling = true;
    m_dataEnd = dataEnd;
    if (m_followDefault)
        showDefaultDate();
    else
        m_date->setMaximumDate(utcDate(dataEnd));
    // The default order: the active model (the usual reference), the draft, the rest newest first.
    struct Entry
    {
        QString key, label, tip;
    };
    std::vector<Entry> entries;
    const QString draftText = m_models->count() > 0 && m_models->item(0) ? labelOf(draftKey) : tr("Draft");
    for (const EvaluateJob::SavedModel &model : saved) {
        const ModelVersion &v = model.version;
        Entry entry{keyOf(model), QString(), QString()};
        if (model.builtIn)
            entry.label = tr("%1 (built-in, active)").arg(v.name);
        else
            entry.label =
                v.active ? tr("%1 v%2 (active)").arg(v.name).arg(v.version) : tr("%1 v%2").arg(v.name).arg(v.version);
        if (!model.builtIn)
            entry.tip = tr("Saved %1 (id %2)%3")
                            .arg(DisplayFormat::dateTime(QDateTime::fromSecsSinceEpoch(v.createdAt)))
                            .arg(v.id)
                            .arg(v.comment.isEmpty() ? QString() : u": "_qs + v.comment);
        if (v.active) {
            entries.insert(entries.begin(), entry);
            entries.insert(entries.begin() + 1, Entry{draftKey, draftText, tr("The draft as edited now")});
        } else {
            entries.push_back(entry);
        }
    }
    if (std::none_of(entries.begin(), entries.end(), [](const Entry &e) { return e.key == draftKey; }))
        entries.insert(entries.begin(), Entry{draftKey, draftText, tr("The draft as edited now")});

    QStringList checked = EvaluateSettings::models().get();
    checked.erase(std::remove_if(checked.begin(), checked.end(),
                                 [&](const QString &key) {
                                     return std::none_of(entries.begin(), entries.end(),
                                                         [&](const Entry &e) { return e.key == key; });
                                 }),
                  checked.end());
    if (checked.isEmpty())
        checked = QStringList{entries[0].key, entries[1 % entries.size()].key};
    checked.removeDuplicates();
    // The checked ones first, in the remembered order, then the rest in the default order.
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        const qsizetype ia = checked.indexOf(a.key), ib = checked.indexOf(b.key);
        return (ia < 0 ? checked.size() : ia) < (ib < 0 ? checked.size() : ib);
    });
    m_models->clear();
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(entry.label, m_models);
        item->setData(keyRole, entry.key);
        item->setToolTip(entry.tip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(checked.contains(entry.key) ? Qt::Checked : Qt::Unchecked);
    }
    // As tall as its models, up to eight lines; more scroll inside the list.
    const int lines = std::clamp(m_models->count(), 3, 8);
    m_models->setFixedHeight(lines * std::max(1, m_models->sizeHintForRow(0)) + 2 * m_models->frameWidth() + 4);
    m_filling = false;
    updateReference();
    remember();
}

void EvaluateRequestForm::setDraftLabel(const QString &label)
{
    for (int row = 0; row < m_models->count(); ++row)
        if (m_models->item(row)->data(keyRole).toString() == draftKey && m_models->item(row)->text() != label) {
            const QSignalBlocker blocker(m_models);
            m_models->item(row)->setText(label);
        }
    updateReference();
}

BackTestRequest EvaluateRequestForm::request() const
{
    BackTestRequest request;
    const int outcome = m_outcome->currentData().toInt();
    if (outcome >= recordedData)
        request.recordedStage = Stage(outcome - recordedData);
    else
        request.outcome = OutcomeStage(outcome);
    request.moment = BackTestMoment(m_moment->currentData().toInt());
    request.horizonDays = m_horizon->value();
    // The end of the chosen day, UTC, as `leadstage evaluate --as-of YYYY-MM-DD` reads it.
    request.asOf = m_date->date().startOfDay(Qt::UTC).toSecsSinceEpoch() + secondsPerDay - 1;
    return request;
}

QStringList EvaluateRequestForm::checkedKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_models->count(); ++row)
        if (m_models->item(row)->checkState() == Qt::Checked)
            keys << m_models->item(row)->data(keyRole).toString();
    return keys;
}

QString EvaluateRequestForm::labelOf(const QString &key) const
{
    for (int row = 0; row < m_models->count(); ++row)
        if (m_models->item(row)->data(keyRole).toString() == key)
            return m_models->item(row)->text();
    return key == draftKey ? tr("Draft") : key;
}

} // namespace LeadStage
