#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace LeadStage {

// The editable table from the activity names of source systems ("Webinar Attended",
// "Form fill: Pricing") to LeadStage activity keys. Names compare ignoring case,
// punctuation and spacing; a name equal to a known key or label maps to that key
// without an entry. A name with no mapping is never dropped: the import lists it
// with its count and rejects its rows with the reason.
class ActivityMap
{
public:
    // Known keys and their labels, plus common names from CRM and automation exports.
    static ActivityMap defaults();

    void addKey(const QString &key, const QString &label); // a key the workspace knows
    void set(const QString &sourceName, const QString &key);
    void remove(const QString &sourceName);

    std::optional<QString> keyFor(QStringView sourceName) const;
    const QMap<QString, QString> &entries() const { return m_entries; } // as the user wrote them

    // {"Webinar Attended": "webinar_attended", ...}: the user's entries only.
    QJsonObject toJson() const;
    // Entries from a mapping file on top of these; a key the map does not know is an error.
    Status merge(const QJsonObject &json, const QString &where);

    static QString normalised(QStringView name);
    // The key of an activity type created from a source name (ImportOptions::createActivities):
    // its letters and digits in lower case, words joined by '_' ("Booth Visit!" -> "booth_visit").
    static QString newKeyFor(QStringView sourceName) { return normalised(sourceName).replace(u' ', u'_'); }

private:
    QMap<QString, QString> m_entries;   // source name -> key
    QMap<QString, QString> m_lookup;    // normalised name -> key (entries, keys, labels)
    QMap<QString, QString> m_knownKeys; // key -> label
};

} // namespace LeadStage
