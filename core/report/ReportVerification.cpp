#include "ReportVerification.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace LeadStage {

namespace {

QString keyOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return u"(none)"_qs;
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"(absent)"_qs;
    return keyOf(value);
}

// Rows by their key (the first column); a key seen twice gets its position added.
std::map<QString, QJsonArray> rowsByKey(const QJsonArray &rows)
{
    std::map<QString, QJsonArray> byKey;
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows[i].toArray();
        QString key = keyOf(row.isEmpty() ? QJsonValue() : row[0]);
        if (byKey.count(key))
            key += u" #%1"_qs.arg(i + 1);
        byKey.emplace(key, row);
    }
    return byKey;
}

void compareTable(const QString &name, const QJsonObject &was, const QJsonObject &now, ReportVerification &result)
{
    const QJsonArray wasColumns = was.value(u"columns"_qs).toArray();
    const QJsonArray nowColumns = now.value(u"columns"_qs).toArray();
    auto nowRows = rowsByKey(now.value(u"rows"_qs).toArray());
    for (const auto &[key, wasRow] : rowsByKey(was.value(u"rows"_qs).toArray())) {
        const auto found = nowRows.find(key);
        for (int c = 1; c < wasColumns.size(); ++c) {
            const QString column = wasColumns[c].toString();
            ++result.numbersChecked;
            QJsonValue current = QJsonValue::Undefined;
            if (found != nowRows.end()) {
                for (int n = 0; n < nowColumns.size(); ++n) {
                    if (nowColumns[n].toString() == column)
                        current = found->second[n];
                }
            }
            if (current != wasRow[c])
                result.moved.push_back({name, key, column, wasRow[c], current});
        }
        if (found != nowRows.end())
            nowRows.erase(found);
    }
    for (const auto &[key, nowRow] : nowRows) {
        for (int c = 1; c < nowColumns.size() && c < nowRow.size(); ++c)
            result.moved.push_back({name, key, nowColumns[c].toString(), QJsonValue::Undefined, nowRow[c]});
    }
}

QString importText(const QJsonObject &import)
{
    return u"import %1 (%2, %3, %4 rows, finished %5)"_qs.arg(import.value(u"id"_qs).toInteger())
        .arg(import.value(u"file"_qs).toString(), import.value(u"kind"_qs).toString())
        .arg(import.value(u"rows"_qs).toInteger())
        .arg(import.value(u"finished"_qs).toString());
}

QStringList importChanges(const QJsonArray &was, const QJsonArray &now)
{
    std::map<qint64, QJsonObject> before, after;
    for (const QJsonValue &import : was)
        before.emplace(import[u"id"_qs].toInteger(), import.toObject());
    for (const QJsonValue &import : now)
        after.emplace(import[u"id"_qs].toInteger(), import.toObject());
    QStringList changes;
    for (const auto &[id, import] : after) {
        const auto old = before.find(id);
        if (old == before.end())
            changes << u"%1 is new since the report"_qs.arg(importText(import));
        else if (import.contains(u"undone"_qs) && !old->second.contains(u"undone"_qs))
            changes << u"%1 was undone on %2"_qs.arg(importText(import), import.value(u"undone"_qs).toString());
        else if (import != old->second)
            changes << u"%1 is not the one the report included (%2)"_qs.arg(importText(import),
                                                                            importText(old->second));
    }
    for (const auto &[id, import] : before) {
        if (!after.count(id))
            changes << u"%1 is no longer in the workspace"_qs.arg(importText(import));
    }
    return changes;
}

QString modelText(const QJsonObject &model)
{
    if (model.value(u"builtIn"_qs).toBool())
        return u"%1 (built-in)"_qs.arg(model.value(u"name"_qs).toString());
    return u"%1 v%2 (id %3)"_qs.arg(model.value(u"name"_qs).toString())
        .arg(model.value(u"version"_qs).toInt())
        .arg(model.value(u"id"_qs).toInteger());
}

