#pragma once

#include "TextEncoding.h"
#include "common/Error.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace LeadStage {

// The first rows of a CSV file with what was detected about it: what the import
// wizard shows before anything is imported.
struct CsvPreview
{
    struct Row
    {
        int line = 0;
        QStringList fields;
        QString raw;
        std::optional<Error> error; // set when the row would be rejected
    };

    EncodingChoice encoding; // which and why
    char16_t separator = u',';
    QStringList header;
    QList<Row> rows;
    bool complete = false; // the rows are the whole file
};

} // namespace LeadStage
