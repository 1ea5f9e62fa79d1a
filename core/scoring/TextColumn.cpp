#include "TextColumn.h"

namespace LeadStage {

namespace {

constexpr std::size_t rememberedByBytes = 1 << 16;

} // namespace

void TextColumn::appendUtf8(std::string_view text)
{
    if (text.empty()) {
        ids.push_back(0);
        return;
    }
    if (const auto found = utf8Ids.find(text); found != utf8Ids.end()) {
        ids.push_back(found->second);
        return;
    }
    const std::uint32_t id = pool.intern(QString::fromUtf8(text.data(), qsizetype(text.size())));
    if (utf8Ids.size() < rememberedByBytes)
        utf8Ids.emplace(std::string(text), id);
    ids.push_back(id);
}

} // namespace LeadStage
