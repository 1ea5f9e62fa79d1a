// Remembering a choice that is stored already writes nothing: each write of the settings
// file syncs it to disk on the GUI thread (writeSettingIfChanged, issue 20's stalls).
#include "AppSettings.h"

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
        QSettings().clear();
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
        {
            QSettings settings;
            writeSettingIfChanged(settings, key, value);
        }
        const ino_t written = settingsFileId();
        QVERIFY(written != 0);
        {
            // A new QSettings reads the stored value back (as text, from the file).
            QSettings settings;
            writeSettingIfChanged(settings, key, value);
        }
        QCOMPARE(settingsFileId(), written);
        {
            QSettings settings;
            writeSettingIfChanged(settings, key, other);
        }
        QVERIFY(settingsFileId() != written);
        QCOMPARE(QSettings().value(key), other);
    }

    void settingValueGoesThroughTheSameCheck()
    {
        const SettingValue<int> horizon(u"remembered/horizon"_qs, 90);
        horizon.set(120);
        const ino_t written = settingsFileId();
        horizon.set(120);
        QCOMPARE(settingsFileId(), written);
        horizon.set(90);
        QVERIFY(settingsFileId() != written);
        QCOMPARE(horizon.get(), 90);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_GUILESS_MAIN(TestSettingsWrites)
#include "tst_settingswrites.moc"
