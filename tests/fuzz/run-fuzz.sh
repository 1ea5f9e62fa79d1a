#!/usr/bin/env bash
# Builds the CSV reader's libFuzzer target with clang (libFuzzer + AddressSanitizer +
# UndefinedBehaviorSanitizer, core instrumented too) in a build directory of its own and
# runs it for a bounded time on the seed corpus in tests/fuzz/corpus.
#
# Usage: tests/fuzz/run-fuzz.sh [SECONDS=60] [BUILD_DIR=<repo>/build-fuzz]
# Exits non-zero when the fuzzer finds a crash, leak, timeout or broken invariant; the
# input that did it is left in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail

seconds="${1:-60}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${2:-$repo/build-fuzz}"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "run-fuzz.sh: clang++ not found; libFuzzer comes with clang" >&2
    exit 2
fi

# Debian packages libFuzzer's runtime (compiler-rt) apart from clang: link a trivial
# target to see whether it is there, and install it when we may.
probe_dir="$(mktemp -d)"
trap 'rm -rf "$probe_dir"' EXIT
probe() {
    echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' \
        | clang++ -x c++ -fsanitize=fuzzer - -o "$probe_dir/probe" >/dev/null 2>&1
}
if ! probe; then
    version="$(clang++ -dumpversion | cut -d. -f1)"
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "run-fuzz.sh: installing libclang-rt-${version}-dev for libFuzzer's runtime"
        apt-get install -y "libclang-rt-${version}-dev"
    fi
    if ! probe; then
        echo "run-fuzz.sh: clang cannot link -fsanitize=fuzzer; install libclang-rt-${version}-dev" >&2
        exit 2
    fi
fi

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$repo" -B "$build" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DLEADSTAGE_SANITIZE=ON \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link"
fi
cmake --build "$build" --target csv_fuzz

# libFuzzer adds what it learns to the first corpus folder: keep the checked-in seeds as
# they are and grow a working corpus inside the build directory instead.
mkdir -p "$build/fuzz-corpus" "$build/fuzz-artifacts"
started=$(date +%s)
status=0
"$build/tests/csv_fuzz" "$build/fuzz-corpus" "$here/corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
    -artifact_prefix="$build/fuzz-artifacts/" -print_final_stats=1 || status=$?
echo "run-fuzz.sh: fuzzed for $(( $(date +%s) - started )) s, exit status $status"
exit "$status"
