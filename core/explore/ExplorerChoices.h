#pragma once

#include "common/Result.h"

#include <QStringList>

namespace LeadStage {

class Database;

// The values the lead explorer's filters offer, read from the store.
class ExplorerChoices
{
public:
    // Every source a lead has, sorted, without empty ones.
    static Result<QStringList> sources(Database &database);
    // Every attribute name (an import's extra column) some lead has, sorted.
    static Result<QStringList> attributes(Database &database);
};

} // namespace LeadStage
