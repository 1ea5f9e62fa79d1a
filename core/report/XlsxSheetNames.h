#pragma once

#include <QString>
#include <QStringList>

namespace LeadStage::XlsxSheetNames {

inline constexpr int maximumLength = 31; // Excel's limit

// Excel's sheet names for these titles, in order: the characters Excel refuses
// ([ ] : * ? / \) become "_", a leading or trailing apostrophe goes, each is cut to 31
// characters (at a word where it can) and made unique — ignoring case, as Excel compares — against `taken` and
// the earlier ones with " (2)", " (3)"…; an empty title becomes "Table".
QStringList make(const QStringList &titles, const QStringList &taken);

} // namespace LeadStage::XlsxSheetNames
