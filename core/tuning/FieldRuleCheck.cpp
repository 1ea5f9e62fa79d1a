#include "FieldRuleCheck.h"

#include <QCoreApplication>

#include "LeadFieldPresence.h"

namespace LeadStage {

Error FieldRuleCheck::warning(const FieldCondition &condition, const LeadFieldPresence &presence, const QString &rule,
                              const QString &where)
{
    const FieldAddress address = FieldAddress::of(condition.field);
    if (!presence.hasLeads() || presence.has(address))
        return {};
    const QString effect = condition.op == FieldOp::Empty
                               ? QCoreApplication::translate("TuningError", "it matches every lead")
                               : QCoreApplication::translate("TuningError", "it scores 0 for every lead");
    QString hint;
    if (address.field) {
        const QString extra = FieldAddress::attrsPrefix.toString() + condition.field;
        hint =
            presence.has(FieldAddress::of(extra))
                ? QCoreApplication::translate("TuningError",
                                              "Leads have an extra column \"%1\": write \"%2\" to score it.")
                      .arg(condition.field, extra)
                : QCoreApplication::translate("TuningError", "Import the leads' %1, or choose a field the leads have.")
                      .arg(condition.field);
    } else {
        hint = QCoreApplication::translate(
            "TuningError", "Check the spelling against the lead fields and the extra columns the import kept, "
                           "or import a file with that column.");
    }
    return Error{
        QCoreApplication::translate("TuningError", "rule %1: no lead in this workspace has a value in \"%2\", so %3")
            .arg(rule, condition.field, effect),
        where, 0, 0, hint};
}

std::vector<Error> FieldRuleCheck::warnings(const ScoringModel &model, const LeadFieldPresence &presence)
{
    std::vector<Error> found;
    const auto add = [&](Error warning) {
        if (!warning.what.isEmpty())
            found.push_back(std::move(warning));
    };
    for (std::size_t i = 0; i < model.rules.size(); ++i) {
        const ScoringRule &rule = model.rules[i];
        if (rule.condition)
            add(warning(*rule.condition, presence, u"\"%1\""_qs.arg(rule.label.isEmpty() ? rule.id : rule.label),
                        u"rules[%1].condition.field"_qs.arg(i)));
    }
    for (std::size_t i = 0; i < model.fit.rules.size(); ++i) {
        const FitRule &rule = model.fit.rules[i];
        add(warning(rule.condition, presence,
                    QCoreApplication::translate("TuningError", "fit \"%1\"")
                        .arg(rule.label.isEmpty() ? rule.condition.field : rule.label),
                    u"fit.rules[%1].condition.field"_qs.arg(i)));
    }
    return found;
}

} // namespace LeadStage
