#pragma once

#include "LeadColumns.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace LeadStage {

struct ScoringModel;

// What a field rule's field names: a lead field, or a key of the lead's extra columns
// (attrs). `attrs.KEY` always names the extra column, so one whose name is also a lead
// field (an unmapped "campaign" column) can be scored; a bare name means the lead field
// when there is one, else the attrs key.
struct FieldAddress
{
    std::optional<LeadField> field;
    QString attribute; // when not a lead field

    static constexpr QStringView attrsPrefix = u"attrs.";

    static FieldAddress of(QStringView name);
    // The lead cells the model's field and fit rules name: what a load for it must keep.
    static LeadFieldChoice namedBy(const ScoringModel &model);
    // How the rule editor offers an attrs key: bare unless a lead field has its name.
    static QString nameOfAttribute(const QString &key);
    // The lead fields' names as rules write them, in the editor's order.
    static QStringList leadFieldNames();
};

} // namespace LeadStage
