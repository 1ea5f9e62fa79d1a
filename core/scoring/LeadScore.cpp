#include "LeadScore.h"

#include <QCoreApplication>

#include <array>

namespace LeadStage {

namespace {

constexpr std::array<QStringView, 7> stageNames = {u"Lead", u"IQL",         u"MQL",     u"PQL",
                                                   u"SQL",  u"Opportunity", u"Customer"};
constexpr std::array<QStringView, 4> gradeNames = {u"A", u"B", u"C", u"D"};
constexpr std::array<QStringView, 3> healthNames = {u"active", u"stagnant", u"archived"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<QStringView, N> &names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name)
            return Enum(i);
    return std::nullopt;
}

} // namespace

QString stageTitle(Stage stage)
{
    static constexpr const char *titles[] = {
        QT_TRANSLATE_NOOP("ModelWords", "Lead"),    QT_TRANSLATE_NOOP("ModelWords", "IQL"),
        QT_TRANSLATE_NOOP("ModelWords", "MQL"),     QT_TRANSLATE_NOOP("ModelWords", "PQL"),
        QT_TRANSLATE_NOOP("ModelWords", "SQL"),     QT_TRANSLATE_NOOP("ModelWords", "Opportunity"),
        QT_TRANSLATE_NOOP("ModelWords", "Customer")};
    return QCoreApplication::translate("ModelWords", titles[std::size_t(stage)]);
}

QString healthTitle(Health health)
{
    static constexpr const char *titles[] = {QT_TRANSLATE_NOOP("ModelWords", "active"),
                                             QT_TRANSLATE_NOOP("ModelWords", "stagnant"),
                                             QT_TRANSLATE_NOOP("ModelWords", "archived")};
    return QCoreApplication::translate("ModelWords", titles[std::size_t(health)]);
}

QString stageName(Stage stage)
{
    return stageNames[std::size_t(stage)].toString();
}

QString gradeName(Grade grade)
{
    return gradeNames[std::size_t(grade)].toString();
}

QString healthName(Health health)
{
    return healthNames[std::size_t(health)].toString();
}

std::optional<Stage> stageFromName(QStringView name)
{
    return fromName<Stage>(stageNames, name);
}

std::optional<Grade> gradeFromName(QStringView name)
{
    return fromName<Grade>(gradeNames, name);
}

std::optional<Health> healthFromName(QStringView name)
{
    return fromName<Health>(healthNames, name);
}

} // namespace LeadStage
