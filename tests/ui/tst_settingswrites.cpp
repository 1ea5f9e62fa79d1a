// Remembering a choice that is stored already writes nothing, and what is written reaches
// the file in the background (each write syncs the file to disk: issue 20's stalls),
// readable at once and in the order written.
#include "AppSettings.h"
#include "StoredSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace LeadStage;

namespace {

// The settings file is replaced whole on each write (QSaveFile): a new inode.
ino_t settingsFileId()
{
    struct stat status
    {
    };
    if (::stat(QSettings().fileName().toLocal8Bit().constData(), &status) != 0)
        return 0;
    return status.st_ino;
}

} // namespace

class TestSettingsWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"LeadStageTests"_qs);
        QCoreApplication::setApplicationName(u"tst_settingswrites"_qs);
        StoredSettings::clearAll();
    }

    void sameValueIsNotWrittenAgain_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("other");
        QTest::newRow("bool") << QVariant(true) << QVariant(false);
        QTest::newRow("int") << QVariant(42) << QVariant(43);
        QTest::newRow("zero") << QVariant(0) << QVariant(1);
        QTest::newRow("text") << QVariant(u"SQL"_qs) << QVariant(u"Customer"_qs);
        QTest::newRow("list") << QVariant(QStringList{u"draft"_qs, u"active"_qs})
                              << QVariant(QStringList{u"active"_qs, u"draft"_qs});
        QTest::newRow("bytes") << QVariant(QByteArray("\x01\x02geometry", 10)) << QVariant(QByteArray("other"));
    }

    void sameValueIsNotWrittenAgain()
    {
        QFETCH(QVariant, value);
        QFETCH(QVariant, other);
        const QString key = u"remembered/"_qs + QString::fromLatin1(QTest::currentDataTag());
        StoredSettings::write(key, value);
        StoredSettings::flush();
        const ino_t written = settingsFileId();
        QVERIFY(written != 0);
        // Read back from the file (as text) and found equal: nothing written.
        StoredSettings::write(key, value);
        StoredSettings::flush();
        QCOMPARE(settingsFileId(), written);
        StoredSettings::write(key, other);
        StoredSettings::flush();
        QVERIFY(settingsFileId() != written);
        QCOMPARE(QSettings().value(key), other);
    }

    // What is written is read back at once, before the file has it; removals too.
    void writtenIsReadAtOnce()
    {
        const QString key = u"remembered/atOnce"_qs;
        for (int value = 1; value <= 50; ++value)
            StoredSettings::write(key, value);
        QCOMPARE(StoredSettings::value(key).toInt(), 50);
        StoredSettings::remove(key);
        QCOMPARE(StoredSettings::value(key, u"gone"_qs).toString(), u"gone"_qs);
        StoredSettings::write(key, 7);
        QCOMPARE(StoredSettings::value(key).toInt(), 7);
        // In the file in the order written: the last write wins there too.
        StoredSettings::flush();
        QCOMPARE(QSettings().value(key).toInt(), 7);
        StoredSettings::remove(key);
        StoredSettings::flush();
        QVERIFY(!QSettings().contains(key));
        QCOMPARE(StoredSettings::value(key, 3).toInt(), 3);
    }

    void settingValueGoesThroughTheSameCheck()
    {
        const SettingValue<int> horizon(u"remembered/horizon"_qs, 90);
        horizon.set(120);
        StoredSettings::flush();
        const ino_t written = settingsFileId();
        horizon.set(120);
        StoredSettings::flush();
        QCOMPARE(settingsFileId(), written);
        horizon.set(90);
        QCOMPARE(horizon.get(), 90);
        StoredSettings::flush();
        QVERIFY(settingsFileId() != written);
        QCOMPARE(horizon.get(), 90);
    }

    // Reads come from the copy in memory: the GUI thread never makes a QSettings, whose
    // constructor waits on Qt's settings lock while the writer syncs the file (issue 20).
    // A write by someone else is not seen until the settings are read again.
    void readsComeFromMemory()
    {
        const QString key = u"remembered/inMemory"_qs;
        StoredSettings::write(key, 1);
        StoredSettings::flush();
        {
            QSettings elsewhere;
            elsewhere.setValue(key, 2);
            elsewhere.sync();
        }
        QCOMPARE(StoredSettings::value(key).toInt(), 1);
        // Another application's settings are another file: read afresh, and this one's
        // again on the way back.
        QCoreApplication::setApplicationName(u"tst_settingswrites_other"_qs);
        QCOMPARE(StoredSettings::value(key, 9).toInt(), 9);
        QCoreApplication::setApplicationName(u"tst_settingswrites"_qs);
        QCOMPARE(StoredSettings::value(key).toInt(), 2);
    }

    // As QSettings::remove: a group's name removes every key in it, and only those.
    void removingAGroupForgetsItsKeys()
    {
        StoredSettings::write(u"group/a"_qs, 1);
        StoredSettings::write(u"group/inner/b"_qs, 2);
        StoredSettings::write(u"groupie"_qs, 3);
        StoredSettings::remove(u"group"_qs);
        QCOMPARE(StoredSettings::value(u"group/a"_qs, 0).toInt(), 0);
        QCOMPARE(StoredSettings::value(u"group/inner/b"_qs, 0).toInt(), 0);
        QCOMPARE(StoredSettings::value(u"groupie"_qs, 0).toInt(), 3);
        StoredSettings::flush();
        QSettings file;
        QVERIFY(!file.contains(u"group/a"_qs));
        QVERIFY(!file.contains(u"group/inner/b"_qs));
        QCOMPARE(file.value(u"groupie"_qs).toInt(), 3);
    }

    void cleanupTestCase() { StoredSettings::clearAll(); }
};

QTEST_GUILESS_MAIN(TestSettingsWrites)
#include "tst_settingswrites.moc"
