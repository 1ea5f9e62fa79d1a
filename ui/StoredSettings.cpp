#include "StoredSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

#include <optional>

namespace LeadStage::StoredSettings {

namespace {

// What QSettings' file depends on, read without making a QSettings (and compared on every
// read: the names are shared strings, nothing is built).
struct SettingsFile
{
    QString organization, application;
    bool testMode = false;

    static SettingsFile current()
    {
        return {QCoreApplication::organizationName(), QCoreApplication::applicationName(),
                QStandardPaths::isTestModeEnabled()};
    }
    bool operator==(const SettingsFile &) const = default;
};

// One thread, so writes reach the file in the order they were made.
struct SettingsWriter
{
    SettingsWriter()
    {
        pool.setObjectName(u"SettingsWriter"_qs);
        pool.setMaxThreadCount(1);
        // Before QCoreApplication's own data goes: QSettings needs the application's name.
        qAddPostRoutine([] { StoredSettings::flush(); });
    }

    // Every setting, read from the file once and kept as written since: the GUI thread
    // never makes a QSettings, whose constructor waits on Qt's global settings lock while
    // the writer below holds it through a sync (3-40 ms of disk, issue 20's stall probe).
    QMutex mutex;
    std::optional<QHash<QString, QVariant>> known;
    SettingsFile knownFile; // whose settings `known` holds: they follow the application's names
    QThreadPool pool;
};

SettingsWriter &settingsWriter()
{
    static SettingsWriter instance;
    return instance;
}

// With `w.mutex` held.
QHash<QString, QVariant> &knownSettings(SettingsWriter &w)
{
    if (SettingsFile file = SettingsFile::current(); !w.known || file != w.knownFile) {
        w.knownFile = std::move(file);
        w.pool.waitForDone(); // a clearAll() may have written meanwhile
        QSettings settings;
        QHash<QString, QVariant> read;
        const QStringList keys = settings.allKeys();
        for (const QString &key : keys)
            read.insert(key, settings.value(key));
        w.known = std::move(read);
    }
    return *w.known;
}

bool sameAsStored(const QVariant &stored, const QVariant &value)
{
    return stored.isValid()
           && (stored == value
               || (stored.typeId() == QMetaType::QString && value.canConvert<QString>()
                   && stored.toString() == value.toString()));
}

// The key itself and, as QSettings::remove does, every key of the group it names.
void forgetKeyAndGroup(QHash<QString, QVariant> &known, const QString &key)
{
    const QString group = key + u'/';
    known.removeIf([&](const auto &entry) { return entry.key() == key || entry.key().startsWith(group); });
}

void enqueueWrite(const QString &key, std::optional<QVariant> value)
{
    // The file of the names at the time of the write, whenever the job runs.
    settingsWriter().pool.start([key, value = std::move(value), organization = QCoreApplication::organizationName(),
                                 application = QCoreApplication::applicationName()] {
        QSettings settings(organization, application);
        if (value)
            settings.setValue(key, *value);
        else
            settings.remove(key);
        settings.sync();
    });
}

} // namespace

QVariant value(const QString &key, const QVariant &fallback)
{
    SettingsWriter &w = settingsWriter();
    QMutexLocker lock(&w.mutex);
    const QHash<QString, QVariant> &known = knownSettings(w);
    const auto it = known.constFind(key);
    return it != known.cend() ? *it : fallback;
}

void write(const QString &key, const QVariant &newValue)
{
    SettingsWriter &w = settingsWriter();
    QMutexLocker lock(&w.mutex);
    QHash<QString, QVariant> &known = knownSettings(w);
    if (sameAsStored(known.value(key), newValue))
        return;
    known.insert(key, newValue);
    enqueueWrite(key, newValue); // under the lock: in the order of the copy's changes
}

void remove(const QString &key)
{
    SettingsWriter &w = settingsWriter();
    QMutexLocker lock(&w.mutex);
    forgetKeyAndGroup(knownSettings(w), key);
    enqueueWrite(key, std::nullopt);
}

void flush()
{
    settingsWriter().pool.waitForDone();
}

void clearAll()
{
    SettingsWriter &w = settingsWriter();
    QMutexLocker lock(&w.mutex);
    w.pool.waitForDone();
    QSettings().clear();
    w.known = QHash<QString, QVariant>();
    w.knownFile = SettingsFile::current();
}

} // namespace LeadStage::StoredSettings
