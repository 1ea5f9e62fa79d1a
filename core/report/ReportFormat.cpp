#include "ReportFormat.h"

namespace LeadStage {

QString formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return u"pdf"_qs;
    case ReportFormat::Xlsx:
        return u"xlsx"_qs;
    case ReportFormat::Html:
        return u"html"_qs;
    case ReportFormat::Csv:
        return u"csv"_qs;
    }
    return {};
}

std::optional<ReportFormat> formatNamed(QStringView name)
{
    for (ReportFormat format : {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Html, ReportFormat::Csv}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString paperName(PaperSize paper)
{
    return paper == PaperSize::A4 ? u"a4"_qs : u"letter"_qs;
}

std::optional<PaperSize> paperNamed(QStringView name)
{
    for (PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        if (name.compare(paperName(paper), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

} // namespace LeadStage
