#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as the checked-in .clang-format says.
# Every file is checked: the whole tree is kept formatted, so a change is checked
# together with everything it touches.
#
# Usage: tests/format/check-format.sh [--fix]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if ! command -v clang-format >/dev/null 2>&1; then
    echo "check-format.sh: clang-format not found (Debian package clang-format)" >&2
    exit 2
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = --fix ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
mapfile -t unformatted < <(printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -n 16 sh -c \
    'for file; do clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || echo "$file"; done' check | sort)
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "check-format.sh: ${#unformatted[@]} file(s) differ from .clang-format:" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    echo "Run tests/format/check-format.sh --fix (clang-format $(clang-format --version | grep -o '[0-9.]*' | head -1)) and commit." >&2
    exit 1
fi
echo "check-format.sh: ${#files[@]} files formatted as .clang-format says"
