#!/bin/sh
# Import speed (issue 3 item 10, DESIGN §8): the demo's 1 M leads + 10 M events as CSV,
# imported by `leadstage import` into a new workspace, against the sqlite3 shell's
# `.import` of the same two files into plain tables, in the same run.
# Prints seconds and peak memory (KiB) of each. Usage: import_bench.sh BUILD_DIR [LEADS]
set -eu
build=${1:?usage: import_bench.sh BUILD_DIR [LEADS]}
leads=${2:-1000000}
leadstage="$build/bin/leadstage"
work=$(mktemp -d "${TMPDIR:-/tmp}/import_bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$leadstage" demo --leads "$leads" --csv "$work/csv" >/dev/null
ls -l "$work/csv"

echo "leadstage import:"
/usr/bin/time -f '%e s, peak %M KiB' "$leadstage" import "$work/w.leadstage" \
    --leads "$work/csv/leads.csv" --events "$work/csv/events.csv" >/dev/null

echo "sqlite3 .import:"
/usr/bin/time -f '%e s, peak %M KiB' sqlite3 "$work/plain.db" \
    ".mode csv" ".import $work/csv/leads.csv leads" ".import $work/csv/events.csv events"
