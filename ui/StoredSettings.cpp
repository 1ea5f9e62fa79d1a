#include "StoredSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QThreadPool>

#include <optional>

namespace LeadStage::StoredSettings {

namespace {

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

    QMutex mutex;
    // Written but maybe not yet in the file: a value, or nothing for a removal. The
    // generation tells a write's job whether a newer write of its key followed.
    QHash<QString, std::pair<std::optional<QVariant>, quint64>> pending;
    quint64 generation = 0;
    QThreadPool pool;
};

SettingsWriter &settingsWriter()
{
    static SettingsWriter instance;
    return instance;
}

bool sameAsStored(const QVariant &stored, const QVariant &value)
{
    return stored.isValid()
           && (stored == value
               || (stored.typeId() == QMetaType::QString && value.canConvert<QString>()
                   && stored.toString() == value.toString()));
}

void enqueueWrite(const QString &key, std::optional<QVariant> value)
{
    SettingsWriter &w = settingsWriter();
    quint64 generation;
    {
        QMutexLocker lock(&w.mutex);
        generation = ++w.generation;
        w.pending.insert(key, {value, generation});
    }
    w.pool.start([key, value = std::move(value), generation] {
        {
            QSettings settings;
            if (value)
                settings.setValue(key, *value);
            else
                settings.remove(key);
            settings.sync();
        }
        SettingsWriter &w = settingsWriter();
        QMutexLocker lock(&w.mutex);
        if (const auto it = w.pending.constFind(key); it != w.pending.cend() && it->second == generation)
            w.pending.erase(it);
    });
}

} // namespace

QVariant value(const QString &key, const QVariant &fallback)
{
    SettingsWriter &w = settingsWriter();
    {
        QMutexLocker lock(&w.mutex);
        if (const auto it = w.pending.constFind(key); it != w.pending.cend())
            return it->first ? *it->first : fallback;
    }
    return QSettings().value(key, fallback);
}

void write(const QString &key, const QVariant &newValue)
{
    if (sameAsStored(value(key), newValue))
        return;
    enqueueWrite(key, newValue);
}

void remove(const QString &key)
{
    enqueueWrite(key, std::nullopt);
}

void flush()
{
    settingsWriter().pool.waitForDone();
}

void clearAll()
{
    flush();
    QSettings().clear();
}

} // namespace LeadStage::StoredSettings
