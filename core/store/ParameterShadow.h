#pragma once

#include "Statement.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace LeadStage {

// What each parameter of one statement was last bound to, so that a value bound again
// unchanged is not handed to SQLite anew (bindings outlast each run). A full rescore
// binds eighteen values a lead, most of them the same NULLs and constants as the row
// before; for a statement whose parameters are bound only through its shadow.
class ParameterShadow
{
public:
    ParameterShadow(Statement &statement, int parameters)
        : m_statement(statement)
        , m_slots(std::size_t(parameters) + 1)
    {}

    ParameterShadow &bind(int index, std::int64_t value)
    {
        Slot &slot = m_slots[std::size_t(index)];
        if (slot.kind != Kind::Integer || slot.integer != value) {
            m_statement.bind(index, value);
            slot = {Kind::Integer, value, nullptr};
        }
        return *this;
    }
    ParameterShadow &bindNull(int index)
    {
        Slot &slot = m_slots[std::size_t(index)];
        if (slot.kind != Kind::Null) {
            m_statement.bindNull(index);
            slot = {Kind::Null, 0, nullptr};
        }
        return *this;
    }
    ParameterShadow &bind(int index, std::optional<std::int64_t> value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    // A text that outlasts the statement (Statement::bindLastingUtf8): the same one is
    // known by its address and size.
    ParameterShadow &bindLastingUtf8(int index, std::string_view value)
    {
        Slot &slot = m_slots[std::size_t(index)];
        if (slot.kind != Kind::Text || slot.text != value.data() || slot.integer != std::int64_t(value.size())) {
            m_statement.bindLastingUtf8(index, value);
            slot = {Kind::Text, std::int64_t(value.size()), value.data()};
        }
        return *this;
    }
    // Copied by SQLite and bound every time: a buffer's bytes change under the same address.
    ParameterShadow &bindBlob(int index, std::span<const std::byte> value)
    {
        m_statement.bindBlob(index, value);
        m_slots[std::size_t(index)] = {Kind::Unknown, 0, nullptr};
        return *this;
    }

    Statement &statement() { return m_statement; }

private:
    enum class Kind : std::uint8_t { Unknown, Null, Integer, Text };
    struct Slot
    {
        Kind kind = Kind::Unknown;
        std::int64_t integer = 0; // the value, or a text's size
        const char *text = nullptr;
    };

    Statement &m_statement;
    std::vector<Slot> m_slots; // by parameter index, from 1
};

} // namespace LeadStage
