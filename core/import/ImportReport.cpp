#include "ImportReport.h"

#include "common/TimeFormat.h"

#include <QJsonArray>

namespace LeadStage {

QJsonObject encodingJson(const EncodingChoice &encoding)
{
    QJsonObject json{{u"name"_qs, encodingName(encoding.encoding)},
                     {u"byteOrderMark"_qs, encoding.byteOrderMark},
                     {u"reason"_qs, encodingReasonKey(encoding.reason)},
                     {u"bytesChecked"_qs, qint64(encoding.bytesSeen)},
                     {u"wholeFileChecked"_qs, encoding.wholeFile}};
    if (!encoding.badBytes.isEmpty())
        json.insert(u"firstBadByte"_qs, QJsonObject{{u"bytes"_qs, hexBytes(encoding.badBytes)},
                                                    {u"line"_qs, encoding.badLine},
                                                    {u"column"_qs, encoding.badColumn}});
    return json;
}

QJsonObject CreatedDates::toJson() const
{
    return QJsonObject{{u"column"_qs, column.isEmpty() ? QJsonValue() : QJsonValue(column)},
                       {u"missing"_qs, firstEventAsked ? u"first-event"_qs : u"import"_qs},
                       {u"importTime"_qs, isoUtc(importTime)},
                       {u"fromColumn"_qs, qint64(fromColumn)},
                       {u"fromFirstEvent"_qs, qint64(fromFirstEvent)},
                       {u"fromImport"_qs, qint64(fromImport)}};
}

QJsonObject FileReport::toJson() const
{
    QJsonObject unmapped;
    for (auto it = unmappedActivities.cbegin(); it != unmappedActivities.cend(); ++it)
        unmapped.insert(it.key(), qint64(it.value()));
    QJsonObject placeholders;
    for (auto it = missingPlaceholders.cbegin(); it != missingPlaceholders.cend(); ++it)
        placeholders.insert(it.key(), qint64(it.value()));
    QJsonArray rejectedRows;
    for (const RejectedRow &row : firstRejected)
        rejectedRows.append(QJsonObject{
            {u"line"_qs, row.line}, {u"column"_qs, row.column}, {u"reason"_qs, row.reason}, {u"raw"_qs, row.raw}});
    QJsonObject json{
        {u"kind"_qs, importKindName(kind)},
        {u"file"_qs, path},
        {u"importId"_qs, qint64(importId)},
        {u"noRows"_qs, noRows},
        {u"encoding"_qs, encodingJson(encoding)},
        {u"size"_qs, qint64(size)},
        {u"sha256"_qs, sha256},
        {u"preset"_qs, preset},
        {u"rowsRead"_qs, qint64(rowsRead)},
        {u"inserted"_qs, qint64(inserted)},
        {u"updated"_qs, qint64(updated)},
        {u"unchanged"_qs, qint64(unchanged)},
        {u"sameFileAs"_qs, sameFileAs ? QJsonValue(QJsonObject{{u"importId"_qs, qint64(sameFileAs->importId)},
                                                               {u"finishedAt"_qs, isoUtc(sameFileAs->finishedAt)}})
                                      : QJsonValue()},
        {u"skipped"_qs, qint64(skipped)},
        {u"duplicates"_qs, qint64(duplicates)},
        {u"rejected"_qs, qint64(rejected)},
        {u"leadsCreated"_qs, qint64(leadsCreated)},
        {u"unmappedActivities"_qs, unmapped},
        {u"missingPlaceholders"_qs, placeholders},
        {u"firstRejected"_qs, rejectedRows}};
    if (kind == ImportKind::Events) {
        QJsonObject created;
        for (auto it = createdActivities.cbegin(); it != createdActivities.cend(); ++it)
            created.insert(it.key(), QJsonObject{{u"key"_qs, it->key},
                                                 {u"track"_qs, createdActivityTrack},
                                                 {u"category"_qs, createdActivityCategory},
                                                 {u"rows"_qs, qint64(it->rows)}});
        json.insert(u"createdActivities"_qs, created);
    }
    if (kind == ImportKind::Leads) {
        json.insert(u"createdDates"_qs, createdDates.toJson());
        QJsonArray repeated;
        for (const RepeatedKey &key : topRepeatedKeys)
            repeated.append(
                QJsonObject{{u"field"_qs, key.field}, {u"value"_qs, key.value}, {u"rows"_qs, qint64(key.rows)}});
        json.insert(u"repeatedKeyRows"_qs, qint64(repeatedKeyRows));
        json.insert(u"idsFromLines"_qs, idsFromLines);
        QJsonArray counted;
        for (const CountedEvents &column : countedEvents)
            counted.append(QJsonObject{{u"column"_qs, column.column},
                                       {u"activity"_qs, column.activity},
                                       {u"events"_qs, qint64(column.events)},
                                       {u"duplicates"_qs, qint64(column.duplicates)}});
        json.insert(u"countedEvents"_qs, counted);
        json.insert(u"topRepeatedKeys"_qs, repeated);
    }
    return json;
}

std::int64_t ImportReport::imported() const
{
    std::int64_t total = 0;
    for (const FileReport &file : files)
        total += file.imported();
    return total;
}

std::int64_t ImportReport::rejected() const
{
    std::int64_t total = 0;
    for (const FileReport &file : files)
        total += file.rejected;
    return total;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const FileReport &file : files)
        list.append(file.toJson());
    return QJsonObject{{u"files"_qs, list},
                       {u"imported"_qs, qint64(imported())},
                       {u"rejected"_qs, qint64(rejected())},
                       {u"touchedLeads"_qs, qint64(touchedLeads)},
                       {u"committed"_qs, committed},
                       {u"refused"_qs, refused},
                       {u"refusedRepeatedKeys"_qs, refusedRepeatedKeys},
                       {u"rescored"_qs, rescored},
                       {u"rescoreError"_qs, rescoreError},
                       {u"elapsedMs"_qs, elapsedMs},
                       {u"rescoreMs"_qs, rescoreMs}};
}

} // namespace LeadStage
