#include "ReportBuilder.h"

#include "ModelTables.h"
#include "QuarterTables.h"
#include "ReportBasis.h"
#include "ReportManifest.h"
#include "ReportSeal.h"
#include "ReportSummary.h"
#include "common/TimeFormat.h"
#include "metrics/SnapshotLoader.h"
#include "scoring/EventColumnsLoader.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <future>

namespace LeadStage {

namespace {

Error cancelled()
{
    return Error{QCoreApplication::translate("ReportError", "the report was cancelled"),
                 {},
                 0,
                 0,
                 QCoreApplication::translate("ReportError", "Nothing was written.")};
}

// The furthest outcome with a date somewhere in the workspace, or nothing.
Result<std::optional<OutcomeStage>> datedOutcome(Database &database)
{
    constexpr std::pair<OutcomeStage, std::string_view> outcomes[] = {
        {OutcomeStage::Customer, "SELECT EXISTS (SELECT 1 FROM outcomes WHERE customer_at IS NOT NULL)"},
        {OutcomeStage::Opportunity, "SELECT EXISTS (SELECT 1 FROM outcomes WHERE opportunity_at IS NOT NULL)"},
        {OutcomeStage::Sql, "SELECT EXISTS (SELECT 1 FROM outcomes WHERE sql_at IS NOT NULL)"}};
    for (const auto &[stage, sql] : outcomes) {
        auto query = database.prepare(sql);
        if (!query)
            return query.error();
        auto row = query->step();
        if (!row)
            return row.error();
        if (*row && query->int64(0) != 0)
            return std::optional(stage);
    }
    return std::optional<OutcomeStage>();
}

// A progress of a worker's own that hears the report's cancel and, when given a
// total, tells the report's progress how far it got (the events read, of how many).
struct InnerProgress
{
    explicit InnerProgress(Progress *outer, std::int64_t total = 0)
        : outer(outer)
        , total(total)
    {}
    InnerProgress(const InnerProgress &) = delete;
    InnerProgress &operator=(const InnerProgress &) = delete;

