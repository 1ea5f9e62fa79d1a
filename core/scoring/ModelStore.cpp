#include "ModelStore.h"

#include "ModelJson.h"
#include "ModelLimits.h"
#include "common/AccountName.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "store/postgres/ServerChanges.h"
#include "store/postgres/TeamRoles.h"

#include <QCoreApplication>
#include <QDateTime>

namespace LeadStage {

namespace {

// A workspace older than Schema::modelAuthorsVersion (read without upgrading) has no
// author column: its versions read with none.
std::string selectVersion(bool authors)
{
    return authors ? "SELECT id, name, version, comment, created_at, active, author FROM models "
                   : "SELECT id, name, version, comment, created_at, active, NULL FROM models ";
}

ModelVersion versionFrom(const Statement &row)
{
    // Workspaces made before 2026-12 stored the default model with a comment naming a
    // design document nobody who uses LeadStage sees; it reads as today's comment.
    QString comment = row.text(3);
    if (comment == u"Default model (DESIGN §3)")
        comment = u"The built-in default model"_qs;
    return ModelVersion{row.int64(0), row.text(1),       int(row.int64(2)), comment,
                        row.int64(4), row.int64(5) != 0, row.text(6)};
}

} // namespace

ModelStore::ModelStore(Database &database)
    : m_database(database)
{}

Result<Statement> ModelStore::prepareSelect(std::string_view where)
{
    auto authors = Schema::recordsModelAuthors(m_database);
    if (!authors)
        return authors.error();
    return m_database.prepare(selectVersion(*authors) + std::string(where));
}

Result<ModelVersion> ModelStore::insert(const ScoringModel &model, const QString &comment)
{
    // Every stored version must read back: the reader refuses a model past the limits.
    if (const std::vector<Error> beyond = ModelLimits::check(model); !beyond.empty()) {
        Error error = beyond.front();
        error.where = u"model: "_qs + error.where;
        return error;
    }
    auto next = m_database.prepare("SELECT COALESCE(MAX(version), 0) + 1 FROM models WHERE name = ?1");
    if (!next)
        return next.error();
    next->bind(1, model.name);
    if (auto row = next->step(); !row)
        return row.error();
    // A null QString would bind NULL; the column wants text, empty when there is no comment.
    const QString text = comment.isNull() ? u""_qs : comment;
    auto authors = Schema::recordsModelAuthors(m_database);
    if (!authors)
        return authors.error();
    ModelVersion saved{0, model.name, int(next->int64(0)), text, QDateTime::currentSecsSinceEpoch(), false};
    // The next id written out (a server makes none by itself; a file's rowid would be the
    // same): one writer at a time holds the workspace, so no other can take it meanwhile.
    // The author: a file's is this session's account; a server fills in its role itself.
    const bool fileAuthor = *authors && !m_database.isServer();
    auto insert =
        m_database.prepare(std::string("INSERT INTO models (id, name, version, json, comment, created_at, "
                                       "active")
                           + (fileAuthor ? ", author" : "")
                           + ") VALUES ((SELECT COALESCE(max(id), 0) + 1 FROM models), ?1, ?2, ?3, ?4, ?5, 0"
                           + (fileAuthor ? ", ?6" : "") + ") RETURNING id, " + (*authors ? "author" : "NULL"));
    if (!insert)
        return insert.error();
    insert->bind(1, saved.name).bind(2, saved.version).bind(4, saved.comment).bind(5, saved.createdAt);
    if (fileAuthor)
        insert->bind(6, AccountName::ofThisSession());
    const QByteArray json = ModelJson::write(model);
    insert->bindUtf8(3, std::string_view(json.constData(), std::size_t(json.size())));
    auto row = insert->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{QCoreApplication::translate("ScoringError", "saving the model gave it no id"), m_database.path()};
    saved.id = insert->int64(0);
    saved.author = insert->text(1);
    insert->reset(); // the insert is done with its first step; the statement lets go here
    return saved;
}

Result<ModelVersion> ModelStore::save(const ScoringModel &model, const QString &comment)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto saved = insert(model, comment);
    if (!saved)
        return saved.error();
    if (Status told = ServerChanges::announce(m_database, ServerChanges::modelSaved); !told)
        return told.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return saved;
}

Result<std::vector<ModelVersion>> ModelStore::select(std::string_view where, const QString &name,
                                                     std::optional<int> number)
{
    auto query = prepareSelect(where);
    if (!query)
        return query.error();
    if (!name.isNull())
        query->bind(1, name);
    if (number)
        query->bind(2, *number);
    std::vector<ModelVersion> versions;
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return versions;
        versions.push_back(versionFrom(*query));
    }
}

Result<std::vector<ModelVersion>> ModelStore::list()
{
    return select("ORDER BY name, version", QString(), std::nullopt);
}

Result<std::vector<ModelVersion>> ModelStore::history(const QString &name)
{
    return select("WHERE name = ?1 ORDER BY version DESC", name, std::nullopt);
}

