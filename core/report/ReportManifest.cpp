#include "ReportManifest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace LeadStage::ReportManifest {

QString kind()
{
    return u"leadstage-quarterly-report"_qs;
}

QByteArray embeddable(const QJsonObject &manifest)
{
    QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    // Outside strings JSON has none of these characters, so this changes no meaning.
    bytes.replace("&", "\\u0026");
    bytes.replace("<", "\\u003c");
    bytes.replace(">", "\\u003e");
    return bytes;
}

Result<QJsonObject> parse(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{
            QCoreApplication::translate("ReportError", "the report's manifest is not valid JSON (%1 at byte %2)")
                .arg(error.errorString())
                .arg(error.offset),
            {},
            0,
            0,
            QCoreApplication::translate("ReportError",
                                        "The file was changed after LeadStage wrote it; make the report again.")};
    const QJsonObject manifest = document.object();
    if (manifest.value(u"kind"_qs).toString() != kind())
        return Error{QCoreApplication::translate("ReportError", "the manifest is not a LeadStage quarterly report's"),
                     {},
                     0,
                     0,
                     {}};
    if (manifest.value(u"version"_qs).toInt() > version)
        return Error{
            QCoreApplication::translate("ReportError", "the report was made by a newer LeadStage (manifest version %1)")
                .arg(manifest.value(u"version"_qs).toInt()),
            {},
            0,
            0,
            QCoreApplication::translate("ReportError", "Verify it with that version or a later one.")};
    return manifest;
}

} // namespace LeadStage::ReportManifest
