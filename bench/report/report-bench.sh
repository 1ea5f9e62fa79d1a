#!/usr/bin/env bash
# The quarterly report's speed (issue 18: any format of a 1 M-lead workspace in at most
# 3 s): the whole `leadstage report` command per format, RUNS runs each, the median and
# the slowest, beside two commands on the same file in the same run — `leadstage
# metrics` (the dashboard's numbers alone) and the sqlite3 shell's plain pass over the
# events table — so a slower machine shows as a ratio, not only in seconds.
#
# Usage: bench/report/report-bench.sh WORKSPACE [QUARTER=2025Q4] [RUNS=5] [BUILD_DIR=build]
set -euo pipefail

workspace="$1"
quarter="${2:-2025Q4}"
runs="${3:-5}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${4:-$here/build}" && pwd)"
leadstage="$build/bin/leadstage"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Times RUNS runs of a command; prints "median slowest peak-MB" (seconds).
runs_of() {
    local times=() peak=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %M' -o "$out/time" "$@" >"$out/last.out" 2>&1 || { cat "$out/last.out"; exit 1; }
        read -r seconds kilobytes <"$out/time"
        times+=("$seconds")
        ((kilobytes > peak)) && peak=$kilobytes
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v peak="$peak" \
        '{ t[NR] = $1 } END { printf "%.2f %.2f %d\n", t[int((NR + 1) / 2)], t[NR], peak / 1024 }'
}

echo "Quarterly report of $workspace, $quarter: $runs runs each, median / slowest (seconds), peak memory"
read -r shell_median shell_slowest _ < <(runs_of sqlite3 "$workspace" "SELECT count(*), sum(occurred_at) FROM events")
read -r metrics_median metrics_slowest metrics_peak < <(runs_of "$leadstage" metrics "$workspace")
printf '    %-44s %6s / %6s s\n' "sqlite3 shell: one pass over the events" "$shell_median" "$shell_slowest"
printf '    %-44s %6s / %6s s  %5d MB  (%s x the pass)\n' "leadstage metrics (the dashboard's numbers)" \
    "$metrics_median" "$metrics_slowest" "$metrics_peak" "$(ratio "$metrics_median" "$shell_median")"
for format in pdf xlsx html csv; do
    read -r median slowest peak < <(runs_of "$leadstage" report "$workspace" --quarter "$quarter" \
        --format "$format" --out "$out/report.$format")
    printf '    %-44s %6s / %6s s  %5d MB  (%s x the pass, %s of the 3 s budget)\n' \
        "leadstage report --format $format" "$median" "$slowest" "$peak" \
        "$(ratio "$median" "$shell_median")" "$(ratio "$median" 3)"
done
