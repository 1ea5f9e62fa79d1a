// Every test linked with the window's library reads its texts as an English user sees
// them: with the English file's plural forms ("1 lead", not "1 lead(s)"), which the
// application installs for English (Application::installTranslations).

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglishWords()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral("leadstage_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        qFatal("the English plural forms (:/i18n/leadstage_en.qm) are not compiled in");
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishWords)
