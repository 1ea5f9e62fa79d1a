#!/usr/bin/env bash
# The performance figures in README.md, measured on data made by LeadStage's own demo
# generator and, where there is a fair comparison, beside the sqlite3 shell in the same run.
#
# Usage: bench/run-benchmarks.sh [LEADS=1000000] [BUILD_DIR=build]
# Needs a Release build (./leadstage.sh test or cmake --build build). Writes ~3 GB to
# $BENCH_DIR (default /tmp/leadstage-bench).
set -euo pipefail

leads="${1:-1000000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${2:-$here/build}" && pwd)"
work="${BENCH_DIR:-/tmp/leadstage-bench}"
leadstage="$build/bin/leadstage"
mkdir -p "$work"

# Runs a command, prints "label: seconds s, peak memory MB".
measure() {
    local label="$1"
    shift
    local log="$work/time.log"
    /usr/bin/time -f '%e %M' -o "$log" "$@" >"$work/last.out" 2>&1 || { cat "$work/last.out"; exit 1; }
    read -r seconds kilobytes <"$log"
    printf '%-58s %8.1f s  %7d MB\n' "$label" "$seconds" "$((kilobytes / 1024))"
}

echo "LeadStage benchmarks: $leads leads, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo

rm -rf "$work/csv" "$work/demo.leadstage" "$work/demo.leadstage-wal" "$work/demo.leadstage-shm"
measure "demo generator -> CSV files" "$leadstage" demo --leads "$leads" --csv "$work/csv"
events=$(($(wc -l <"$work/csv/events.csv") - 1))
echo "    ($leads leads, $events events, $(du -sm "$work/csv" | cut -f1) MB of CSV)"
measure "demo generator -> workspace (generate, write, score)" "$leadstage" demo --leads "$leads" --out "$work/demo.leadstage"
echo "    ($(du -m "$work/demo.leadstage" | cut -f1) MB workspace)"

echo
echo "Scoring (issue 4): full rescore in memory, the whole command, and sqlite3's plain sum"
"$build/bin/score_bench" "$work/demo.leadstage" 5 | sed 's/^/    /'
measure "leadstage score (read events, replay, write lead_state)" "$leadstage" score "$work/demo.leadstage"
grep -E "Timings" "$work/last.out" | sed 's/^/    /'
measure "sqlite3 shell: plain per-lead sum of points (no order/decay)" \
    sqlite3 "$work/demo.leadstage" ".read $here/bench/scoring/per-lead-sum.sql"

echo
echo "Dashboard numbers (issue 5): snapshot load, then a full recompute after each filter change"
"$build/bin/metrics_bench" "$work/demo.leadstage" --runs 5 | sed 's/^/    /'
echo "The dashboard widget itself (offscreen): time until the new numbers are on screen, longest GUI-thread block"
"$build/bin/dashboard_bench" "$work/demo.leadstage" --runs 2 2>/dev/null | sed 's/^/    /'
echo "Opening the workspace in the main window (issue 20, offscreen): until the dashboard is drawn, warm and cold"
"$build/bin/open_bench" "$work/demo.leadstage" --runs 5 2>/dev/null | sed 's/^/    /'
"$build/bin/open_bench" "$work/demo.leadstage" --runs 3 --cold 2>/dev/null | sed 's/^/    /'
echo "The longest GUI-thread block while opening, filtering, sorting, searching, a what-if edit and an import"
echo "of the demo's CSV files for 20 000 leads (issue 20: 16 ms), in the main window offscreen, on a copy"
rm -rf "$work/csv-20k"
"$leadstage" demo --leads 20000 --csv "$work/csv-20k" >/dev/null
"$build/bin/stall_bench" "$work/demo.leadstage" --runs 1 --import "$work/csv-20k/leads.csv,$work/csv-20k/events.csv" \
    2>/dev/null | sed 's/^/    /'
rm -rf "$work/csv-20k"

echo
echo "Lead explorer (issue 5): the ordered id list and first page, every column cold and cached"
"$build/bin/explorer_bench" "$work/demo.leadstage" | sed 's/^/    /'

echo
echo "Import (issue 3): the demo's leads + events CSV files into a new workspace (parse, dates, matching,"
echo "duplicate-proof insert, one transaction, then the touched leads rescored), beside the sqlite3 shell's"
echo ".import of the same two files into plain tables (no parsing, matching or indexes)"
rm -f "$work/import.leadstage" "$work/import.leadstage-wal" "$work/import.leadstage-shm" "$work/import.leadstage-journal" "$work/plain.db"
measure "leadstage import (leads + events)" "$leadstage" import "$work/import.leadstage" \
    --leads "$work/csv/leads.csv" --events "$work/csv/events.csv"
measure "sqlite3 shell: .import of the same two files" sqlite3 "$work/plain.db" ".mode csv" \
    ".import $work/csv/leads.csv leads" ".import $work/csv/events.csv events"
rm -f "$work/import.leadstage" "$work/import.leadstage-wal" "$work/import.leadstage-shm" "$work/import.leadstage-journal" "$work/plain.db"

echo
echo "Live what-if (issue 6): a draft beside the active model after each edit, on a demo of min(LEADS, 100 000)"
echo "leads (the budget is 300 ms on 100 k), and the sqlite3 shell counting leads over two IQL thresholds"
echo "from a plain per-lead sum on the same file (no order, decay, triggers or metrics: a lower bound for SQL)"
whatif_leads=$((leads < 100000 ? leads : 100000))
whatif_file="$work/whatif-$whatif_leads.leadstage"
rm -f "$whatif_file" "$whatif_file-wal" "$whatif_file-shm"
"$leadstage" demo --leads "$whatif_leads" --out "$whatif_file" >/dev/null
"$build/bin/whatif_bench" "$whatif_file" --runs 5 | sed 's/^/    /'
"$build/bin/whatif_panel_bench" "$whatif_file" --runs 3 2>/dev/null | sed 's/^/    /'
echo "Threshold from capacity (issue 17): the back-test, the peaks replay and the capacity curve on the same file"
"$build/bin/threshold_bench" "$whatif_file" --runs 3 | sed 's/^/    /'
measure "sqlite3 shell: leads at IQL 25 and at 30 from a plain per-lead sum" \
    sqlite3 "$whatif_file" ".read $here/bench/scoring/per-lead-sum.sql" \
    "SELECT SUM(points >= 25), SUM(points >= 30) FROM lead_points"

echo
echo "Back-test and model comparison (issue 17): loading apart, then one model (budget 2 s) and two models"
echo "(budget 3 s) as of the default date, at IQL and MQL entry, and the snapshot"
"$build/bin/evaluate_bench" "$work/demo.leadstage" --runs 3 | sed 's/^/    /'
measure "leadstage evaluate, two models (loading included)" "$leadstage" evaluate "$work/demo.leadstage" \
    --model active --model active --format json
echo "Suggested points (issue 17): both windows' back-tests, the rules' features from the replay, the"
echo "regression and the validation AUCs on the demo (the budget is 10 s on 1 M leads); loading apart"
"$build/bin/suggest_bench" "$work/demo.leadstage" --runs 3 | sed 's/^/    /'

echo
echo "Quarterly report (issue 18): the whole command per format (budget 3 s on 1 M leads), beside"
echo "leadstage metrics and the sqlite3 shell's plain pass over the events in the same run"
"$here/bench/report/report-bench.sh" "$work/demo.leadstage" 2025Q4 5 "$build" | sed 's/^/    /'