    Progress *outer;
    std::int64_t total;
    Progress own{[this](std::int64_t done, std::int64_t) {
        if (outer && total > 0)
            outer->report(std::min(done, total), total);
        if (outer && outer->cancelled())
            own.cancel();
    }};
};

Error changedWhileRead()
{
    return Error{
        QCoreApplication::translate("ReportError", "the workspace changed while the report was reading it"),
        {},
        0,
        0,
        QCoreApplication::translate("ReportError", "Make the report again once the import or rescore has finished.")};
}

// Every lead and event for the back-test, read on three read-only connections of their
// own (leads on this thread, events on two others) while the caller reads the snapshot's
// leads on its own connection.
Result<ScoringInput> readColumns(const QString &path, Progress *outer, std::int64_t eventCount)
{
    InnerProgress progress(outer, eventCount);
    const Workspace::Options readOnly{Workspace::Access::ReadOnly, Workspace::Missing::Fail, 2000};
    auto leads = Workspace::open(path, readOnly);
    if (!leads)
        return leads.error();
    auto events = Workspace::open(path, readOnly);
    auto moreEvents = Workspace::open(path, readOnly);
    if (!events || !moreEvents)
        return !events ? events.error() : moreEvents.error();
    EventColumnsLoader loader((*leads)->database());
    loader.readEventsOn((*events)->database());
    loader.readEventsOn((*moreEvents)->database());
    return loader.loadAll(&progress.own);
}

// The back-test `leadstage evaluate --outcome STAGE` runs by default: as of the latest
// date whose 180-day horizon lies within the data, over every lead (not the filter).
Result<EvaluatedModel> backTestOf(Database &database, const ScoringModel &model, const ScoringInput &input,
                                  OutcomeStage outcome, Progress *progress)
{
    auto dataEnd = EventColumnsLoader(database).defaultAsOf(input);
    if (!dataEnd)
        return dataEnd.error();
    BackTestRequest request;
    request.outcome = outcome;
    request.asOf = ModelEvaluation::defaultAsOf(*dataEnd, request.horizonDays);
    // The back-test's own figures only: the report shows no capacity curve, so the
    // replay of every lead to the data's end that ModelEvaluation adds for it is skipped.
    auto population = BackTest::build(model, input, request, *dataEnd, progress);
    if (!population)
        return population.error();
    EvaluatedModel evaluated{model.name, std::move(*population), {}, std::nullopt, false, {}};
    evaluated.figures = BackTestFigures::of(evaluated.population);
    return evaluated;
}

// The snapshot, and the back-test when the workspace has dated outcomes. Both need the
// events: with a back-test they are read once, into its columns, and the snapshot
// takes its IQL windows from there.
struct ReportInputs
{
    MetricsSnapshot snapshot;
    std::optional<EvaluatedModel> backTest;
};

// The connections read one after another, not in one transaction: the counts the
// basis read first must still hold, or an import landed in between.
Result<ReportInputs> readInputs(Workspace &workspace, const ReportBasis &basis, Progress *progress)
{
    auto outcome = datedOutcome(workspace.database());
    if (!outcome)
        return outcome.error();
    SnapshotLoader snapshotLoader(workspace.database());
    if (!*outcome) {
        auto snapshot = snapshotLoader.load(progress);
        if (!snapshot)
            return snapshot.error();
        if (std::int64_t(snapshot->size()) != basis.leads)
            return changedWhileRead();
        return ReportInputs{std::move(*snapshot), std::nullopt};
    }
    // The bar follows the events read, the bulk of the work, with rate and time left.
    auto columns = std::async(std::launch::async, readColumns, workspace.path(), progress, basis.events);
    auto states = snapshotLoader.readScoredStates();
    auto input = columns.get();
    if (progress && progress->cancelled())
        return cancelled();
    if (!states || !input)
        return !states ? states.error() : input.error();
    if (std::int64_t(input->leads.size()) != basis.leads || std::int64_t(input->events.eventCount()) != basis.events)
        return changedWhileRead();
    auto backTest = std::async(std::launch::async, [&] {
        InnerProgress quiet(progress);
        return backTestOf(workspace.database(), basis.model.model, *input, **outcome, &quiet.own);
    });
    auto snapshot = SnapshotLoader::fromColumns(*states, *input);
    auto evaluated = backTest.get();
    if (progress && progress->cancelled())
        return cancelled();
    if (!snapshot)
        return snapshot.error();
    if (!evaluated)
        return evaluated.error();
    return ReportInputs{std::move(*snapshot), std::move(*evaluated)};
}

QString filterText(const MetricsFilter &filter, const ReportLanguage &language)
{
    QStringList parts;
    const std::pair<Dimension, const char *> dimensions[] = {
        {Dimension::Source, QT_TRANSLATE_NOOP("Report", "Source")},
        {Dimension::Campaign, QT_TRANSLATE_NOOP("Report", "Campaign")},
        {Dimension::Industry, QT_TRANSLATE_NOOP("Report", "Vertical")},
        {Dimension::Country, QT_TRANSLATE_NOOP("Report", "Country")}};
    for (const auto &[dimension, title] : dimensions) {
        if (!filter.values(dimension).isEmpty())
            parts << language.text(title) + u": "_qs + filter.values(dimension).join(u", "_qs);
    }
    if (!filter.grades.empty()) {
        QStringList grades;
        for (Grade grade : filter.grades)
            grades << gradeName(grade);
        parts << language.text(QT_TRANSLATE_NOOP("Report", "Fit grade")) + u": "_qs + grades.join(u", "_qs);
    }
    return parts.isEmpty() ? language.text(QT_TRANSLATE_NOOP("Report", "all leads")) : parts.join(u" · "_qs);
}

// Assembles the document from the parts read; holds no arithmetic.
class Composer
{
public:
    Composer(const ReportRequest &request, const QuarterFigures &figures, const ReportBasis &basis,
             const std::optional<EvaluatedModel> &backTest, int selectedLeads)
        : m_request(request)
        , m_figures(figures)
        , m_basis(basis)
        , m_backTest(backTest)
        , m_selectedLeads(selectedLeads)
        , m_language(request.language)
        , m_cells(m_language)
        , m_quarterTables(figures, m_cells)
        , m_modelTables(m_cells)
    {}

