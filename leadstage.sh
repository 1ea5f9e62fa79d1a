#!/usr/bin/env bash
# Set-up, build and run on Debian 12 in one step (see README.md):
#   ./leadstage.sh run    install what is missing, build Release, open the app on its demo workspace
#   ./leadstage.sh test   install what is missing, build with sanitizers, run every test
# Extra arguments after `run` go to leadstage (e.g. a workspace file).
set -euo pipefail

mode="${1:-}"
[ $# -gt 0 ] && shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${LEADSTAGE_BUILD_DIR:-$here/build}"

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev fonts-dejavu-core
          libqcustomplot-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          libsqlite3-dev sqlite3 libssl-dev libeigen3-dev libxlsxwriter-dev libminizip-dev libpq-dev)
case "$mode" in
    run) packages+=(xauth) ;;
    # postgresql: the tests' throw-away server (tests/postgres/test-server.sh); the
    # package's own cluster is not used.
    test) packages+=(clang libclang-rt-14-dev clang-format poppler-utils python3 postgresql) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "leadstage.sh: installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Every tracked C++ file formatted as the checked-in .clang-format says: checked first,
# as it takes a second and a build takes minutes.
[ "$mode" = test ] && "$here/tests/format/check-format.sh"

launcher=()
# A compiler cache, when the machine has one, makes rebuilds after a pull quick.
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    # core and ui use precompiled headers: without this ccache would not cache them
    export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
fi

if [ "$mode" = run ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
    cmake --build "$build" --parallel "$(nproc)" --target leadstage
    exec "$build/bin/leadstage" "$@"
fi

# Every test — core, command line, GUI and the build's own checks — and the benchmark
# programs, built with AddressSanitizer and UndefinedBehaviorSanitizer and warnings as
# errors: a stale index or an overflow that would pass unnoticed in Release is a hard
# failure here. One build: CI's 2 cores, from a cold compiler cache, had no time for a
# Release build of the tests as well (57 minutes with both). -O1 and line tables only
# keep it short. `cmake --build build && ctest --test-dir build` runs them in Release.
asan="$build-asan"
cmake -S "$here" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" \
    -DLEADSTAGE_SANITIZE=ON -DLEADSTAGE_WERROR=ON "${launcher[@]}"
cmake --build "$asan" --parallel "$(nproc)"
# CI has no display: every test runs offscreen. Leaks are not errors here: Qt and
# fontconfig keep process-lifetime caches.
export QT_QPA_PLATFORM=offscreen
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$asan" --output-on-failure --parallel "$(nproc)"

# The libFuzzer targets (CSV reader, model reader, mapping reader), each for a bounded
# time (clang, sanitizers, own build dir): 15 s each by default, 45 s in all.
"$here/tests/fuzz/run-fuzz.sh" "${LEADSTAGE_FUZZ_SECONDS:-15}" "$build-fuzz"
