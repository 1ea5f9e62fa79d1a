#!/usr/bin/env bash
# A server workspace against its file (issue 21, item 6), in the same run on the same
# machine: the demo's leads and events CSVs imported into a new, empty workspace of each
# kind (`leadstage import`, whole command); then a throw-away PostgreSQL 15
# (tests/postgres/test-server.sh) gets a copy of a demo workspace, and a full rescore (`leadstage score --as-of`, a new date each run,
# so every row is written), the dashboard's numbers (`metrics --format json`) and the
# back-test (`evaluate`) run on the file and on the server in turn, RUNS times each.
# Prints each step's median time on both and their ratio; for the rescore also its load
# and lead_state write as the command reports them.
#
# The first server rescore after the copy reads the rows and packs them (the copy
# leaves the packed copies out); it is run once beforehand and not counted, as a
# file's first rescore after an import is not in the score row of the README.
#
# Usage: bench/team/server-bench.sh [LEADS=1000000] [BUILD_DIR=build]
#   RUNS       alternating runs of each step (default 3)
#   BENCH_DIR  scratch space (default /tmp/leadstage-team): the demo file, the server
set -euo pipefail

leads="${1:-1000000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${2:-$here/build}" && pwd)"
leadstage="$build/bin/leadstage"
work="${BENCH_DIR:-/tmp/leadstage-team}"
runs="${RUNS:-3}"
[[ -x "$leadstage" ]] || { echo "server-bench.sh: no $leadstage (build first)" >&2; exit 2; }
mkdir -p "$work"
server="$work/server"
file="$work/team.leadstage"

"$here/tests/postgres/test-server.sh" stop "$server" >/dev/null 2>&1 || true
uri="$("$here/tests/postgres/test-server.sh" start "$server")"
trap '"$here/tests/postgres/test-server.sh" stop "$server" >/dev/null 2>&1 || true' EXIT
address="$uri&schema=team_bench"

csv="$work/csv"
rm -rf "$csv"
"$leadstage" demo --leads "$leads" --csv "$csv" >/dev/null
imported="$work/imported.leadstage"
import_address="$uri&schema=team_import"

rm -f "$file" "$file"-*
"$leadstage" demo --leads "$leads" --out "$file" | tail -1
"$leadstage" workspace copy "$file" "$address" | head -1
"$leadstage" score "$address" --as-of 2025-09-30 >/dev/null # packs the copies, not counted

timings="$work/timings.csv"
echo "store,step,run,total_ms,load_ms,write_ms" >"$timings"
# One step on one store: the whole command's wall time, and the rescore's own split.
measure() {
    local store="$1" step="$2" run="$3" workspace="$4"
    shift 4
    local start end out
    start=$(date +%s%N)
    out=$("$leadstage" "$@" 2>&1) || { echo "$store $step failed: $out" >&2; exit 1; }
    end=$(date +%s%N)
    local load write
    load=$(sed -n 's/^Timings *load \([0-9]*\) ms.*/\1/p' <<<"$out")
    write=$(sed -n 's/.*write lead_state \([0-9]*\) ms.*/\1/p' <<<"$out")
    echo "$store,$step,$run,$(((end - start) / 1000000)),${load:-},${write:-}" >>"$timings"
}
# The import into a new, empty workspace: made before each run, not counted.
for run in $(seq 1 "$runs"); do
    for store in file server; do
        if [[ $store == file ]]; then
            rm -f "$imported" "$imported"-*
            destination="$imported"
        else
            PGOPTIONS=--client-min-messages=warning psql -q "$uri" -c "DROP SCHEMA IF EXISTS team_import CASCADE" >/dev/null
            "$leadstage" workspace create "$import_address" >/dev/null
            destination="$import_address"
        fi
        measure "$store" import "$run" "$destination" import "$destination" --leads "$csv/leads.csv" \
            --events "$csv/events.csv" --created-date column:created_at
    done
done

for run in $(seq 1 "$runs"); do
    day=$(printf '2025-10-%02d' "$run")
    for store in file server; do
        workspace="$file"
        [[ $store == server ]] && workspace="$address"
        measure "$store" score "$run" "$workspace" score "$workspace" --as-of "$day"
        measure "$store" metrics "$run" "$workspace" metrics "$workspace" --format json
        measure "$store" evaluate "$run" "$workspace" evaluate "$workspace"
    done
done

python3 - "$timings" "$leads" "$runs" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
def median(store, step, column):
    values = [int(r[column]) for r in rows if r['store'] == store and r['step'] == step and r[column]]
    return statistics.median(values) if values else None
print(f"\nServer workspace against its file, {int(sys.argv[2]):,} leads, median of {sys.argv[3]} alternating runs")
print("| step | file | server | server / file |")
print("| --- | --- | --- | --- |")
for step, column, label in [("import", "total_ms", "import leads and events into an empty workspace, whole command"),
                            ("score", "total_ms", "rescore, whole command"), ("score", "load_ms", "rescore: load"),
                            ("score", "write_ms", "rescore: write lead_state"), ("metrics", "total_ms", "metrics --format json"),
                            ("evaluate", "total_ms", "evaluate")]:
    f, s = median("file", step, column), median("server", step, column)
    pairs = ""
    if step == "import":
        f_runs = [int(r[column]) for r in rows if r["store"] == "file" and r["step"] == step]
        s_runs = [int(r[column]) for r in rows if r["store"] == "server" and r["step"] == step]
        pairs = " (run by run " + " / ".join(f"{b / a:.2f}" for a, b in zip(f_runs, s_runs)) + ")"
    print(f"| {label} | {f:.0f} ms | {s:.0f} ms | {s / f:.2f}{pairs} |")
EOF
echo "Each run's figures: $timings"
