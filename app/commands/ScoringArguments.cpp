#include "ScoringArguments.h"

#include "WorkspaceNotes.h"

#include "common/TimeFormat.h"
#include "scoring/Moments.h"

namespace LeadStage::Commands {

QCommandLineOption asOfOption()
{
    return {u"as-of"_qs,
            u"Analysis date: events after it are ignored. YYYY-MM-DD means the end of that day "
            "(23:59:59 UTC); an exact time may be given as 2025-03-14T09:30:00Z. "
            "Default: the workspace's analysis date (set by `leadstage score --as-of`), else the "
            "latest event, lead creation or outcome in it."_qs,
            u"DATE"_qs};
}

Result<std::optional<std::int64_t>> readAsOf(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"as-of"_qs))
        return std::optional<std::int64_t>();
    const QString text = parser.value(u"as-of"_qs);
    if (const auto day = parseIsoDate(text))
        return std::optional<std::int64_t>(*day + secondsPerDay - 1);
    if (const auto time = parseIsoUtc(text))
        return std::optional<std::int64_t>(*time);
    return Error{u"--as-of expects a date as YYYY-MM-DD (or 2025-03-14T09:30:00Z), not '%1'"_qs.arg(text), QString()};
}

Result<std::unique_ptr<Workspace>> openWorkspace(const QString &command, const QString &path, Workspace::Access access)
{
    const Workspace::Options options{access, Workspace::Missing::Fail};
    auto workspace = Workspace::open(path, options);
    if (workspace)
        tellRecovery(command, **workspace);
    return workspace;
}

std::optional<std::int64_t> toModelId(const QString &text)
{
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

} // namespace LeadStage::Commands
