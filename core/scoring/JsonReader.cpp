#include "JsonReader.h"

#include "ModelLimits.h"

#include <QCoreApplication>
#include <cmath>

namespace LeadStage {

JsonReader::JsonReader(QJsonObject object, QString path)
    : JsonReader(std::move(object), std::move(path), std::make_shared<std::optional<Error>>())
{}

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<std::optional<Error>> error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::move(error))
{}

QString JsonReader::pathOf(const QString &key) const
{
    if (key.startsWith(u'['))
        return m_path + key;
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::fail(const QString &key, const QString &what)
{
    if (!failed())
        *m_error = Error{what, key.isEmpty() ? m_path : pathOf(key)};
}

QJsonValue JsonReader::take(const QString &key)
{
    m_known.insert(key);
    return m_object.value(key);
}

bool JsonReader::has(const QString &key)
{
    return !take(key).isUndefined();
}

QJsonValue JsonReader::value(const QString &key)
{
    return take(key);
}

QString JsonReader::string(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        fail(key, QCoreApplication::translate("ModelValidation", "missing (expected a string)"));
    else if (!value.isString())
        fail(key, QCoreApplication::translate("ModelValidation", "expected a string"));
    return value.toString();
}

QString JsonReader::optionalString(const QString &key, const QString &fallback)
{
    return has(key) ? string(key) : fallback;
}

std::optional<int> JsonReader::optionalInteger(const QString &key, int minimum, int maximum)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        fail(key, QCoreApplication::translate("ModelValidation", "expected a number"));
        return minimum;
    }
    const double number = value.toDouble();
    if (number != std::floor(number)) {
        fail(key, QCoreApplication::translate("ModelValidation", "expected a whole number"));
        return minimum;
    }
    if (number < minimum || number > maximum) {
        fail(key, ModelLimits::outOfRange(number, minimum, maximum));
        return minimum;
    }
    return int(number);
}

int JsonReader::integer(const QString &key, int minimum, int maximum, std::optional<int> fallback)
{
    const std::optional<int> number = optionalInteger(key, minimum, maximum);
    if (!number && !fallback)
        fail(key, QCoreApplication::translate("ModelValidation", "missing (expected a number)"));
    return number ? *number : fallback.value_or(minimum);
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        fail(key, QCoreApplication::translate("ModelValidation", "expected true or false"));
    return value.toBool();
}

QStringList JsonReader::stringList(const QString &key)
{
    const QJsonValue value = take(key);
    QStringList list;
    if (value.isUndefined())
        return list;
    if (!value.isArray()) {
        fail(key, QCoreApplication::translate("ModelValidation", "expected an array of strings"));
        return list;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString())
            fail(key + u'[' + QString::number(i) + u']',
                 QCoreApplication::translate("ModelValidation", "expected a string"));
        list.append(array[i].toString());
    }
    return list;
}

void JsonReader::forEachObject(const QString &key, bool required, const std::function<void(JsonReader &element)> &read)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        if (required)
            fail(key, QCoreApplication::translate("ModelValidation", "missing (expected an array)"));
        return;
    }
    if (!value.isArray()) {
        fail(key, QCoreApplication::translate("ModelValidation", "expected an array"));
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
        const QString elementPath = pathOf(key) + u'[' + QString::number(i) + u']';
        if (!array[i].isObject()) {
            *m_error = Error{QCoreApplication::translate("ModelValidation", "expected an object"), elementPath};
            return;
        }
        JsonReader element(array[i].toObject(), elementPath, m_error);
        read(element);
        element.finish();
    }
}

bool JsonReader::object(const QString &key, const std::function<void(JsonReader &nested)> &read)
{
    const QJsonValue value = take(key);
    if (value.isUndefined())
        return false;
    if (!value.isObject()) {
        fail(key, QCoreApplication::translate("ModelValidation", "expected an object"));
        return false;
    }
    JsonReader nested(value.toObject(), pathOf(key), m_error);
    read(nested);
    nested.finish();
    return true;
}

bool JsonReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd() && !failed(); ++it)
        if (!m_known.contains(it.key())) // cut short: a refusal stays one readable line
            fail(it.key().size() > 60 ? it.key().left(60) + u'…' : it.key(),
                 QCoreApplication::translate("ModelValidation", "unknown key"));
    return !failed();
}

} // namespace LeadStage
