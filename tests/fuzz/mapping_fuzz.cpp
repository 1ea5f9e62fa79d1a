// libFuzzer target for the import mapping reader: arbitrary bytes go through
// MappingFile::fromJson. A mapping it accepts must save and read back the same, merge
// its activities into the default activity map (or refuse them with a reason), and
// resolve and validate against headers without crashing.
#include "import/MappingFile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace LeadStage;

namespace {

void require(bool condition, const char *invariant)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", invariant);
        std::abort();
    }
}

bool sameMapping(const ColumnMapping &a, const ColumnMapping &b)
{
    return a.kind == b.kind && a.preset == b.preset && a.columns == b.columns && a.dateFormats == b.dateFormats
           && a.ignored == b.ignored;
}

void checkAgainstHeaders(const ColumnMapping &mapping)
{
    // The mapping's own columns (a file made for it), then with one column missing.
    QStringList header = mapping.columns.values();
    header << u"extra"_qs << QString();
    for (int round = 0; round < 2; ++round) {
        const ResolvedColumns resolved = ResolvedColumns::resolve(mapping, header);
        require(resolved.fieldColumn.size() == std::size_t(importFields(mapping.kind).size()),
                "a resolved column per field");
        for (const int column : resolved.fieldColumn)
            require(column >= -1 && column < header.size(), "resolved columns lie in the header");
        for (const int column : resolved.attributeColumns)
            require(column >= 0 && column < header.size(), "attribute columns lie in the header");
        const Status valid = mapping.validate(header, u"fuzz.csv"_qs);
        require(valid.ok() || !valid.error().what.isEmpty(), "a refusal says why");
        if (!header.isEmpty())
            header.removeFirst();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<MappingFile> file = MappingFile::fromJson(json, u"fuzz.json"_qs);
    if (!file) {
        require(!file.error().what.isEmpty(), "a refusal says why");
        return 0;
    }
    const Result<MappingFile> again = MappingFile::fromJson(file->toJson(), u"again.json"_qs);
    require(again.ok(), "a saved mapping reads back");
    require(again->name == file->name, "the name reads back");
    require(again->activities == file->activities, "the activities read back");
    require(again->mappings.size() == file->mappings.size(), "every kind's mapping reads back");
    for (const auto &[kind, mapping] : file->mappings) {
        require(again->mappings.count(kind) == 1 && sameMapping(again->mappings.at(kind), mapping),
                "each mapping reads back the same");
        checkAgainstHeaders(mapping);
    }
    ActivityMap activities = ActivityMap::defaults();
    const Status merged = activities.merge(file->activities, u"fuzz.json"_qs);
    require(merged.ok() || !merged.error().what.isEmpty(), "a refused activity says why");
    for (auto it = file->activities.begin(); it != file->activities.end(); ++it)
        (void)activities.keyFor(it.key());
    return 0;
}
