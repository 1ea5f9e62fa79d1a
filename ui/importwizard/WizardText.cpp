#include "WizardText.h"

#include "common/DisplayFormat.h"
#include "common/TimeFormat.h"
#include "shell/WindowWording.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace LeadStage::WizardText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadStage::WizardText", text);
}

} // namespace

QString kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leads:
        return tr("Leads");
    case ImportKind::Events:
        return tr("Events");
    case ImportKind::Outcomes:
        return tr("Outcomes");
    }
    return {};
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {u"external_id"_qs, "CRM id"},
        {u"email"_qs, "E-mail"},
        {u"first_name"_qs, "First name"},
        {u"last_name"_qs, "Last name"},
        {u"company"_qs, "Company"},
        {u"job_title"_qs, "Job title"},
        {u"industry"_qs, "Industry"},
        {u"employees"_qs, "Employees"},
        {u"country"_qs, "Country"},
        {u"source"_qs, "Source (channel)"},
        {u"campaign"_qs, "Campaign"},
        {u"created_at"_qs, "Created"},
        {u"lead"_qs, "Lead (CRM id or e-mail)"},
        {u"activity"_qs, "Activity"},
        {u"occurred_at"_qs, "Time of the activity"},
        {u"detail"_qs, "Detail (URL, asset)"},
        {u"sql_at"_qs, "SQL date"},
        {u"opportunity_at"_qs, "Opportunity date"},
        {u"customer_at"_qs, "Customer (won) date"},
        {u"lost_at"_qs, "Lost date"},
        {u"revenue"_qs, "Revenue"},
        {u"sql_flag"_qs, "SQL, yes/no without a date"},
        {u"opportunity_flag"_qs, "Opportunity, yes/no without a date"},
        {u"customer_flag"_qs, "Customer (won), yes/no without a date"},
        {u"lost_flag"_qs, "Lost, yes/no without a date"},
        {u"recorded_mql_at"_qs, "CRM's MQL date (recorded)"},
        {u"recorded_sql_at"_qs, "CRM's SQL date (recorded)"},
        {u"recorded_opportunity_at"_qs, "CRM's opportunity date (recorded)"},
        {u"recorded_customer_at"_qs, "CRM's customer date (recorded)"},
        {u"recorded_mql_flag"_qs, "CRM says MQL, yes/no (recorded)"},
        {u"recorded_sql_flag"_qs, "CRM says SQL, yes/no (recorded)"},
        {u"recorded_opportunity_flag"_qs, "CRM says opportunity, yes/no (recorded)"},
        {u"recorded_customer_flag"_qs, "CRM says customer, yes/no (recorded)"}};
    const char *label = labels.value(field);
    return label ? tr(label) + u" ("_qs + field + u')' : field;
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString number(qint64 value)
{
    return DisplayFormat::count(value);
}

QString separatorLabel(char16_t separator)
{
    switch (separator) {
    case u',':
        return tr("comma (,)");
    case u';':
        return tr("semicolon (;)");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("pipe (|)");
    }
    return u"'%1'"_qs.arg(QChar(separator));
}

QString encodingLabel(TextEncoding encoding, bool byteOrderMark)
{
    return byteOrderMark ? tr("%1 with byte-order mark").arg(encodingName(encoding)) : encodingName(encoding);
}

QString encodingReason(const EncodingChoice &choice)
{
    const QString seen = choice.wholeFile ? tr("the whole file") : tr("the first %1 KiB").arg(choice.bytesSeen / 1024);
    switch (choice.reason) {
    case EncodingReason::Chosen:
        return tr("The encoding is the one you chose.");
    case EncodingReason::ByteOrderMark:
        return tr("The encoding comes from the file's byte-order mark.");
    case EncodingReason::ValidUtf8:
        return tr("UTF-8, because %1 is valid UTF-8.").arg(seen);
    case EncodingReason::NotUtf8:
        return tr("Windows-1252, because the byte %1 at line %2, column %3 is not valid UTF-8 and nothing else in %4 "
                  "reads as UTF-8. If the text looks wrong, choose the encoding above.")
            .arg(hexBytes(choice.badBytes))
            .arg(choice.badLine)
            .arg(choice.badColumn)
            .arg(seen);
    }
    return {};
}

QString fileStatus(const DraftFile &file)
{
    if (file.problem)
        return tr("Cannot be read: %1").arg(file.problem->what);
    if (!file.preview)
        return tr("Reading…");
    const QString columns = tr("%1 columns").arg(file.preview->header.size());
    const QString preset = findPreset(file.kind, file.mapping.preset)
                               ? findPreset(file.kind, file.mapping.preset)->label
                               : (file.mapping.columns.isEmpty() ? tr("no preset recognised: map the columns by hand")
                                                                 : tr("saved mapping"));
    return columns + u" · "_qs + preset;
}

