#pragma once

#include "common/Result.h"
#include "report/ReportSeal.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace LeadStage {

// Zip files as lists of named parts: the XLSX read back for `report verify`, the CSV
// report packed as one .zip. Writing is reproducible: every entry carries the same
// fixed time (1980-01-01 00:00, the earliest a zip can hold), so the same parts give
// the same bytes.
namespace ZipArchive {

// Reading stops at this many uncompressed bytes in all: a zip bomb, or no report.
inline constexpr std::int64_t maximumSize = std::int64_t(1) << 30; // 1 GiB

// The entries in the order the zip stores them, uncompressed; folders are skipped.
Result<std::vector<ReportPart>> read(const QString &path);
// Writes the parts in their order, deflated, through a temporary file beside `path`
// that replaces it only when complete.
Status write(const std::vector<ReportPart> &parts, const QString &path);

} // namespace ZipArchive
} // namespace LeadStage
