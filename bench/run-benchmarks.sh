#!/usr/bin/env bash
# The performance figures in README.md, measured on data made by LeadStage's own demo
# generator and, where there is a fair comparison, beside the sqlite3 shell in the same run.
#
# Usage: bench/run-benchmarks.sh [--quick] [--update-baseline] [--baseline FILE] [LEADS=1000000] [BUILD_DIR=build]
#        bench/run-benchmarks.sh --compare FIGURES [--baseline FILE] [--update-baseline] LEADS
#
# Needs a Release build (./leadstage.sh test or cmake --build build). Writes ~3 GB to
# $BENCH_DIR (default /tmp/leadstage-bench).
#
# Nothing gets slower unnoticed (issue 20): the figures of the issue's table are printed
# as ratios to references measured in the same run (bench/README.md) and compared with
# bench/baseline.json's ratios for the same number of leads; the script exits 1 when one
# is more than 15 % worse, 0 otherwise.
#   --quick            100 000 leads and only the sections behind the ratios (a few minutes)
#   --update-baseline  record this run's ratios in the baseline on purpose (then commit it)
#   --baseline FILE    compare with FILE instead of bench/baseline.json
#   --compare FIGURES  measure nothing: compare the `figure` lines of a saved run's output
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quick=0
update=()
baseline="$here/bench/baseline.json"
compare_only=""
positional=()
while (($#)); do
    case "$1" in
    --quick) quick=1 ;;
    --update-baseline) update=(--update) ;;
    --baseline) baseline="$2"; shift ;;
    --compare) compare_only="$2"; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run-benchmarks.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) positional+=("$1") ;;
    esac
    shift
done
default_leads=1000000 quick_option="" runs_of_dashboard=2
if ((quick)); then
    default_leads=100000 quick_option=" --quick" runs_of_dashboard=1
fi
leads="${positional[0]:-$default_leads}"
again="bench/run-benchmarks.sh$quick_option $leads --update-baseline"
if [[ "$baseline" != "$here/bench/baseline.json" ]]; then
    again+=" --baseline $baseline"
fi

# The ratios against the baseline: the script's exit status.
compare() {
    command -v python3 >/dev/null || { echo "run-benchmarks.sh: python3 is needed to compare the ratios" >&2; exit 2; }
    python3 "$here/bench/compare-ratios.py" "$1" --baseline "$baseline" --leads "$leads" "${update[@]}" \
        --machine "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(($(awk '/MemTotal/ { print $2 }' /proc/meminfo) / 1048576)) GB" \
        --update-hint "$again"
}
if [[ -n "$compare_only" ]]; then
    [[ -f "$compare_only" ]] || { echo "run-benchmarks.sh: no file $compare_only" >&2; exit 2; }
    compare "$compare_only"
    exit
fi

build="$(cd "${positional[1]:-$here/build}" && pwd)"
work="${BENCH_DIR:-/tmp/leadstage-bench}"
leadstage="$build/bin/leadstage"
mkdir -p "$work"
# Every `figure <key> <value> <unit>` line of this run, the script's and the programs'.
figures="$work/figures.txt"
: >"$figures"

# Runs a command, prints "label: seconds s, peak memory MB"; leaves them in $seconds and $megabytes.
measure() {
    local label="$1"
    shift
    local log="$work/time.log"
    /usr/bin/time -f '%e %M' -o "$log" "$@" >"$work/last.out" 2>&1 || { cat "$work/last.out"; exit 1; }
    local kilobytes
    read -r seconds kilobytes <"$log"
    megabytes=$((kilobytes / 1024))
    printf '%-58s %8.2f s  %7d MB\n' "$label" "$seconds" "$megabytes"
}

# Keeps a figure of the run (the measure line above it shows it): figure KEY VALUE UNIT.
figure() {
    echo "figure $1 $2 $3" >>"$figures"
}

# Runs a benchmark program, its output indented; keeps the figure lines it prints.
program() {
    "$@" | tee "$work/program.out" | sed 's/^/    /'
    grep '^figure ' "$work/program.out" >>"$figures" || true
}

echo "LeadStage benchmarks: $leads leads, $(nproc) cores, $(date -u +%Y-%m-%d)${quick_option:+, quick: only the sections behind the ratios}"
echo

rm -rf "$work/csv" "$work/demo.leadstage" "$work/demo.leadstage-wal" "$work/demo.leadstage-shm"
measure "demo generator -> CSV files" "$leadstage" demo --leads "$leads" --csv "$work/csv"
events=$(($(wc -l <"$work/csv/events.csv") - 1))
echo "    ($leads leads, $events events, $(du -sm "$work/csv" | cut -f1) MB of CSV)"
measure "demo generator -> workspace (generate, write, score)" "$leadstage" demo --leads "$leads" --out "$work/demo.leadstage"
echo "    ($(du -m "$work/demo.leadstage" | cut -f1) MB workspace)"

echo
echo "Scoring (issue 4): full rescore in memory beside a plain pass over the same event columns, then"
echo "the whole command and sqlite3's plain sum, three runs each, alternating"
program "$build/bin/score_bench" "$work/demo.leadstage" 5
for run in 1 2 3; do
    measure "leadstage score (read events, replay, write lead_state)" "$leadstage" score "$work/demo.leadstage"
    figure score_s "$seconds" s
    grep -E "Timings" "$work/last.out" | sed 's/^/    /'
    measure "sqlite3 shell: plain per-lead sum of points (no order/decay)" \
        sqlite3 "$work/demo.leadstage" ".read $here/bench/scoring/per-lead-sum.sql"
    figure shell_sum_s "$seconds" s
done