Result<std::optional<ModelVersion>> ModelStore::find(const QString &name, std::optional<int> number)
{
    auto found = number ? select("WHERE name = ?1 AND version = ?2", name, number)
                        : select("WHERE name = ?1 ORDER BY version DESC LIMIT 1", name, std::nullopt);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<ModelVersion>();
    return std::optional<ModelVersion>(found->front());
}

Result<ModelVersion> ModelStore::version(std::int64_t id)
{
    auto query = prepareSelect("WHERE id = ?1");
    if (!query)
        return query.error();
    query->bind(1, id);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{QCoreApplication::translate("ScoringError", "no model with id %1").arg(id), m_database.path()};
    return versionFrom(*query);
}

Result<ScoringModel> ModelStore::load(std::int64_t id)
{
    auto query = m_database.prepare("SELECT json FROM models WHERE id = ?1");
    if (!query)
        return query.error();
    query->bind(1, id);
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{QCoreApplication::translate("ScoringError", "no model with id %1").arg(id), m_database.path()};
    auto model = ModelJson::read(query->text(0).toUtf8(), ModelJson::Origin::StoredVersion);
    if (!model) {
        Error error = model.error();
        error.where = u"model %1: %2"_qs.arg(id).arg(error.where);
        return error;
    }
    return model;
}

Status ModelStore::makeActive(std::int64_t id)
{
    // In a team workspace an owner's to do (the server would refuse the UPDATE anyway).
    if (Status may = TeamRoles::checkMayActivate(m_database); !may)
        return may;
    // Clear first: the partial unique index allows only one row with active = 1.
    if (Status status = m_database.exec("UPDATE models SET active = 0 WHERE active = 1"); !status)
        return status;
    auto set = m_database.prepare("UPDATE models SET active = 1 WHERE id = ?1");
    if (!set)
        return set.error();
    set->bind(1, id);
    if (Status status = set->run(); !status)
        return status;
    if (m_database.changes() != 1)
        return Error{QCoreApplication::translate("ScoringError", "no model with id %1").arg(id), m_database.path()};
    return ServerChanges::announce(m_database, ServerChanges::modelActivated);
}

Status ModelStore::activate(std::int64_t id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    if (Status status = makeActive(id); !status)
        return status;
    return transaction.commit();
}

Result<ModelVersion> ModelStore::duplicate(std::int64_t id, const QString &name, const QString &comment)
{
    if (name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ScoringError", "a duplicate needs a name"), m_database.path(), 0, 0,
                     QCoreApplication::translate("ScoringError",
                                                 "Give the copy a name, e.g. the original's with \"copy\" added.")};
    auto model = load(id);
    if (!model)
        return model.error();
    model->name = name;
    return save(*model, comment);
}

Result<ModelVersion> ModelStore::revertTo(std::int64_t id, const QString &comment)
{
    auto model = load(id);
    if (!model)
        return model.error();
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto saved = insert(*model, comment);
    if (!saved)
        return saved.error();
    if (Status status = makeActive(saved->id); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    saved->active = true;
    return saved;
}

Result<std::optional<ModelVersion>> ModelStore::active()
{
    auto query = prepareSelect("WHERE active = 1");
    if (!query)
        return query.error();
    auto row = query->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ModelVersion>();
    return std::optional<ModelVersion>(versionFrom(*query));
}

Result<ModelVersion> ModelStore::activeOrInsertDefault()
{
    auto current = active();
    if (!current)
        return current.error();
    if (current->has_value())
        return **current;
    // Making the default active is an owner's to do in a team workspace.
    if (Status may = TeamRoles::checkMayActivate(m_database); !may)
        return may.error();
    auto model = ScoringModel::defaultModel();
    if (!model)
        return model.error();
    auto saved = insert(*model, u"The built-in default model"_qs);
    if (!saved)
        return saved.error();
    if (Status status = makeActive(saved->id); !status)
        return status.error();
    saved->active = true;
    return saved;
}

Result<ModelVersion> ModelStore::ensureActive()
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto version = activeOrInsertDefault();
    if (!version)
        return version.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return version;
}

Result<std::optional<ModelVersion>> ModelStore::findIdentical(const ScoringModel &model)
{
    auto query = m_database.prepare("SELECT id, json FROM models WHERE name = ?1 ORDER BY version DESC");
    if (!query)
        return query.error();
    query->bind(1, model.name);
    for (;;) {
        auto row = query->step();
        if (!row)
            return row.error();
        if (!*row)
            return std::optional<ModelVersion>();
        // A version that cannot be read is not the same model.
        const auto saved = ModelJson::read(query->text(1).toUtf8(), ModelJson::Origin::StoredVersion);
        if (saved && *saved == model) {
            auto found = version(query->int64(0));
            if (!found)
                return found.error();
            return std::optional<ModelVersion>(*found);
        }
    }
}

} // namespace LeadStage
