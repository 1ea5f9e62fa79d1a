#pragma once

#include "ColumnMapping.h"
#include "ImportKind.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace LeadStage {

// A built-in mapping for the export of one system (HubSpot, Salesforce, Marketo,
// Mautic, the generic format of DESIGN §3): for each field, the column names that
// system uses. Applied to a header, it gives a ColumnMapping the user may then edit.
struct ImportPreset
{
    struct Field
    {
        QString field;
        QStringList columns; // the system's names for it, first match wins
    };

    QString name;  // "hubspot": what --preset takes
    QString label; // "HubSpot contacts export"
    ImportKind kind = ImportKind::Leads;
    QList<Field> fields;

    // The mapping this preset gives for `header`; columns it does not know go to attrs.
    ColumnMapping apply(const QStringList &header) const;
    // How many of the header's columns this preset knows.
    int matches(const QStringList &header) const;
};

// Every built-in preset; for each kind the generic one comes first.
const std::vector<ImportPreset> &builtinPresets();
// The preset names --preset takes: "generic", "hubspot", "salesforce", "marketo", "mautic".
QStringList presetNames();
const ImportPreset *findPreset(ImportKind kind, QStringView name);

// The preset that knows most of the header's columns and finds the lead key in it;
// nothing when none does (the user maps the columns by hand then). With idsFromLines a
// leads preset need not find a key (ImportOptions::idsFromLines names the leads).
struct PresetMatch
{
    const ImportPreset *preset = nullptr;
    int matched = 0;
};
std::optional<PresetMatch> recognisePreset(ImportKind kind, const QStringList &header, bool idsFromLines = false);

// Lower-case letters and digits only: "Country/Region" and "country_region" compare equal.
QString normalisedColumnName(QStringView name);

} // namespace LeadStage
