#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace LeadStage {

enum class ReportFormat : std::uint8_t { Pdf, Xlsx, Html, Csv };
enum class PaperSize : std::uint8_t { A4, Letter };

// "pdf", "xlsx", "html", "csv"; and back (nullopt for anything else).
QString formatName(ReportFormat format);
std::optional<ReportFormat> formatNamed(QStringView name);
QString paperName(PaperSize paper); // "a4", "letter"
std::optional<PaperSize> paperNamed(QStringView name);

} // namespace LeadStage