QString detected(const CsvPreview &preview, int headerRow)
{
    return tr("Read as %1, separated by %2, column names on row %3: %4 columns.")
               .arg(encodingLabel(preview.encoding.encoding, preview.encoding.byteOrderMark),
                    separatorLabel(preview.separator))
               .arg(headerRow)
               .arg(preview.header.size())
           + u' ' + encodingReason(preview.encoding);
}

QString problem(const Error &shown)
{
    const Error error = forWindow(shown); // no command line in the wizard
    QString where;
    if (error.line > 0 && error.column > 0)
        where = tr(" (line %1, column %2)").arg(error.line).arg(error.column);
    else if (error.line > 0)
        where = tr(" (line %1)").arg(error.line);
    QString text = error.what + where + u'.';
    if (!error.hint.isEmpty())
        text += u' ' + error.hint;
    return text;
}

QString earlierImports(const ImportReport &report)
{
    QStringList sentences;
    for (const FileReport &file : report.files)
        if (file.sameFileAs)
            sentences << tr("“%1” was imported before, as import %2 on %3: its rows already there count as "
                            "unchanged, skipped or already there.")
                             .arg(QFileInfo(file.path).fileName())
                             .arg(file.sameFileAs->importId)
                             .arg(isoUtc(file.sameFileAs->finishedAt));
    return sentences.join(u' ');
}

QString missingPlaceholders(const ImportReport &report)
{
    QStringList sentences;
    for (const FileReport &file : report.files) {
        if (file.missingPlaceholders.isEmpty())
            continue;
        QStringList counts;
        for (auto it = file.missingPlaceholders.cbegin(); it != file.missingPlaceholders.cend(); ++it)
            counts << QCoreApplication::translate("LeadStage::WizardText", "'%1' in %n cell(s)", "", int(it.value()))
                          .arg(it.key());
        sentences << tr("In “%1”, read as missing: %2.").arg(QFileInfo(file.path).fileName(), counts.join(u", "_qs));
    }
    return sentences.join(u' ');
}

QString leadFileNotes(const ImportReport &report)
{
    QStringList sentences;
    for (const FileReport &file : report.files) {
        if (file.kind != ImportKind::Leads || file.noRows)
            continue;
        const CreatedDates &dates = file.createdDates;
        QStringList parts;
        if (!dates.column.isEmpty())
            parts << tr("%1 from the column “%2”").arg(number(dates.fromColumn), dates.column);
        if (dates.firstEventAsked)
            parts << tr("%1 from their first event").arg(number(dates.fromFirstEvent));
        if (dates.fromImport > 0 || dates.column.isEmpty())
            parts << tr("%1 dated at the import's time (%2)").arg(number(dates.fromImport), isoUtc(dates.importTime));
        sentences << tr("Created dates of the new leads of “%1”: %2.")
                         .arg(QFileInfo(file.path).fileName(), parts.join(u", "_qs));
        if (file.idsFromLines)
            sentences << tr("The leads of “%1” were named by file and line: the row on line 2 is the lead %1:2, "
                            "and so on; importing the file again updates the same leads.")
                             .arg(QFileInfo(file.path).fileName());
        for (const FileReport::CountedEvents &counted : file.countedEvents)
            sentences << tr("The column “%1” of “%2” became %3 events of %4 at each lead's created date (%5 were "
                            "there already).")
                             .arg(counted.column, QFileInfo(file.path).fileName(), number(counted.events),
                                  counted.activity, number(counted.duplicates));
        if (file.repeatedKeyRows > 0) {
            QStringList top;
            for (const RepeatedKey &key : file.topRepeatedKeys)
                top << tr("'%1' (%2 more)").arg(key.value, number(key.rows));
            sentences << tr("%1 rows repeat the CRM id or e-mail of an earlier row: %2.")
                             .arg(number(file.repeatedKeyRows), top.join(u", "_qs));
        }
    }
    for (const FileReport &file : report.files)
        for (auto it = file.createdActivities.cbegin(); it != file.createdActivities.cend(); ++it)
            sentences << tr("The activity '%1' had no key: created as %2 (track %3, category %4, 0 points until a "
                            "rule uses it) for %5 rows.")
                             .arg(it.key(), it->key, createdActivityTrack, createdActivityCategory, number(it->rows));
    if (report.refusedRepeatedKeys)
        sentences << tr("Nothing would be imported while keys repeat: go Back to the column mapping and check "
                        "which column is the lead's id, or tick “Import anyway” there.");
    return sentences.join(u' ');
}

} // namespace LeadStage::WizardText
