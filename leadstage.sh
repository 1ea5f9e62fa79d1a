#!/usr/bin/env bash
# Set-up, build and run on Debian 12 in one step (see README.md):
#   ./leadstage.sh run    install what is missing, build Release, open the app on its demo workspace
#   ./leadstage.sh test   install what is missing, build Release, run every test
# Extra arguments after `run` go to leadstage (e.g. a workspace file).
set -euo pipefail

mode="${1:-}"
[ $# -gt 0 ] && shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${LEADSTAGE_BUILD_DIR:-$here/build}"

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev fonts-dejavu-core
          libqcustomplot-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libsqlite3-dev sqlite3 libssl-dev)
case "$mode" in
    run) packages+=(xauth) ;;
    test) packages+=(clang libclang-rt-14-dev) ;;
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

launcher=()
# A compiler cache, when the machine has one, makes rebuilds after a pull quick.
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    # core and ui use precompiled headers: without this ccache would not cache them
    export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
cmake --build "$build" --parallel "$(nproc)"

if [ "$mode" = run ]; then
    exec "$build/bin/leadstage" "$@"
fi

# CI has no display: every test runs offscreen.
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
# The libFuzzer targets (CSV reader, model reader, mapping reader), each for a bounded
# time (clang, sanitizers, own build dir): 25 s each by default, 75 s in all.
"$here/tests/fuzz/run-fuzz.sh" "${LEADSTAGE_FUZZ_SECONDS:-25}" "$build-fuzz"
