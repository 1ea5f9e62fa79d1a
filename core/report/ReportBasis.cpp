#include "ReportBasis.h"

#include "common/TimeFormat.h"
#include "scoring/ModelJson.h"
#include "store/Statement.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>

namespace LeadStage {

namespace {

Result<std::int64_t> countOf(Database &database, std::string_view sql)
{
    auto query = database.prepare(sql);
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    return *row ? query->int64(0) : 0;
}

Result<std::vector<ReportImport>> readImports(Database &database)
{
    auto query = database.prepare("SELECT id, kind, file, coalesce(file_hash, ''), rows_imported,"
                                  " coalesce(finished_at, started_at), undone_at FROM imports ORDER BY id");
    if (!query)
        return query.error();
    std::vector<ReportImport> imports;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        imports.push_back({query->int64(0), query->text(1), QFileInfo(query->text(2)).fileName(), query->text(3),
                           query->int64(4), query->int64(5), query->optionalInt64(6)});
    }
    return imports;
}

// The stored JSON's hash, so an edit that keeps name and version still shows.
Result<QString> modelHash(Database &database, const ModelInForce &model)
{
    QByteArray json;
    if (model.version) {
        auto query = database.prepare("SELECT json FROM models WHERE id = ?1");
        if (!query)
            return query.error();
        query->bind(1, model.version->id);
        auto row = query->step();
        if (!row)
            return row.error();
        if (*row)
            json = query->text(0).toUtf8();
    } else {
        json = ModelJson::write(model.model);
    }
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<ReportBasis> ReportBasis::read(Workspace &workspace, std::int64_t analysisDate)
{
    Database &database = workspace.database();
    ReportBasis basis;
    // A server workspace by its schema: the address holds the server's name and folders.
    basis.workspaceName = workspace.isOnServer() ? workspace.name() : QFileInfo(workspace.path()).fileName();
    basis.analysisDate = analysisDate;
    auto scoredWith = countOf(database, "SELECT coalesce((SELECT model_id FROM lead_state LIMIT 1), 0)");
    if (!scoredWith)
        return scoredWith.error();
    auto model = ModelInForce::read(database, *scoredWith > 0 ? std::optional(*scoredWith) : std::nullopt);
    if (!model)
        return model.error();
    basis.model = std::move(*model);
    auto hash = modelHash(database, basis.model);
    if (!hash)
        return hash.error();
    basis.modelSha256 = *hash;
    auto imports = readImports(database);
    if (!imports)
        return imports.error();
    basis.imports = std::move(*imports);
    for (auto [count, sql] : {std::pair{&basis.leads, "SELECT count(*) FROM leads"},
                              std::pair{&basis.events, "SELECT count(*) FROM events"},
                              std::pair{&basis.outcomes, "SELECT count(*) FROM outcomes"}}) {
        auto value = countOf(database, sql);
        if (!value)
            return value.error();
        *count = *value;
    }
    return basis;
}

QJsonObject ReportBasis::toJson() const
{
    QJsonObject modelJson{{u"name"_qs, model.model.name}, {u"sha256"_qs, modelSha256}};
    if (model.version) {
        modelJson.insert(u"id"_qs, qint64(model.version->id));
        modelJson.insert(u"version"_qs, model.version->version);
        modelJson.insert(u"comment"_qs, model.version->comment);
    } else {
        modelJson.insert(u"builtIn"_qs, true);
    }
    QJsonArray importsJson;
    for (const ReportImport &import : imports) {
        QJsonObject item{{u"id"_qs, qint64(import.id)},     {u"kind"_qs, import.kind},
                         {u"file"_qs, import.fileName},     {u"sha256"_qs, import.sha256},
                         {u"rows"_qs, qint64(import.rows)}, {u"finished"_qs, isoUtc(import.finishedAt)}};
        if (import.undoneAt)
            item.insert(u"undone"_qs, isoUtc(*import.undoneAt));
        importsJson.append(item);
    }
    return QJsonObject{{u"workspace"_qs, workspaceName},
                       {u"analysisDate"_qs, isoUtc(analysisDate)},
                       {u"model"_qs, modelJson},
                       {u"imports"_qs, importsJson},
                       {u"rows"_qs, QJsonObject{{u"leads"_qs, qint64(leads)},
                                                {u"events"_qs, qint64(events)},
                                                {u"outcomes"_qs, qint64(outcomes)}}}};
}

} // namespace LeadStage
