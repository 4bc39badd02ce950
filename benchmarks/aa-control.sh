#!/usr/bin/env bash
# aa-control.sh — the suite's own noise floor, run after run: makes N quick runs back to back
# (default 20, each into results/aa-<start>/), then counts
#   - the runs whose A/A control (a configuration against its own twin) holds 1 in its interval,
#   - the paired ratios of each two consecutive runs that agree: within 5 %, or intervals that overlap.
# Usage: benchmarks/aa-control.sh [RUNS] [launcher options ...]
#   default options: --workload fib --engine sequential,platform-pool,virtual,fork-join,process-pool --threads 1,2
# Needs python3 to read the runs' ratios.csv. Run it on a quiet machine, alone.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "aa-control.sh: RUNS must be a whole number >= 1, got \"$runs\"" >&2; exit 2; }
shift || true
options=("$@")
(( ${#options[@]} )) || options=(--workload fib --engine sequential,platform-pool,virtual,fork-join,process-pool
  --threads 1,2)
command -v python3 >/dev/null 2>&1 || { echo "aa-control.sh: needs python3 to read ratios.csv" >&2; exit 2; }
root="results/aa-$(date -u +%Y-%m-%dT%H-%M-%S)"
mkdir -p "$root"
for i in $(seq 1 "$runs"); do
  echo "aa-control.sh: run $i of $runs: ./run-benchmarks.sh ${options[*]} --results-dir $root" >&2
  ./run-benchmarks.sh "${options[@]}" --results-dir "$root" > "$root/run-$i.log" 2>&1 \
    || { echo "aa-control.sh: run $i failed, see $root/run-$i.log" >&2; exit 1; }
done
python3 - "$root" <<'PY'
import csv, pathlib, sys
root = pathlib.Path(sys.argv[1])
runs = sorted(p for p in root.iterdir() if (p / "ratios.csv").is_file())
def ratios(run):
    with open(run / "ratios.csv", newline="") as f:
        return {(r["group"], r["kind"], r["config"], r["baseline"]): (float(r["ratio"]), float(r["low"]), float(r["high"]))
                for r in csv.DictReader(f) if r["paired"] == "true"}
tables = [ratios(run) for run in runs]
holds = total = 0
for run, table in zip(runs, tables):
    for key, (ratio, low, high) in table.items():
        if key[1] == "a/a":
            total += 1
            ok = low <= 1 <= high
            holds += ok
            print(f"{run.name}  A/A {key[0]}: {ratio:.4f} [{low:.4f}, {high:.4f}]{'' if ok else '  excludes 1'}")
print(f"A/A intervals holding 1: {holds} of {total} ({len(runs)} runs)")
agree = pairs = 0
for before, after in zip(tables, tables[1:]):
    for key in before.keys() & after.keys():
        (r1, l1, h1), (r2, l2, h2) = before[key], after[key]
        pairs += 1
        agree += abs(r2 / r1 - 1) <= 0.05 or (l1 <= h2 and l2 <= h1)
print(f"Consecutive runs' paired ratios that agree (within 5 % or overlapping): {agree} of {pairs}"
      f" ({100 * agree / max(pairs, 1):.1f} %)")
PY
