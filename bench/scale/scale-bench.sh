#!/usr/bin/env bash
# How cost grows (issue 20, item 2): for each size, the demo generator's CSV files
# (10 events a lead) are imported into a new workspace, then scored (the first rescore after
# the import, then the later ones), then the dashboard's
# numbers and the back-test of the active model are computed, each step timed with its
# peak memory (/usr/bin/time); last, the dashboard is opened on the workspace
# (dashboard_bench, offscreen: the time to the first drawn numbers, the whole program's
# peak memory: what the window needs at that size). Prints the figures as a Markdown table, the growth exponent
# of each step between successive sizes (log(t2/t1) / log(n2/n1)), flags a step that grows
# faster than n log n, writes the figures as CSV and draws them as log-log charts.
#
# Usage: bench/scale/scale-bench.sh [SIZES=100000,1000000,5000000] [BUILD_DIR=build]
#   SCALE_OUT  where the CSV and charts go (default docs/: scale-figures.csv,
#              scale-chart.png, scale-memory.png)
#   BENCH_DIR  scratch space (default /tmp/leadstage-scale): one size at a time, deleted
#              before the next; 5 M leads need about 4 GB of CSV + 4 GB of workspace
#   RUNS       runs of each step, the median kept (default 3 up to 1 M leads, 1 above:
#              5 M leads take minutes a step); the first score after the import runs once
#
# Unattended: a size that does not fit on disk is skipped, a step that fails is marked
# failed and the size's later steps are skipped; the others go on. Exits 1 when a step
# grows faster than n log n or failed, 0 otherwise.
set -euo pipefail

