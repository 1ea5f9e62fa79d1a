#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QByteArray>

class QIODevice;
class QString;

namespace LeadStage {

class Database;

// The per-lead table of a scored workspace as CSV, one row per lead_state row in
// lead order: lead_id,stage,engagement,info,intent,product,fit,grade,iql_at,mql_at,
// pql_at,health. lead_id is the CRM id, else the e-mail, else the row id; times are
// ISO 8601 UTC, empty when never reached.
class LeadStateCsv
{
public:
    static QByteArray header();
    // Returns the number of rows written.
    // Text cells go through CsvWriter (quoting, formula escaping); scores stay numbers.
    static Result<std::int64_t> write(Database &database, QIODevice &out, Progress *progress = nullptr);
};

} // namespace LeadStage