    ReportDocument compose();

private:
    QString text(const char *source) const { return m_language.text(source); }
    int addTable(ReportTable table);
    ReportBlock table(ReportTable table) { return {ReportBlock::Kind::Table, {}, {}, addTable(std::move(table))}; }
    ReportBlock chart(ReportChart chart);
    static ReportBlock paragraph(const QString &text) { return {ReportBlock::Kind::Paragraph, text, {}, -1}; }
    ReportChart chartOf(const QString &tableKey, ReportChart::Kind kind, int category, std::vector<int> series,
                        std::optional<IqlMetric> band, const char *axis) const;

    ReportSection summary();
    ReportSection funnel();
    ReportSection trends();
    ReportSection sources();
    ReportSection model();
    ReportSection basis();
    ReportTable basisTable() const;
    ReportTable importsTable() const;
    QJsonObject manifest() const;

    const ReportRequest &m_request;
    const QuarterFigures &m_figures;
    const ReportBasis &m_basis;
    const std::optional<EvaluatedModel> &m_backTest;
    int m_selectedLeads;
    ReportLanguage m_language;
    ReportCells m_cells;
    QuarterTables m_quarterTables;
    ModelTables m_modelTables;
    ReportDocument m_document;
};

int Composer::addTable(ReportTable table)
{
    m_document.tables.push_back(std::move(table));
    return int(m_document.tables.size()) - 1;
}

ReportBlock Composer::chart(ReportChart chart)
{
    m_document.charts.push_back(std::move(chart));
    return {ReportBlock::Kind::Chart, {}, {}, int(m_document.charts.size()) - 1};
}

ReportChart Composer::chartOf(const QString &tableKey, ReportChart::Kind kind, int category, std::vector<int> series,
                              std::optional<IqlMetric> band, const char *axis) const
{
    ReportChart chart;
    chart.key = tableKey;
    chart.tableKey = tableKey;
    if (const ReportTable *table = m_document.table(tableKey))
        chart.title = table->title;
    chart.kind = kind;
    chart.categoryColumn = category;
    chart.seriesColumns = std::move(series);
    if (band)
        chart.band = ReferenceBands::of(*band);
    chart.valueAxisTitle = text(axis);
    return chart;
}

ReportSection Composer::summary()
{
    ReportSection section{u"summary"_qs, text(QT_TRANSLATE_NOOP("Report", "Summary")), {}};
    QString scope = text(QT_TRANSLATE_NOOP("Report", "%1 as known on %2, for %3 (%4 of the workspace's %5 leads)."))
                        .arg(m_figures.quarters[QuarterFigures::This].label(), m_language.date(m_figures.asOf),
                             filterText(m_request.filter, m_language), m_language.count(m_selectedLeads),
                             m_language.count(m_basis.leads));
    if (m_figures.partial)
        scope +=
            u' '
            + text(QT_TRANSLATE_NOOP("Report", "The quarter was not over on that date: its figures cover part of it."));
    section.blocks.push_back(paragraph(scope));
    for (const QString &sentence : ReportSummary::sentences(m_figures, m_language, m_backTest ? &*m_backTest : nullptr))
        section.blocks.push_back(paragraph(sentence));
    ReportBlock tiles{ReportBlock::Kind::Kpis, {}, m_quarterTables.kpis(), -1};
    // The tiles' table is for the spreadsheet and CSV; the document shows the tiles.
    addTable(m_quarterTables.kpiTable(tiles.kpis));
    section.blocks.push_back(std::move(tiles));
    section.blocks.push_back(table(m_quarterTables.iqlMetricsByQuarter()));
    return section;
}

ReportSection Composer::funnel()
{
    ReportSection section{u"funnel"_qs, text(QT_TRANSLATE_NOOP("Report", "Funnel")), {}};
    const int index = addTable(m_quarterTables.funnelByStage());
    section.blocks.push_back(chart(chartOf(m_document.tables[index].key, ReportChart::Kind::Bars, 0, {1, 3, 5},
                                           std::nullopt, QT_TRANSLATE_NOOP("Report", "leads"))));
    section.blocks.push_back({ReportBlock::Kind::Table, {}, {}, index});
    return section;
}

ReportSection Composer::trends()
{
    ReportSection section{u"iqlMetrics"_qs, text(QT_TRANSLATE_NOOP("Report", "IQL metrics month by month")), {}};
    section.blocks.push_back(paragraph(text(QT_TRANSLATE_NOOP("Report", "The fifteen months from %1 to the end of %2."))
                                           .arg(m_figures.quarters[QuarterFigures::YearEarlier].label(),
                                                m_figures.quarters[QuarterFigures::This].label())));
    struct Trend
    {
        ReportTable table;
        ReportChart::Kind kind;
        std::vector<int> series;
        std::optional<IqlMetric> band;
        const char *axis;
    };
    Trend trends[] = {{m_quarterTables.generationByMonth(),
                       ReportChart::Kind::Bars,
                       {1},
                       IqlMetric::Generation,
                       QT_TRANSLATE_NOOP("Report", "IQLs")},
                      {m_quarterTables.cohortsByMonth(),
                       ReportChart::Kind::Lines,
                       {3},
                       IqlMetric::Conversion,
                       QT_TRANSLATE_NOOP("Report", "share MQL within 180 days")},
                      {m_quarterTables.timeToMqlByMonth(),
                       ReportChart::Kind::Lines,
                       {2, 3, 4},
                       IqlMetric::TimeToMql,
                       QT_TRANSLATE_NOOP("Report", "days from IQL to MQL")},
                      {m_quarterTables.timeToMqlHistogram(),
                       ReportChart::Kind::Bars,
                       {1},
                       std::nullopt,
                       QT_TRANSLATE_NOOP("Report", "MQLs")},
                      {m_quarterTables.engagementByMonth(),
                       ReportChart::Kind::Lines,
                       {3},
                       IqlMetric::Engagement,
                       QT_TRANSLATE_NOOP("Report", "share with an event")}};
    for (Trend &trend : trends) {
        const int index = addTable(std::move(trend.table));
        section.blocks.push_back(
            chart(chartOf(m_document.tables[index].key, trend.kind, 0, trend.series, trend.band, trend.axis)));
        section.blocks.push_back({ReportBlock::Kind::Table, {}, {}, index});
    }
    return section;
}

ReportSection Composer::sources()
{
    ReportSection section{u"sources"_qs, text(QT_TRANSLATE_NOOP("Report", "Sources, campaigns and verticals")), {}};
    for (Dimension dimension : {Dimension::Source, Dimension::Campaign, Dimension::Industry})
        section.blocks.push_back(table(m_quarterTables.quality(dimension)));
    return section;
}

ReportSection Composer::model()
{
    const ScoringModel &scoring = m_basis.model.model;
    ReportSection section{u"model"_qs, text(QT_TRANSLATE_NOOP("Report", "The scoring model")), {}};
    section.blocks.push_back(paragraph(
        text(QT_TRANSLATE_NOOP("Report", "Stages and scores come from the model that scored the workspace: %1."))
            .arg(m_basis.model.describe())));
    section.blocks.push_back(table(m_modelTables.settings(m_basis.model)));
    section.blocks.push_back(table(m_modelTables.rules(scoring)));
    if (!scoring.triggers.empty())
        section.blocks.push_back(table(m_modelTables.triggers(scoring)));
    if (!scoring.fit.rules.empty())
        section.blocks.push_back(table(m_modelTables.fitRules(scoring)));
    if (!m_backTest) {
        section.blocks.push_back(paragraph(text(QT_TRANSLATE_NOOP(
            "Report", "The workspace holds no dated outcomes (SQL, opportunity or customer), so the model "
                      "could not be checked against what leads went on to do."))));
        return section;
    }
    section.blocks.push_back(table(m_modelTables.backTest(*m_backTest)));
    const int gains = addTable(m_modelTables.backTestGains(*m_backTest));
    section.blocks.push_back(chart(chartOf(m_document.tables[gains].key, ReportChart::Kind::Bars, 0, {3}, std::nullopt,
                                           QT_TRANSLATE_NOOP("Report", "outcome rate"))));
    section.blocks.push_back({ReportBlock::Kind::Table, {}, {}, gains});
    return section;
}

ReportTable Composer::basisTable() const
{
    ReportTable table;
    table.key = u"basis"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "What this report was made from"));
    m_cells.makeNamedValues(table, u"item"_qs, QT_TRANSLATE_NOOP("Report", "Item"));
    auto add = [&](const QString &key, const char *name, const QJsonValue &value, const QString &text) {
        m_cells.addNamedValue(table, key, name, value, text);
    };
    add(u"workspace"_qs, QT_TRANSLATE_NOOP("Report", "Workspace"), m_basis.workspaceName, m_basis.workspaceName);
    add(u"analysisDate"_qs, QT_TRANSLATE_NOOP("Report", "Analysis date"), isoUtc(m_figures.asOf),
        isoUtc(m_figures.asOf));
    add(u"quarter"_qs, QT_TRANSLATE_NOOP("Report", "Quarter"), m_request.quarter.label(), m_request.quarter.label());
    add(u"filter"_qs, QT_TRANSLATE_NOOP("Report", "Filter"), m_request.toJson().value(u"filter"_qs),
        filterText(m_request.filter, m_language));
    add(u"leads"_qs, QT_TRANSLATE_NOOP("Report", "Leads in the workspace"), qint64(m_basis.leads),
        m_language.count(m_basis.leads));
    add(u"selectedLeads"_qs, QT_TRANSLATE_NOOP("Report", "Leads the filter selects"), m_selectedLeads,
        m_language.count(m_selectedLeads));
    add(u"events"_qs, QT_TRANSLATE_NOOP("Report", "Events"), qint64(m_basis.events), m_language.count(m_basis.events));
    add(u"outcomes"_qs, QT_TRANSLATE_NOOP("Report", "Leads with outcomes"), qint64(m_basis.outcomes),
        m_language.count(m_basis.outcomes));
    add(u"model"_qs, QT_TRANSLATE_NOOP("Report", "Model"), m_basis.model.describe(), m_basis.model.describe());
    add(u"modelSha256"_qs, QT_TRANSLATE_NOOP("Report", "Model JSON SHA-256"), m_basis.modelSha256, m_basis.modelSha256);
    const QString generator = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
    add(u"generator"_qs, QT_TRANSLATE_NOOP("Report", "Made by"), generator.trimmed(), generator.trimmed());
    return table;
}

