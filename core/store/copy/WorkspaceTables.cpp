#include "WorkspaceTables.h"

namespace LeadStage {

QString TableShape::columnList() const
{
    QStringList names;
    for (const Column &column : columns)
        names << column.name;
    return names.join(u", "_qs);
}

namespace WorkspaceTables {

namespace {

// A table written compactly: "name:t" for a column (i integer, r real, t text).
TableShape table(const char16_t *name, std::initializer_list<const char16_t *> columns,
                 std::initializer_list<const char16_t *> key)
{
    TableShape shape{QString::fromUtf16(name), {}, {}};
    for (const char16_t *column : columns) {
        const QString text = QString::fromUtf16(column);
        const QChar type = text.at(text.size() - 1);
        shape.columns.push_back({text.left(text.size() - 2), type == u'i'   ? FieldValue::Kind::Integer
                                                             : type == u'r' ? FieldValue::Kind::Real
                                                                            : FieldValue::Kind::Text});
    }
    for (const char16_t *column : key)
        shape.key << QString::fromUtf16(column);
    return shape;
}

TableShape derivedToo(TableShape shape, std::initializer_list<const char16_t *> columns)
{
    for (const char16_t *column : columns)
        shape.derived << QString::fromUtf16(column);
    return shape;
}

} // namespace

int schemaVersion()
{
    return 16;
}

const std::vector<TableShape> &all()
{
    static const std::vector<TableShape> tables = {
        table(u"imports",
              {u"id:i", u"kind:t", u"file:t", u"file_size:i", u"file_hash:t", u"mapping:t", u"started_at:i",
               u"finished_at:i", u"rows_read:i", u"rows_imported:i", u"rows_rejected:i", u"rows_updated:i",
               u"rows_skipped:i", u"rows_duplicate:i", u"leads_created:i", u"rows_unchanged:i", u"undo_recorded:i",
               u"undone_at:i"},
              {u"id"}),
        table(u"activity_types", {u"id:i", u"key:t", u"label:t", u"track:t", u"category:t", u"import_id:i"}, {u"id"}),
        table(u"import_errors", {u"id:i", u"import_id:i", u"line:i", u"column_no:i", u"reason:t", u"raw:t"}, {u"id"}),
        table(u"leads",
              {u"id:i", u"external_id:t", u"email:t", u"first_name:t", u"last_name:t", u"company:t", u"job_title:t",
               u"industry:t", u"employees:i", u"country:t", u"source:t", u"campaign:t", u"created_at:i", u"attrs:t",
               u"archived_at:i", u"import_id:i"},
              {u"id"}),
        table(u"outcomes",
              {u"lead_id:i", u"sql_at:i", u"opportunity_at:i", u"customer_at:i", u"lost_at:i", u"revenue:r",
               u"sql_undated:i", u"opportunity_undated:i", u"customer_undated:i", u"lost_undated:i"},
              {u"lead_id"}),
        table(u"event_details", {u"id:i", u"text:t"}, {u"id"}),
        table(u"events", {u"id:i", u"lead_id:i", u"occurred_at:i", u"activity_id:i", u"detail_id:i", u"import_id:i"},
              {u"lead_id", u"occurred_at", u"activity_id", u"detail_id"}),
        table(u"event_sequence", {u"id:i", u"next_id:i"}, {u"id"}),
        table(u"models",
              {u"id:i", u"name:t", u"version:i", u"json:t", u"comment:t", u"created_at:i", u"active:i", u"author:t"},
              {u"id"}),
        // Not event_months (version 11): it is derived from the events, and the copy's
        // lead_state rows without it read the events until the next rescore writes it.
        // Nor the tables event_blocks and lead_state_digests (version 12) and lead_blocks
        // (version 13), derived too.
        derivedToo(table(u"lead_state",
                         {u"lead_id:i", u"model_id:i", u"as_of:i", u"info:i", u"intent:i", u"product:i",
                          u"engagement:i", u"fit:i", u"grade:t", u"stage:t", u"iql_at:i", u"mql_at:i", u"pql_at:i",
                          u"last_activity_at:i", u"nurture_track:t", u"nurture_step:t", u"health:t"},
                         {u"lead_id"}),
                   {u"event_months"}),
        table(u"workspace_settings", {u"key:t", u"value:t"}, {u"key"}),
        table(u"score_status", {u"id:i", u"stale_since:i", u"reason:t"}, {u"id"}),
        table(u"recorded_stages", {u"lead_id:i", u"stage:t", u"at:i", u"import_id:i"}, {u"lead_id", u"stage"}),
        table(u"import_lead_changes",
              {u"import_id:i", u"lead_id:i", u"external_id:t", u"email:t", u"first_name:t", u"last_name:t",
               u"company:t", u"job_title:t", u"industry:t", u"employees:i", u"country:t", u"source:t", u"campaign:t",
               u"created_at:i", u"attrs:t"},
              {u"import_id", u"lead_id"}),
        table(u"import_outcome_changes",
              {u"import_id:i", u"lead_id:i", u"existed:i", u"sql_at:i", u"opportunity_at:i", u"customer_at:i",
               u"lost_at:i", u"revenue:r", u"sql_undated:i", u"opportunity_undated:i", u"customer_undated:i",
               u"lost_undated:i"},
              {u"import_id", u"lead_id"}),
        table(u"import_recorded_stage_changes",
              {u"import_id:i", u"lead_id:i", u"stage:t", u"existed:i", u"at:i", u"previous_import_id:i"},
              {u"import_id", u"lead_id", u"stage"}),
    };
    return tables;
}

} // namespace WorkspaceTables
} // namespace LeadStage