echo
echo "Dashboard (issue 5): the sqlite3 shell's one pass over the events (the reference of opening), three runs"
for run in 1 2 3; do
    measure "sqlite3 shell: one pass over the events" \
        sqlite3 "$work/demo.leadstage" "SELECT count(*), sum(occurred_at) FROM events"
    figure events_pass_ms "$(awk -v s="$seconds" 'BEGIN { print s * 1000 }')" ms
done
if ((!quick)); then
    echo "Dashboard numbers: snapshot load, then a full recompute after each filter change"
    program "$build/bin/metrics_bench" "$work/demo.leadstage" --runs 5
fi
echo "The dashboard widget itself (offscreen): time until the new numbers are on screen, longest GUI-thread block"
program "$build/bin/dashboard_bench" "$work/demo.leadstage" --runs "$runs_of_dashboard" 2>/dev/null
echo "Opening the workspace in the main window (issue 20, offscreen): until the dashboard is drawn, warm"
echo "(and, in a full run, cold: the file dropped from the page cache first)"
program "$build/bin/open_bench" "$work/demo.leadstage" --runs 5 2>/dev/null
if ((!quick)); then
    "$build/bin/open_bench" "$work/demo.leadstage" --runs 3 --cold 2>/dev/null | grep -v '^figure ' | sed 's/^/    /'
fi
echo "The longest GUI-thread block while opening, filtering, sorting, searching, a what-if edit and an import"
echo "of the demo's CSV files for 20 000 leads (issue 20: 16 ms), in the main window offscreen, on a copy"
rm -rf "$work/csv-20k"
"$leadstage" demo --leads 20000 --csv "$work/csv-20k" >/dev/null
program "$build/bin/stall_bench" "$work/demo.leadstage" --runs 1 --import "$work/csv-20k/leads.csv,$work/csv-20k/events.csv" \
    2>/dev/null
rm -rf "$work/csv-20k"

echo
echo "Lead explorer (issue 5): the ordered id list and first page, every column cold and cached; the"
echo "searches beside a plain scan of the text they search"
program "$build/bin/explorer_bench" "$work/demo.leadstage"

echo
echo "Import (issue 3): the demo's leads + events CSV files into a new workspace (parse, dates, matching,"
echo "duplicate-proof insert, one transaction, then the touched leads rescored), beside the sqlite3 shell's"
echo ".import of the same two files into plain tables (no parsing, matching or indexes); three runs each, alternating"
remove_imports() {
    rm -f "$work/import.leadstage" "$work/import.leadstage-wal" "$work/import.leadstage-shm" \
        "$work/import.leadstage-journal" "$work/plain.db"
}
for run in 1 2 3; do
    remove_imports
    measure "leadstage import (leads + events)" "$leadstage" import "$work/import.leadstage" \
        --leads "$work/csv/leads.csv" --events "$work/csv/events.csv"
    figure import_s "$seconds" s
    figure import_peak_mb "$megabytes" MB
    measure "sqlite3 shell: .import of the same two files" sqlite3 "$work/plain.db" ".mode csv" \
        ".import $work/csv/leads.csv leads" ".import $work/csv/events.csv events"
    figure shell_import_s "$seconds" s
done
remove_imports

if ((!quick)); then
    echo
    echo "Live what-if (issue 6): a draft beside the active model after each edit, on a demo of min(LEADS, 100 000)"
    echo "leads (the budget is 300 ms on 100 k), and the sqlite3 shell counting leads over two IQL thresholds"
    echo "from a plain per-lead sum on the same file (no order, decay, triggers or metrics: a lower bound for SQL)"
    whatif_leads=$((leads < 100000 ? leads : 100000))
    whatif_file="$work/whatif-$whatif_leads.leadstage"
    rm -f "$whatif_file" "$whatif_file-wal" "$whatif_file-shm"
    "$leadstage" demo --leads "$whatif_leads" --out "$whatif_file" >/dev/null
    program "$build/bin/whatif_bench" "$whatif_file" --runs 5
    program "$build/bin/whatif_panel_bench" "$whatif_file" --runs 3 2>/dev/null
    echo "Threshold from capacity (issue 17): the back-test, the peaks replay and the capacity curve on the same file"
    program "$build/bin/threshold_bench" "$whatif_file" --runs 3
    measure "sqlite3 shell: leads at IQL 25 and at 30 from a plain per-lead sum" \
        sqlite3 "$whatif_file" ".read $here/bench/scoring/per-lead-sum.sql" \
        "SELECT SUM(points >= 25), SUM(points >= 30) FROM lead_points"

    echo
    echo "Back-test and model comparison (issue 17): loading apart, then one model (budget 2 s) and two models"
    echo "(budget 3 s) as of the default date, at IQL and MQL entry, and the snapshot"
    program "$build/bin/evaluate_bench" "$work/demo.leadstage" --runs 3
    measure "leadstage evaluate, two models (loading included)" "$leadstage" evaluate "$work/demo.leadstage" \
        --model active --model active --format json
    echo "Suggested points (issue 17): both windows' back-tests, the rules' features from the replay, the"
    echo "regression and the validation AUCs on the demo (the budget is 10 s on 1 M leads); loading apart"
    program "$build/bin/suggest_bench" "$work/demo.leadstage" --runs 3

    echo
    echo "Quarterly report (issue 18): the whole command per format (budget 3 s on 1 M leads), beside"
    echo "leadstage metrics and the sqlite3 shell's plain pass over the events in the same run"
    "$here/bench/report/report-bench.sh" "$work/demo.leadstage" 2025Q4 5 "$build" | sed 's/^/    /'
fi

echo
echo "The figure lines of this run are in $figures: compare them again with --compare $figures"
compare "$figures"