ReportTable Composer::importsTable() const
{
    ReportTable table;
    table.key = u"imports"_qs;
    table.title = text(QT_TRANSLATE_NOOP("Report", "Imports included"));
    table.columns = {m_cells.column(u"id"_qs, QT_TRANSLATE_NOOP("Report", "Import"), ValueKind::Count),
                     m_cells.column(u"kind"_qs, QT_TRANSLATE_NOOP("Report", "Kind"), ValueKind::Text),
                     m_cells.column(u"file"_qs, QT_TRANSLATE_NOOP("Report", "File"), ValueKind::Text),
                     m_cells.column(u"rows"_qs, QT_TRANSLATE_NOOP("Report", "Rows imported"), ValueKind::Count),
                     m_cells.column(u"finished"_qs, QT_TRANSLATE_NOOP("Report", "Finished"), ValueKind::Text),
                     m_cells.column(u"sha256"_qs, QT_TRANSLATE_NOOP("Report", "File SHA-256"), ValueKind::Text),
                     m_cells.column(u"undone"_qs, QT_TRANSLATE_NOOP("Report", "Undone"), ValueKind::Text)};
    for (const ReportImport &import : m_basis.imports) {
        table.rows.push_back({m_cells.count(import.id), m_cells.text(import.kind), m_cells.text(import.fileName),
                              m_cells.count(import.rows),
                              m_cells.shown(isoUtc(import.finishedAt), isoUtc(import.finishedAt)),
                              m_cells.text(import.sha256),
                              import.undoneAt ? m_cells.shown(isoUtc(*import.undoneAt), isoUtc(*import.undoneAt))
                                              : m_cells.shown(QJsonValue(), QString())});
    }
    table.note = text(QT_TRANSLATE_NOOP("Report", "An undone import's rows are not in the figures."));
    return table;
}

