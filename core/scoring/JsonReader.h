#pragma once

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace LeadStage {

// Reads one JSON object field by field, checking types and naming the JSON path of
// the first problem ("rules[3].points: expected a number"). Readers of nested
// objects share the first error, so a whole document is read without an `if` per
// field; finish() refuses keys nobody asked for.
class JsonReader
{
public:
    JsonReader(QJsonObject object, QString path);

    bool failed() const { return m_error->has_value(); }
    const Error &error() const { return **m_error; }
    void fail(const QString &key, const QString &what);
    QString pathOf(const QString &key) const;

    bool has(const QString &key);
    QString string(const QString &key);
    QString optionalString(const QString &key, const QString &fallback = {});
    // A whole number from `minimum` to `maximum`; `fallback` when absent, else a refusal.
    // Out of range, the refusal names the limit and the number ("must be at most 100000, not 250000").
    int integer(const QString &key, int minimum, int maximum, std::optional<int> fallback = std::nullopt);
    std::optional<int> optionalInteger(const QString &key, int minimum, int maximum);
    bool boolean(const QString &key, bool fallback);
    QJsonValue value(const QString &key); // any type; Undefined when absent
    QStringList stringList(const QString &key);

    // Calls read(element, path) for each element of an array of objects.
    void forEachObject(const QString &key, bool required, const std::function<void(JsonReader &element)> &read);
    // Calls read(reader) for a nested object when it is present.
    bool object(const QString &key, const std::function<void(JsonReader &nested)> &read);

    // Refuses the first unknown key; true when nothing failed.
    bool finish();

private:
    JsonReader(QJsonObject object, QString path, std::shared_ptr<std::optional<Error>> error);
    QJsonValue take(const QString &key);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_known;
    std::shared_ptr<std::optional<Error>> m_error;
};

} // namespace LeadStage
