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

if(LEADSTAGE_SANITIZE)
    target_compile_options(leadstage_compile_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(leadstage_compile_config INTERFACE -fsanitize=address,undefined)
endif()

# leadstage_batch_sources(TARGET [FILE...]): compile TARGET's sources in batches when
# LEADSTAGE_UNITY_BUILD is on. Each FILE named is compiled on its own: it defines a
# file-local helper under a name that another file of its batch also uses.
function(leadstage_batch_sources target)
    if(NOT LEADSTAGE_UNITY_BUILD)
        return()
    endif()
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
    if(ARGN)
        set_source_files_properties(${ARGN} TARGET_DIRECTORY ${target}
            PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    endif()
endfunction()