QStringList changesInBasis(const QJsonObject &was, const QJsonObject &now)
{
    QStringList changes = importChanges(was.value(u"imports"_qs).toArray(), now.value(u"imports"_qs).toArray());
    const QJsonObject wasModel = was.value(u"model"_qs).toObject();
    const QJsonObject nowModel = now.value(u"model"_qs).toObject();
    if (wasModel.value(u"sha256"_qs) != nowModel.value(u"sha256"_qs))
        changes << u"the workspace is now scored with %1; the report was made with %2"_qs.arg(modelText(nowModel),
                                                                                              modelText(wasModel));
    if (was.value(u"analysisDate"_qs) != now.value(u"analysisDate"_qs))
        changes << u"the analysis date is now %1; the report's was %2"_qs.arg(now.value(u"analysisDate"_qs).toString(),
                                                                              was.value(u"analysisDate"_qs).toString());
    const QJsonObject wasRows = was.value(u"rows"_qs).toObject();
    const QJsonObject nowRows = now.value(u"rows"_qs).toObject();
    for (const QString &table : {u"leads"_qs, u"events"_qs, u"outcomes"_qs}) {
        if (wasRows.value(table) != nowRows.value(table))
            changes << u"%1: %2 then, %3 now"_qs.arg(table)
                           .arg(wasRows.value(table).toInteger())
                           .arg(nowRows.value(table).toInteger());
    }
    return changes;
}

} // namespace

ReportVerification ReportVerification::compare(const QJsonObject &reported, const QJsonObject &recomputed,
                                               ReportSeal::State seal)
{
    ReportVerification result;
    result.seal = seal;
    const QJsonObject was = reported.value(u"numbers"_qs).toObject();
    const QJsonObject now = recomputed.value(u"numbers"_qs).toObject();
    for (auto table = was.begin(); table != was.end(); ++table)
        compareTable(table.key(), table.value().toObject(), now.value(table.key()).toObject(), result);
    for (auto table = now.begin(); table != now.end(); ++table) {
        if (!was.contains(table.key()))
            compareTable(table.key(), QJsonObject(), table.value().toObject(), result);
    }
    result.basisChanges =
        changesInBasis(reported.value(u"basis"_qs).toObject(), recomputed.value(u"basis"_qs).toObject());
    return result;
}

QString ReportVerification::text() const
{
    QString out;
    switch (seal) {
    case ReportSeal::State::Intact:
        out += u"The file is as LeadStage wrote it (its seal holds).\n"_qs;
        break;
    case ReportSeal::State::Broken:
        out += u"The file was changed after LeadStage wrote it: its seal does not match its contents, so what it "
               "shows may differ from the numbers below, which come from its manifest.\n"_qs;
        break;
    case ReportSeal::State::Missing:
        out += u"The file carries no seal, so whether it was changed cannot be told.\n"_qs;
        break;
    }
    if (moved.empty()) {
        out += u"All %1 numbers still match the workspace.\n"_qs.arg(numbersChecked);
    } else {
        out += u"%1 of %2 numbers no longer match the workspace:\n"_qs.arg(moved.size()).arg(numbersChecked);
        constexpr std::size_t shownAtMost = 40;
        for (std::size_t i = 0; i < moved.size() && i < shownAtMost; ++i) {
            const MovedNumber &number = moved[i];
            out += u"  %1 / %2 / %3: %4 in the report, %5 now\n"_qs.arg(number.table, number.row, number.column,
                                                                        shown(number.was), shown(number.now));
        }
        if (moved.size() > shownAtMost)
            out += u"  … and %1 more\n"_qs.arg(moved.size() - shownAtMost);
    }
    if (!basisChanges.isEmpty()) {
        out += moved.empty() ? u"The workspace changed since, without moving these numbers:\n"_qs
                             : u"Why: since the report,\n"_qs;
        for (const QString &change : basisChanges)
            out += u"  - "_qs + change + u'\n';
    } else if (!moved.empty()) {
        out += u"Neither the imports nor the model changed since: the report's numbers were not made from this "
               "workspace as it is, or by another version of LeadStage.\n"_qs;
    }
    return out;
}

} // namespace LeadStage
