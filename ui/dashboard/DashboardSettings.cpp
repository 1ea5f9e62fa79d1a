#include "DashboardSettings.h"

#include "common/WorkspaceLabel.h"
#include "metrics/DashboardTime.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace LeadStage {

namespace {

constexpr std::array<const char *, dimensionCount> dimensionKeys = {"sources", "campaigns", "industries", "countries"};

QString bucketName(Bucket bucket)
{
    return bucket == Bucket::Quarter ? u"quarter"_qs : u"month"_qs;
}

Bucket bucketOf(const QString &name)
{
    return name == u"quarter" ? Bucket::Quarter : Bucket::Month;
}

// Days as ISO text, whatever the window shows: the settings outlive a change of language.
QJsonObject toJson(const MetricsFilter &filter)
{
    QJsonObject json;
    if (filter.from)
        json[u"from"_qs] = DashboardTime::dateOfStart(filter.from).toString(Qt::ISODate);
    if (filter.to)
        json[u"to"_qs] = DashboardTime::dateOfEnd(filter.to).toString(Qt::ISODate);
    for (int d = 0; d < dimensionCount; ++d)
        if (!filter.values(Dimension(d)).isEmpty())
            json[QLatin1String(dimensionKeys[std::size_t(d)])] =
                QJsonArray::fromStringList(filter.values(Dimension(d)));
    QJsonArray grades;
    for (const Grade grade : filter.grades)
        grades.append(gradeName(grade));
    if (!grades.isEmpty())
        json[u"grades"_qs] = grades;
    return json;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        if (item.isString())
            list << item.toString();
    return list;
}

MetricsFilter filterOf(const QJsonObject &json)
{
    MetricsFilter filter;
    filter.from = DashboardTime::startOf(QDate::fromString(json[u"from"_qs].toString(), Qt::ISODate));
    filter.to = DashboardTime::endOf(QDate::fromString(json[u"to"_qs].toString(), Qt::ISODate));
    for (int d = 0; d < dimensionCount; ++d)
        filter.values(Dimension(d)) = strings(json[QLatin1String(dimensionKeys[std::size_t(d)])]);
    for (const QString &name : strings(json[u"grades"_qs]))
        if (const auto grade = gradeFromName(name))
            filter.grades.push_back(*grade);
    return filter;
}

QJsonObject readObject(const QString &key)
{
    return QJsonDocument::fromJson(StoredSettings::value(key).toByteArray()).object();
}

void write(const QString &workspacePath, const QString &name, const QJsonDocument &json)
{
    const QString group = DashboardSettings::groupOf(workspacePath);
    // The path beside its hash, so a person reading the settings knows whose they are.
    StoredSettings::write(group + u"/workspace"_qs, WorkspaceLabel::location(workspacePath));
    StoredSettings::write(group + u'/' + name, json.toJson(QJsonDocument::Compact));
}

} // namespace

QString DashboardSettings::groupOf(const QString &workspacePath)
{
    // A hash: a path's slashes and colons would make groups of their own.
    const QString path = WorkspaceLabel::settingsKey(workspacePath);
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return u"dashboard/workspace-"_qs + QString::fromLatin1(hash);
}

const SettingValue<int> &DashboardSettings::qualityDimension()
{
    static const SettingValue<int> value(u"dashboard/qualityDimension"_qs, 0);
    return value;
}

MetricsFilter DashboardSettings::loadFilter(const QString &workspacePath)
{
    return filterOf(readObject(groupOf(workspacePath) + u"/filter"_qs));
}

void DashboardSettings::saveFilter(const QString &workspacePath, const MetricsFilter &filter)
{
    write(workspacePath, u"filter"_qs, QJsonDocument(toJson(filter)));
}

Bucket DashboardSettings::loadBucket(const QString &workspacePath)
{
    return bucketOf(StoredSettings::value(groupOf(workspacePath) + u"/bucket"_qs).toString());
}

void DashboardSettings::saveBucket(const QString &workspacePath, Bucket bucket)
{
    StoredSettings::write(groupOf(workspacePath) + u"/bucket"_qs, bucketName(bucket));
}

std::vector<SavedView> DashboardSettings::loadViews(const QString &workspacePath)
{
    std::vector<SavedView> views;
    const QJsonArray array =
        QJsonDocument::fromJson(StoredSettings::value(groupOf(workspacePath) + u"/views"_qs).toByteArray()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        const QString name = json[u"name"_qs].toString().trimmed();
        if (!name.isEmpty())
            views.push_back({name, filterOf(json[u"filter"_qs].toObject()), bucketOf(json[u"bucket"_qs].toString())});
    }
    return views;
}

void DashboardSettings::saveViews(const QString &workspacePath, const std::vector<SavedView> &views)
{
    QJsonArray array;
    for (const SavedView &view : views)
        array.append(QJsonObject{
            {u"name"_qs, view.name}, {u"filter"_qs, toJson(view.filter)}, {u"bucket"_qs, bucketName(view.bucket)}});
    write(workspacePath, u"views"_qs, QJsonDocument(array));
}

} // namespace LeadStage
