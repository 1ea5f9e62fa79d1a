#pragma once

#include "TableRow.h"
#include "import/Sha256.h"

#include <QString>

#include <cstdint>
#include <string>

namespace LeadStage {

// Row count and SHA-256 of a table's rows in primary-key order, serialised so that two
// stores give the same digest exactly when they hold the same values: per field, NULL
// is "N"; an integer "I" in decimal and ";"; a real "R", the shortest text that reads
// back as the same double, and ";"; a text "T", its UTF-8 length, ":" and its bytes;
// each row ends with "\n". NULL and an empty text, 1 and 1.0, differ.
class TableDigest
{
public:
    void add(TableRow row);
    std::int64_t rows() const { return m_rows; }
    // The digest of the rows added so far, in lower-case hex; the digest starts afresh.
    QString finish();

private:
    void flush();

    Sha256 m_hash;
    std::string m_buffer;
    std::int64_t m_rows = 0;
};

} // namespace LeadStage
