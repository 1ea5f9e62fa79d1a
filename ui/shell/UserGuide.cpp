#include "UserGuide.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

namespace LeadStage::UserGuide {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadStage::UserGuide", text);
}

} // namespace

QString markdown()
{
    QFile file(u":/docs/user-guide.md"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Result<QString> writeHtml(const QString &folder)
{
    QTextDocument document;
    document.setMarkdown(markdown());
    document.setMetaInformation(QTextDocument::DocumentTitle, tr("LeadStage User Guide"));
    QString html = document.toHtml();
    // A readable column in any browser window; QTextDocument writes no width of its own.
    html.replace(u"</head>"_qs, u"<style>body { max-width: 46em; margin: 2em auto; padding: 0 1em; "
                                "font-family: sans-serif; line-height: 1.45; }</style></head>"_qs);
    if (!QDir().mkpath(folder))
        return Error{tr("cannot create the folder"), folder, 0, 0, tr("Choose a folder you can write to.")};
    const QString path = QDir(folder).filePath(u"leadstage-user-guide.html"_qs);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit())
        return Error{file.errorString(), path, 0, 0, tr("Free some space in the temporary folder and try again.")};
    return path;
}

Status open()
{
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(u"LeadStage"_qs);
    auto path = writeHtml(folder);
    if (!path)
        return path.error();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
        return Error{tr("no web browser opened the guide"), *path, 0, 0, tr("Open this file in a web browser.")};
    return {};
}

} // namespace LeadStage::UserGuide