ReportSection Composer::basis()
{
    ReportSection section{u"basis"_qs, text(QT_TRANSLATE_NOOP("Report", "Basis of this report")), {}};
    section.blocks.push_back(paragraph(text(QT_TRANSLATE_NOOP(
        "Report", "The report carries this basis and every number in a machine-readable manifest, sealed with a "
                  "SHA-256 digest of the file: LeadStage's report verification recomputes the figures from the "
                  "workspace and says whether each still holds, and whether the file was changed."))));
    section.blocks.push_back(table(basisTable()));
    section.blocks.push_back(table(importsTable()));
    return section;
}

QJsonObject Composer::manifest() const
{
    QJsonObject numbers;
    for (const ReportTable &table : m_document.tables) {
        QJsonArray columns;
        for (const ReportColumn &column : table.columns)
            columns.append(column.key);
        QJsonArray rows;
        for (const auto &row : table.rows) {
            QJsonArray values;
            for (const ReportCell &cell : row)
                values.append(cell.value);
            rows.append(values);
        }
        numbers.insert(table.key, QJsonObject{{u"columns"_qs, columns}, {u"rows"_qs, rows}});
    }
    return QJsonObject{{u"kind"_qs, ReportManifest::kind()},
                       {u"version"_qs, ReportManifest::version},
                       {u"request"_qs, m_request.toJson()},
                       {u"basis"_qs, m_basis.toJson()},
                       {u"numbers"_qs, numbers},
                       {u"seal"_qs, QString::fromLatin1(ReportSeal::placeholder())}};
}

