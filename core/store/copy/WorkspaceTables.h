#pragma once

#include "TableRow.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace LeadStage {

// A table of the workspace schema as a copy sees it: its columns in order, with the
// type each holds, and its primary key (the order rows are read and hashed in).
struct TableShape
{
    struct Column
    {
        QString name;
        FieldValue::Kind type;
    };

    QString name;
    std::vector<Column> columns;
    QStringList key;
    // Columns of the file that a copy leaves out: derived from other tables and written
    // again by the next rescore (lead_state.event_months).
    QStringList derived;

    QString columnList() const; // "id, key, label"
};

// Every table of the workspace schema (version 16, Schema.cpp), parents before the
// tables that refer to them: the order a copy writes them in. The same names and
// columns on both stores; tst_workspacetables checks this list against both schemas.
namespace WorkspaceTables {

int schemaVersion(); // the Schema version these shapes describe
const std::vector<TableShape> &all();

} // namespace WorkspaceTables
} // namespace LeadStage
