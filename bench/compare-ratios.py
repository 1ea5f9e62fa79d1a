#!/usr/bin/env python3
"""The regression check of bench/run-benchmarks.sh (issue 20, item 4).

Reads the `figure <key> <value> <unit>` lines the benchmark programs and the script
printed (any other line is ignored; a key printed several times counts by its median),
turns each figure of the issue's table into a ratio to a reference measured in the same
run, and compares each ratio with the one committed in the baseline for the same number
of leads. A ratio is a regression when it is more than TOLERANCE (15 %) above the
baseline's; ratios are "lower is better" throughout.

Exit status: 0 no regression, 1 a regression or a figure the baseline has was not
measured, 2 the files could not be read (or no baseline for this size, with --require).

  compare-ratios.py FIGURES --baseline bench/baseline.json --leads N [--update] [--machine TEXT]

Standard library only: the script runs wherever the benchmarks do.
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import sys
import tempfile

TOLERANCE = 0.15

# ratio key: (figure, reference, what the reference is). A reference is the key of a
# figure measured in the same run, or a number (a budget) where nothing measured scales
# with the figure.
RATIOS = {
    "import": ("import_s", "shell_import_s", "the sqlite3 shell's .import of the same two CSV files"),
    "score": ("score_s", "shell_sum_s", "the sqlite3 shell's plain per-lead sum (per-lead-sum.sql)"),
    "replay": ("replay_ms", "replay_ref_ms", "score_bench's plain pass over the loaded event columns"),
    "search": ("search_ms", "search_ref_ms", "explorer_bench's plain scan of every lead's searched text"),
    "search_stage": ("search_stage_ms", "search_ref_ms", "the same scan"),
    "open_dashboard": ("open_dashboard_ms", "events_pass_ms", "the sqlite3 shell's one pass over the events"),
    "gui_block": ("gui_block_ms", 16.0, "the 16 ms budget (a stall does not scale with a reference)"),
}

TO_MS = {"ms": 1.0, "s": 1000.0}


def read_figures(path):
    """key -> (median value in ms or in its own unit, unit)."""
    values = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.startswith("figure "):
                continue
            words = line.split()
            if len(words) != 4:
                raise ValueError(f"{path}:{number}: expected 'figure <key> <value> <unit>', got: {line.strip()}")
            _, key, value, unit = words
            try:
                number_value = float(value)
            except ValueError:
                raise ValueError(f"{path}:{number}: '{value}' is not a number") from None
            if unit in TO_MS:
                number_value, unit = number_value * TO_MS[unit], "ms"
            previous = values.setdefault(key, ([], unit))
            if previous[1] != unit:
                raise ValueError(f"{path}:{number}: {key} was in {previous[1]}, now in {unit}")
            previous[0].append(number_value)
    return {key: (statistics.median(found), unit) for key, (found, unit) in values.items()}


def ratios_of(figures):
    """ratio key -> (ratio, figure, reference) for every ratio whose two sides were measured."""
    ratios = {}
    for key, (figure_key, reference_key, _) in RATIOS.items():
        if figure_key not in figures:
            continue
        figure, unit = figures[figure_key]
        if isinstance(reference_key, float):
            reference = reference_key
        elif reference_key in figures and figures[reference_key][1] == unit:
            reference = figures[reference_key][0]
        else:
            continue
        if reference > 0:
            ratios[key] = (figure / reference, figure, reference)
    return ratios


def load_baseline(path):
    if not os.path.exists(path):
        return {"tolerance": TOLERANCE, "baselines": {}}
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def write_baseline(path, baseline):
    """Whole or not at all: a temporary file beside it, then renamed over it."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".baseline-", suffix=".json", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(baseline, file, indent=2, sort_keys=True)
            file.write("\n")
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def main():
    parser = argparse.ArgumentParser(description="Compare a benchmark run's ratios with the committed baseline.")
    parser.add_argument("figures", help="a file with 'figure <key> <value> <unit>' lines")
    parser.add_argument("--baseline", required=True, help="bench/baseline.json")
    parser.add_argument("--leads", required=True, type=int, help="the run's number of leads (baselines are per size)")
    parser.add_argument("--update", action="store_true", help="record this run's ratios as the baseline")
    parser.add_argument("--machine", default=None, help="what the run was measured on (for --update)")
    parser.add_argument("--update-hint", default="bench/run-benchmarks.sh LEADS --update-baseline",
                        help="the command that records a new baseline, printed after a regression")
    arguments = parser.parse_args()

    try:
        figures = read_figures(arguments.figures)
        baseline = load_baseline(arguments.baseline)
    except (OSError, ValueError) as problem:
        print(f"compare-ratios: {problem}", file=sys.stderr)
        return 2
    tolerance = float(baseline.get("tolerance", TOLERANCE))
    size = str(arguments.leads)
    recorded = baseline.get("baselines", {}).get(size)
    ratios = ratios_of(figures)

    print(f"Ratios to references measured in the same run ({arguments.leads} leads; lower is better; "
          f"a regression is more than {tolerance:.0%} above the baseline)")
    if recorded:
        print(f"baseline: {recorded.get('date', '?')}, {recorded.get('machine', '?')}")
    else:
        print(f"baseline: none recorded for {arguments.leads} leads in {arguments.baseline}")
    print(f"  {'ratio':<16}{'figure':>12}{'reference':>12}{'ratio':>9}{'baseline':>10}{'change':>9}  verdict")
    failures = []
    expected = (recorded or {}).get("ratios", {})
    for key, (figure_key, reference_key, _) in RATIOS.items():
        if key not in ratios:
            if key in expected:
                failures.append(key)
                print(f"  {key:<16}{'not measured':>24}{'':>9}{expected[key]:>10.3f}{'':>9}  "
                      f"MISSING ({figure_key} or its reference was not printed)")
            continue
        ratio, figure, reference = ratios[key]
        line = f"  {key:<16}{figure:>12.1f}{reference:>12.1f}{ratio:>9.3f}"
        if key in expected and expected[key] > 0:
            change = ratio / expected[key] - 1
            worse = ratio > expected[key] * (1 + tolerance) + 1e-12
            if worse:
                failures.append(key)
            line += f"{expected[key]:>10.3f}{change:>+9.1%}  {'WORSE' if worse else 'ok'}"
        else:
            line += f"{'-':>10}{'':>9}  new (no baseline)"
        print(line)
    print("  figure and reference in ms; the references:")
    for key, (_, _, what) in RATIOS.items():
        if key in ratios:
            print(f"    {key}: {what}")

    if arguments.update:
        entry = {
            "date": datetime.date.today().isoformat(),
            "machine": arguments.machine or f"{platform.node()}, {os.cpu_count()} cores",
            "ratios": {key: round(value[0], 4) for key, value in sorted(ratios.items())},
        }
        baseline.setdefault("baselines", {})[size] = entry
        baseline["tolerance"] = tolerance
        write_baseline(arguments.baseline, baseline)
        print(f"baseline for {arguments.leads} leads updated in {arguments.baseline}: commit it with the change "
              "that moved the figures, and say why in the commit message")
        return 0
    if failures:
        print(f"REGRESSION: {', '.join(failures)} worse than the baseline by more than {tolerance:.0%} "
              "(or not measured)")
        print(f"If the change is intended (a slower but right feature, another machine), record the new ratios "
              f"on purpose with:\n  {arguments.update_hint}\nand commit {arguments.baseline} with the reason.")
        return 1
    if not recorded:
        print(f"No baseline to compare with; record one with:\n  {arguments.update_hint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