ReportDocument Composer::compose()
{
    const QString quarter = m_figures.quarters[QuarterFigures::This].label();
    m_document.language = m_language.code();
    m_document.title = text(QT_TRANSLATE_NOOP("Report", "Quarterly funnel report"));
    m_document.subtitle = quarter + u" · "_qs + m_basis.workspaceName;
    m_document.dateLine =
        text(QT_TRANSLATE_NOOP("Report", "Figures as known on %1")).arg(m_language.date(m_figures.asOf));
    m_document.footer = u"LeadStage · "_qs + m_basis.workspaceName + u" · "_qs + quarter;
    m_document.pageText = text(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"));
    m_document.contentsTitle = text(QT_TRANSLATE_NOOP("Report", "Contents"));
    m_document.documentTime = m_figures.asOf;
    m_document.sections.push_back(summary());
    m_document.sections.push_back(funnel());
    m_document.sections.push_back(trends());
    m_document.sections.push_back(sources());
    m_document.sections.push_back(model());
    m_document.sections.push_back(basis());
    m_document.manifest = manifest();
    return std::move(m_document);
}

} // namespace

Result<ReportDocument> ReportBuilder::build(Workspace &workspace, const ReportRequest &request, Progress *progress)
{
    if (!ReportLanguage::isAvailable(request.language))
        return Error{QCoreApplication::translate("ReportError", "no report language \"%1\"").arg(request.language),
                     {},
                     0,
                     0,
                     QCoreApplication::translate("ReportError", "Choose one of: %1.")
                         .arg(ReportLanguage::available().join(u", "_qs))};
    if (const auto &stale = workspace.openNotes().staleScores)
        return Error{QCoreApplication::translate("ReportError", "%1, so the report's figures would be wrong")
                         .arg(ScoreStatus::describe(*stale)),
                     workspace.path(), 0, 0,
                     QCoreApplication::translate("ReportError", "Rescore the workspace, then make the report again.")};

    auto basis = ReportBasis::read(workspace, 0);
    if (!basis)
        return basis.error();
    auto inputs = readInputs(workspace, *basis, progress);
    if (!inputs)
        return inputs.error();
    auto figures = QuarterFigures::compute(inputs->snapshot, request);
    if (!figures)
        return figures.error();
    basis->analysisDate = figures->asOf;
    const int selected = figures->byQuarter[QuarterFigures::This].selectedLeads;
    return Composer(request, *figures, *basis, inputs->backTest, selected).compose();
}

} // namespace LeadStage
