#include "SuggestionsPanel.h"

#include "ModelDraft.h"
#include "SuggestionTableModel.h"

#include "common/BackgroundJobs.h"
#include "common/DisplayFormat.h"
#include "common/TimeFormat.h"
#include "tuning/ModelEvaluation.h"
#include "tuning/WhatIfSession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpacerItem>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace LeadStage {

namespace {

QString count(std::int64_t value)
{
    return DisplayFormat::count(value);
}

QString aucText(const AucEstimate &auc)
{
    if (!auc.hasAuc())
        return u"–"_qs;
    QString text = DisplayFormat::decimal(auc.auc, 3);
    if (auc.hasInterval())
        text += u" (%1–%2)"_qs.arg(DisplayFormat::decimal(auc.low, 3), DisplayFormat::decimal(auc.high, 3));
    return text;
}

QString windowText(std::int64_t cases, std::int64_t positives)
{
    return SuggestionsPanel::tr("%1, %2 positive").arg(DisplayFormat::leads(cases), count(positives));
}

} // namespace

SuggestionsPanel::SuggestionsPanel(ModelDraft *draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_newFieldRules(new QCheckBox(tr("Suggest new field rules from the leads' columns"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new SuggestionTableModel(this))
    , m_status(new QLabel(this))
    , m_checkAll(new QPushButton(tr("Check All"), this))
    , m_acceptChecked(new QPushButton(tr("Accept Checked"), this))
    , m_acceptAll(new QPushButton(tr("Accept All"), this))
{
    setObjectName(u"suggestionsPanel"_qs);
    BackgroundJobs::keepThreads(m_pool, 2); // a cancelled question may overlap the next until its next chunk
    m_newFieldRules->setObjectName(u"newFieldRules"_qs);
    m_summary->setObjectName(u"suggestionsSummary"_qs);
    m_table->setObjectName(u"suggestionsTable"_qs);
    m_status->setObjectName(u"suggestionsStatus"_qs);
    m_checkAll->setObjectName(u"checkAllSuggestions"_qs);
    m_acceptChecked->setObjectName(u"acceptCheckedSuggestions"_qs);
    m_acceptAll->setObjectName(u"acceptAllSuggestions"_qs);
    m_newFieldRules->setToolTip(tr("Also try the frequent values of text columns and the quartiles of number columns "
                                   "as new field rules (slower)"));
    m_acceptChecked->setToolTip(tr("Put the checked suggestions into the draft as one undoable edit"));
    m_acceptAll->setToolTip(tr("Put every suggestion that changes something into the draft as one undoable edit"));
    for (QLabel *label : {m_summary, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SuggestionTableModel::Rule, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    // The buttons under the table, the option above it: the section stays as narrow as
    // the window allows.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_checkAll);
    buttons->addWidget(m_acceptChecked);
    buttons->addWidget(m_acceptAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_newFieldRules);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    // Takes the table's room when there is no table, so the sentences stay at the top.
    layout->addItem(new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding));
    layout->addLayout(buttons);

    m_delay.setObjectName(u"suggestionsDelay"_qs); // a slow timeout says whose it is (bench/SlowEvents.h)
    m_delay.setSingleShot(true);
    m_delay.setInterval(400);
    connect(&m_delay, &QTimer::timeout, this, &SuggestionsPanel::compute);
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &SuggestionsPanel::finished);
    connect(m_newFieldRules, &QCheckBox::toggled, this, &SuggestionsPanel::schedule);
    connect(m_draft, &ModelDraft::draftChanged, this, &SuggestionsPanel::schedule);
    connect(m_model, &SuggestionTableModel::checkedChanged, this, &SuggestionsPanel::updateButtons);
    connect(m_checkAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(m_model->checked().empty()); });
    connect(m_acceptChecked, &QPushButton::clicked, this, &SuggestionsPanel::acceptChecked);
    connect(m_acceptAll, &QPushButton::clicked, this, &SuggestionsPanel::acceptAll);
    showSuggestions();
}

SuggestionsPanel::~SuggestionsPanel()
{
    if (m_cancel)
        m_cancel->cancel();
    m_pool.waitForDone();
}

void SuggestionsPanel::setSession(std::shared_ptr<const WhatIfSession> session)
{
    if (session == m_session)
        return; // every back-test tells its session: only a new one asks again
    m_session = std::move(session);
    schedule();
}

void SuggestionsPanel::setBackTest(const BackTestRequest &request)
{
    if (request == m_request)
        return;
    m_request = request;
    schedule();
}

void SuggestionsPanel::setAttributeKeys(const QStringList &keys)
{
    if (keys == m_attributeKeys)
        return;
    m_attributeKeys = keys;
    if (m_newFieldRules->isChecked())
        schedule();
}

void SuggestionsPanel::schedule()
{
    // The answer on show is for an older question from now on.
    ++m_generation;
    if (m_cancel)
        m_cancel->cancel();
    m_computing = m_session != nullptr;
    if (m_computing)
        m_status->setText(tr("Fitting the suggested points…"));
    updateButtons();
    m_delay.start();
}

void SuggestionsPanel::compute()
{
    if (!m_session) {
        m_computing = false;
        m_suggestions.reset();
        m_status->clear();
        showSuggestions();
        Q_EMIT computed();
        return;
    }
    auto cancel = std::make_shared<Progress>();
    m_cancel = cancel;
    SuggestedPoints::Options options;
    options.newFieldRules = m_newFieldRules->isChecked();
    options.attributeKeys = m_attributeKeys;
    m_computing = true;
    m_watcher.setFuture(BackgroundJobs::run(&m_pool, [session = m_session, model = m_draft->model(),
                                                      request = m_request, options, generation = m_generation,
                                                      cancel]() mutable {
        Answer answer;
        answer.generation = generation;
        const std::int64_t dataEnd = session->asOf();
        if (request.moment == BackTestMoment::AsOf && request.asOf == 0)
            request.asOf = ModelEvaluation::defaultAsOf(dataEnd, request.horizonDays);
        auto suggestions = SuggestedPoints::compute(model, session->input(), request, dataEnd, cancel.get(), options);
        if (suggestions)
            answer.suggestions = std::move(*suggestions);
        else
            answer.error = suggestions.error();
        return answer;
    }));
}

void SuggestionsPanel::finished()
{
    Answer answer = m_watcher.result();
    if (answer.generation != m_generation)
        return; // a newer question is on its way
    m_computing = false;
    m_suggestions = std::move(answer.suggestions);
    if (answer.error.what.isEmpty())
        m_status->clear();
    else
        // The core's hint names command-line options; the window's own settings are beside.
        m_status->setText(tr("No suggestions: %1. %2").arg(answer.error.what, whatToChange()));
    showSuggestions();
    Q_EMIT computed();
}

QString SuggestionsPanel::whatToChange() const
{
    const bool sql = !m_request.recordedStage && m_request.outcome == OutcomeStage::Sql;
    switch (m_request.moment) {
    case BackTestMoment::Snapshot:
        return sql ? tr("Import more outcomes.") : tr("Predict an earlier outcome (SQL), or import more outcomes.");
    case BackTestMoment::AtIql:
    case BackTestMoment::AtMql:
        return sql ? tr("Score at IQL entry or choose a longer horizon.")
                   : tr("Score at IQL entry, choose a longer horizon or an earlier outcome (SQL).");
    case BackTestMoment::AsOf:
        break;
    }
    return sql ? tr("Choose a later date or a longer horizon.")
               : tr("Choose a later date, a longer horizon or an earlier outcome (SQL).");
}

QString SuggestionsPanel::summaryText() const
{
    if (!m_suggestions)
        return m_session ? QString() : tr("Open a workspace with outcomes to see suggested points.");
    const PointSuggestions &s = *m_suggestions;
    const SuggestionSplit &split = s.split;
    QString how;
    switch (s.request.moment) {
    case BackTestMoment::AsOf:
        how = tr("Fitted as of %1 (%2), validated as of %3 (%4).")
                  .arg(DisplayFormat::dateOfUtc(split.fittedAsOf), windowText(split.fittedCases, split.fittedPositives),
                       DisplayFormat::dateOfUtc(split.validatedAsOf),
                       windowText(split.validatedCases, split.validatedPositives));
        break;
    case BackTestMoment::Snapshot:
        how = tr("Fitted on the earlier-created two thirds of the leads (%1), validated on those created from %2 "
                 "(%3). Snapshot: optimistic, leakage cannot be ruled out.")
                  .arg(windowText(split.fittedCases, split.fittedPositives),
                       DisplayFormat::dateOfUtc(split.validatedFrom),
                       windowText(split.validatedCases, split.validatedPositives));
        break;
    case BackTestMoment::AtIql:
    case BackTestMoment::AtMql:
        how = tr("Fitted on the earlier two thirds of the moments (%1), validated on those from %2 (%3).")
                  .arg(windowText(split.fittedCases, split.fittedPositives),
                       DisplayFormat::dateOfUtc(split.validatedFrom),
                       windowText(split.validatedCases, split.validatedPositives));
        break;
    }
    return tr("Validation AUC: now %1; every suggestion accepted %2; the regression's own log-odds %3. %4")
        .arg(aucText(s.currentAuc), aucText(s.acceptedAuc), aucText(s.regressionAuc), how);
}

QString SuggestionsPanel::statusText() const
{
    return m_status->text();
}

void SuggestionsPanel::showSuggestions()
{
    m_summary->setText(summaryText());
    m_model->setSuggestions(m_suggestions ? m_suggestions->suggestions : std::vector<PointSuggestion>{});
    m_table->setVisible(m_suggestions.has_value());
    updateButtons();
}

void SuggestionsPanel::updateButtons()
{
    // Suggestions for an older draft are not accepted into a newer one.
    const bool ready = m_suggestions && !m_computing;
    const bool anyChange = ready
                           && std::any_of(m_suggestions->suggestions.begin(), m_suggestions->suggestions.end(),
                                          [](const PointSuggestion &s) { return s.changes(); });
    const bool anyChecked = !m_model->checked().empty();
    m_checkAll->setEnabled(anyChange);
    m_checkAll->setText(anyChecked ? tr("Uncheck All") : tr("Check All"));
    m_acceptChecked->setEnabled(ready && anyChecked);
    m_acceptAll->setEnabled(anyChange);
}

void SuggestionsPanel::acceptChecked()
{
    accept(m_model->checked());
}

void SuggestionsPanel::acceptAll()
{
    if (!m_suggestions || m_computing)
        return;
    const auto changing = std::count_if(m_suggestions->suggestions.begin(), m_suggestions->suggestions.end(),
                                        [](const PointSuggestion &s) { return s.changes(); });
    if (changing == 0)
        return;
    const ScoringModel model = SuggestedPoints::acceptAll(m_draft->model(), *m_suggestions);
    if (const Status done = m_draft->replaceWith(model, tr("Accept all %1 suggested points").arg(changing)); !done)
        m_status->setText(tr("The suggestions were not accepted: %1").arg(done.error().toString()));
}

void SuggestionsPanel::accept(const std::vector<PointSuggestion> &chosen)
{
    if (chosen.empty() || m_computing)
        return;
    ScoringModel model = m_draft->model();
    for (const PointSuggestion &s : chosen)
        model = SuggestedPoints::accept(model, s);
    const QString text = chosen.size() == 1 ? tr("Accept the suggested points of “%1”").arg(chosen.front().feature.id)
                                            : tr("Accept %1 suggested points").arg(chosen.size());
    if (const Status done = m_draft->replaceWith(model, text); !done)
        m_status->setText(tr("The suggestions were not accepted: %1").arg(done.error().toString()));
}

} // namespace LeadStage
