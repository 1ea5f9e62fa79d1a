#include "ScoringModel.h"

#include "ModelJson.h"

#include <QCoreApplication>
#include <QFile>

#include <array>

namespace LeadStage {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<QStringView, N> &names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name)
            return Enum(i);
    return std::nullopt;
}

constexpr std::array<QStringView, 3> trackNames = {u"info", u"intent", u"product"};
constexpr std::array<QStringView, 3> payModeNames = {u"each", u"once", u"atCount"};
constexpr std::array<QStringView, 8> fieldOpNames = {u"=",  u"!=", u"in",      u"contains",
                                                     u">=", u"<=", u"between", u"empty"};

} // namespace

QString trackTitle(Track track)
{
    static constexpr const char *titles[] = {QT_TRANSLATE_NOOP("ModelWords", "info"),
                                             QT_TRANSLATE_NOOP("ModelWords", "intent"),
                                             QT_TRANSLATE_NOOP("ModelWords", "product")};
    return QCoreApplication::translate("ModelWords", titles[std::size_t(track)]);
}

QString trackName(Track track)
{
    return trackNames[std::size_t(track)].toString();
}

std::optional<Track> trackFromName(QStringView name)
{
    return fromName<Track>(trackNames, name);
}

QString payModeName(PayMode mode)
{
    return payModeNames[std::size_t(mode)].toString();
}

std::optional<PayMode> payModeFromName(QStringView name)
{
    return fromName<PayMode>(payModeNames, name);
}

QString fieldOpName(FieldOp op)
{
    return fieldOpNames[std::size_t(op)].toString();
}

std::optional<FieldOp> fieldOpFromName(QStringView name)
{
    return fromName<FieldOp>(fieldOpNames, name);
}

NurtureModel NurtureModel::defaults()
{
    NurtureModel model;
    model.tracks = {
        {u"reengage"_qs, u"Re-engagement"_qs, {}, {}, {u"stagnant"_qs}},
        {u"sales"_qs, u"Sales-ready"_qs, {u"MQL"_qs, u"PQL"_qs}, {}, {}},
        {u"intensive"_qs, u"Intensive"_qs, {u"IQL"_qs}, {u"A"_qs, u"B"_qs}, {}},
        {u"light"_qs, u"Light touch"_qs, {u"IQL"_qs}, {u"C"_qs, u"D"_qs}, {}},
    };
    model.steps = {
        {1, u"Problem awareness"_qs},
        {9, u"Solution education"_qs},
        {17, u"Soft conversion"_qs},
        {25, u"Review"_qs},
    };
    return model;
}

Result<ScoringModel> ScoringModel::defaultModel()
{
    QFile file(u":/leadstage/models/DefaultModel.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ScoringError", "the default model is missing from this build"),
                     file.fileName()};
    return ModelJson::read(file.readAll());
}

} // namespace LeadStage
