#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace LeadStage {

// One lead as the scoring engine sees it: the fields conditions may test, its
// unmapped columns (`attrs`, a JSON object text) and the imported sales outcomes.
struct LeadRecord
{
    std::int64_t id = 0;
    std::int64_t createdAt = 0;
    QString industry;
    std::optional<std::int64_t> employees;
    QString country;
    QString jobTitle;
    QString email;
    QString source;
    QString campaign;
    QString company;
    QByteArray attrs;
    std::optional<std::int64_t> sqlAt;
    std::optional<std::int64_t> opportunityAt;
    std::optional<std::int64_t> customerAt;
    bool archived = false;
};

} // namespace LeadStage
