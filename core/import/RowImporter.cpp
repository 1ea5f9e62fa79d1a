#include "RowImporter.h"

#include "EventRowImporter.h"
#include "LeadRowImporter.h"
#include "OutcomeRowImporter.h"

namespace LeadStage {

std::unique_ptr<RowImporter> RowImporter::create(ImportKind kind, ImportContext &context)
{
    switch (kind) {
    case ImportKind::Leads:
        return std::make_unique<LeadRowImporter>(context);
    case ImportKind::Events:
        return std::make_unique<EventRowImporter>(context);
    case ImportKind::Outcomes:
        return std::make_unique<OutcomeRowImporter>(context);
    }
    return nullptr;
}

} // namespace LeadStage
