#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (libFuzzer + AddressSanitizer +
# UndefinedBehaviorSanitizer, the code under test instrumented too) in a build directory
# of their own and runs each for a bounded time on its seed corpus, one after the other:
#   csv      the CSV reading layer          (corpus/csv)
#   model    the model reader and engine    (corpus/model,   model.dict)
#   mapping  the import mapping reader      (corpus/mapping, mapping.dict)
#
# Usage: tests/fuzz/run-fuzz.sh [SECONDS=60] [BUILD_DIR=<repo>/build-fuzz] [TARGET...]
#   SECONDS is per target; no TARGET means all three. An hour on the model reader:
#   tests/fuzz/run-fuzz.sh 3600 build-fuzz model
# Runs every target asked for and exits non-zero when any found a crash, leak, timeout or
# broken invariant; the input that did it is left in BUILD_DIR/fuzz-artifacts/TARGET/.
set -euo pipefail

seconds="${1:-60}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${2:-$repo/build-fuzz}"
shift $(( $# < 2 ? $# : 2 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv model mapping)
for target in "${targets[@]}"; do
    case "$target" in
        csv | model | mapping) ;;
        *) echo "run-fuzz.sh: unknown target '$target' (csv, model or mapping)" >&2; exit 2 ;;
    esac
done

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
cmake --build "$build" --target "${targets[@]/%/_fuzz}"

# The longest input worth trying: a little above the largest seed of each corpus.
max_len() {
    case "$1" in
        csv) echo 4096 ;;
        model) echo 16384 ;;
        mapping) echo 4096 ;;
    esac
}

# ASan's quarantine (256 MB by default) and its allocator's caches carry a long run
# towards -rss_limit_mb (mapping: 970 MB after 5 million runs, no leak); with 16 MB it
# was 181 MB after 8 million, growing by some 18 MB each time the runs double, so an
# hour's run stays far below the limit. Use after free is still caught.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=16}"

failed=()
for target in "${targets[@]}"; do
    # libFuzzer adds what it learns to the first corpus folder: keep the checked-in seeds
    # as they are and grow a working corpus inside the build directory instead.
    corpus="$build/fuzz-corpus/$target" artifacts="$build/fuzz-artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    dict=()
    [ -f "$here/$target.dict" ] && dict=(-dict="$here/$target.dict")
    started=$(date +%s)
    status=0
    "$build/tests/${target}_fuzz" "$corpus" "$here/corpus/$target" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
        -artifact_prefix="$artifacts/" -print_final_stats=1 || status=$?
    echo "run-fuzz.sh: $target fuzzed for $(( $(date +%s) - started )) s, exit status $status"
    [ "$status" -eq 0 ] || failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzz.sh: failed: ${failed[*]} (inputs in $build/fuzz-artifacts/)" >&2
    exit 1
fi