sizes="${1:-100000,1000000,5000000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${2:-$here/build}" && pwd)"
leadstage="$build/bin/leadstage"
work="${BENCH_DIR:-/tmp/leadstage-scale}"
out="${SCALE_OUT:-$here/docs}"
runs_asked="${RUNS:-}"
mkdir -p "$work" "$out"
[[ -x "$leadstage" ]] || { echo "scale-bench.sh: no $leadstage (build first)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "scale-bench.sh: python3 is needed for the table" >&2; exit 2; }

figures="$work/scale-figures.csv"
echo "leads,events,step,seconds,peak_mb" >"$figures"
failed=0

clean() { rm -rf "$work/csv" "$work/scale.leadstage" "$work/scale.leadstage-"*; }
trap clean EXIT

# The dashboard opened on the workspace: its own figure `open_dashboard_ms` (bench/README.md)
# or else its "open workspace" line; the peak memory is the whole GUI program's.
dashboard_step() {
    local bench="$build/bin/dashboard_bench" opened kilobytes
    [[ -x "$bench" ]] || return 0
    if ! /usr/bin/time -f '%e %M' -o "$work/time.log" "$bench" "$workspace" --runs 1 >"$work/step.out" 2>&1; then
        echo "    open dashboard FAILED:"
        tail -5 "$work/step.out" | sed 's/^/        /'
        echo "$leads,$events,open dashboard,," >>"$figures"
        failed=1
        return 1
    fi
    opened=$(awk '$1 == "figure" && $2 == "open_dashboard_ms" { print $3 / 1000; exit }' "$work/step.out")
    [[ -n "$opened" ]] || opened=$(awk '/^open workspace/ { for (i = 1; i <= NF; ++i) if ($(i + 1) == "ms") { print $i / 1000; exit } }' "$work/step.out")
    read -r _ kilobytes <"$work/time.log"
    printf '    %-26s %9.2f s %8d MB  (load + first numbers on screen, one run)\n' "open dashboard" "$opened" "$((kilobytes / 1024))"
    echo "$leads,$events,open dashboard,$opened,$((kilobytes / 1024))" >>"$figures"
}

# The first rescore after the import, once at every size: an import leaves no packed copies
# of the events and leads (event_blocks, lead_blocks), so this one reads the rows and writes
# the copies that every later rescore ("score", the median of RUNS) reads instead. Taking
# the median of three at small sizes and one run at 5 M compared the later kind with the
# first (0.47 s at 1 M against 12.6 s at 5 M, "grows like n^2"). Step names hold no comma (CSV).
first_score() {
    local asked=$runs
    runs=1
    step "first score after import" "$leadstage" score "$workspace"
    local status=$?
    runs=$asked
    return $status
}

# Runs one step RUNS times: appends "leads,events,step,median seconds,largest peak MB" to the CSV.
step() {
    local name="$1"
    shift
    local times=() peak=0 seconds kilobytes
    for _ in $(seq "$runs"); do
        # Every import into a new workspace: a second one into the same file would skip every row.
        [[ "$name" == import ]] && rm -f "$workspace" "$workspace"-*
        if ! /usr/bin/time -f '%e %M' -o "$work/time.log" "$@" >"$work/step.out" 2>&1; then
            echo "    $name FAILED:"
            tail -5 "$work/step.out" | sed 's/^/        /'
            echo "$leads,$events,$name,," >>"$figures"
            failed=1
            return 1
        fi
        read -r seconds kilobytes <"$work/time.log"
        times+=("$seconds")
        ((kilobytes > peak)) && peak=$kilobytes
    done
    seconds=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
    printf '    %-26s %9.2f s %8d MB\n' "$name" "$seconds" "$((peak / 1024))"
    echo "$leads,$events,$name,$seconds,$((peak / 1024))" >>"$figures"
}

echo "How cost grows: $sizes leads (10 events each), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M') UTC, ${runs_asked:-3 runs a step up to 1 M leads, 1 above}"
for leads in ${sizes//,/ }; do
    clean
    runs="${runs_asked:-$((leads <= 1000000 ? 3 : 1))}"
    # CSV ~0.82 GB and workspace ~1.3 GB a million leads, with room to spare.
    need_mb=$((leads * 3 / 1000))
    free_mb=$(df -Pm "$work" | awk 'NR == 2 { print $4 }')
    if ((free_mb < need_mb)); then
        echo "$leads leads: skipped, $free_mb MB free in $work and about $need_mb MB needed"
        failed=1
        continue
    fi
    echo "$leads leads ($runs run(s) a step, the median):"
    "$leadstage" demo --leads "$leads" --csv "$work/csv" >/dev/null
    events=$(($(wc -l <"$work/csv/events.csv") - 1))
    echo "    ($events events, $(du -sm "$work/csv" | cut -f1) MB of CSV)"
    workspace="$work/scale.leadstage"
    # Each step needs the one before: the first failure ends the size.
    step import "$leadstage" import "$workspace" --leads "$work/csv/leads.csv" --events "$work/csv/events.csv" &&
        rm -rf "$work/csv" &&
        first_score &&
        step score "$leadstage" score "$workspace" &&
        step metrics "$leadstage" metrics "$workspace" &&
        step evaluation "$leadstage" evaluate "$workspace" --model active --format json &&
        dashboard_step || true
    [[ -f "$workspace" ]] && echo "    ($(du -m "$workspace" | cut -f1) MB workspace)"
done
clean

cp "$figures" "$out/scale-figures.csv"
echo
python3 - "$figures" <<'PYTHON' || failed=1
import csv, math, sys

rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["seconds"]]
steps = list(dict.fromkeys(r["step"] for r in rows))
sizes = sorted({int(r["leads"]) for r in rows})
at = {(r["step"], int(r["leads"])): (float(r["seconds"]), int(r["peak_mb"]), int(r["events"])) for r in rows}

def leads(n):
    return f"{n // 1000000} M" if n >= 1000000 and n % 1000000 == 0 else f"{n // 1000} k"

print("| step | " + " | ".join(f"{leads(n)} leads" for n in sizes) + " |")
print("| --- |" + " --- |" * len(sizes))
events = {n: e for (_, n), (_, _, e) in at.items()}
print("| events | " + " | ".join(f"{events.get(n, 0) / 1e6:.1f} M" for n in sizes) + " |")
for step in steps:
    cells = [f"{at[step, n][0]:.2f} s, {at[step, n][1]} MB" if (step, n) in at else "—" for n in sizes]
    print(f"| {step} | " + " | ".join(cells) + " |")

# n log n's own exponent between two sizes, and the rule's margin over it for noise.
LIMIT = 1.15
print()
print(f"Growth exponents, log(t2/t1) / log(n2/n1) (1 = grows like the leads). Rule: a step grows faster than")
print(f"n log n when its time exponent is above {LIMIT} (n log n itself gives 1.08 from 100 k to 1 M and")
print(f"1.07 from 1 M to 5 M; the rest is margin for a shared machine's noise). Times under 0.5 s are")
print(f"dominated by starting up and are not judged.")
flagged = []
for step in steps:
    parts = []
    for small, large in zip(sizes, sizes[1:]):
        if (step, small) not in at or (step, large) not in at:
            continue
        (t1, m1, _), (t2, m2, _) = at[step, small], at[step, large]
        time_exponent = math.log(t2 / t1) / math.log(large / small) if t1 > 0 and t2 > 0 else float("nan")
        memory_exponent = math.log(m2 / m1) / math.log(large / small) if m1 > 0 and m2 > 0 else float("nan")
        nlogn = math.log(large * math.log(large) / (small * math.log(small))) / math.log(large / small)
        too_fast = t2 >= 0.5 and time_exponent > LIMIT
        if too_fast:
            flagged.append(f"{step} {leads(small)} -> {leads(large)}")
        parts.append(f"{leads(small)} -> {leads(large)}: time {time_exponent:.2f} (n log n {nlogn:.2f}), "
                     f"peak memory {memory_exponent:.2f}{'  FASTER THAN n log n' if too_fast else ''}")
    print(f"    {step:<26} " + ("; ".join(parts) if parts else "(one size only)"))
if flagged:
    print("Steps growing faster than n log n: " + ", ".join(flagged))
    sys.exit(1)
print("No step grows faster than n log n.")
PYTHON

if [[ -x "$build/bin/scale_chart" ]]; then
    note="measured $(date -u +%Y-%m-%d) on $(nproc) cores, ${runs_asked:-median of 3 runs up to 1 M leads, 1 run above} (bench/scale/scale-bench.sh)"
    "$build/bin/scale_chart" "$figures" "$out/scale-chart.png" --note "$note" 2>/dev/null
    "$build/bin/scale_chart" "$figures" "$out/scale-memory.png" --memory --note "$note" 2>/dev/null
else
    echo "(no $build/bin/scale_chart: build the scale_chart target for the charts)"
fi
echo "figures: $out/scale-figures.csv"
exit "$failed"
