# One INTERFACE target that every LeadStage target links: warnings, strict Qt
# defines and, when asked for, the sanitizers.
add_library(leadstage_compile_config INTERFACE)

target_compile_options(leadstage_compile_config INTERFACE -Wall -Wextra -Wpedantic
    -Wno-missing-field-initializers) # Error{what, where} leaves the rest defaulted on purpose
if(LEADSTAGE_WERROR)
    target_compile_options(leadstage_compile_config INTERFACE -Werror)
endif()

target_compile_definitions(leadstage_compile_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    LEADSTAGE_VERSION="${PROJECT_VERSION}")

# Tests that measure time relax their budgets where the sanitizers slow everything down.
if(LEADSTAGE_SANITIZE)
    target_compile_definitions(leadstage_compile_config INTERFACE LEADSTAGE_SANITIZED=1)
else()
    target_compile_definitions(leadstage_compile_config INTERFACE LEADSTAGE_SANITIZED=0)
endif()
if(LEADSTAGE_SANITIZE)
    target_compile_options(leadstage_compile_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(leadstage_compile_config INTERFACE -fsanitize=address,undefined)
endif()
