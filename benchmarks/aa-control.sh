#!/usr/bin/env bash
# aa-control.sh — the suite's own noise floor, run after run: makes N quick runs back to back
# (default 20, each into results/aa-<start>/), then counts
#   - the runs whose A/A control (a configuration against its own twin) holds 1 in its interval,
#   - the paired ratios of each two consecutive runs that agree: within 5 %, or intervals that overlap,
#   - per block of 8 iterations, how much the A/A log ratio's block mean spreads from run to run over
#     its own standard error (from each run's results.json; about 1 once a fork has settled),
# each count for all runs and for the runs with no disturbed point (steal, foreign CPU: results.csv).
# Usage: benchmarks/aa-control.sh [RUNS] [launcher options ...]
#        benchmarks/aa-control.sh --summary results/aa-<start>    (counts again, measures nothing)
#   default options: --workload fib --engine sequential,platform-pool,virtual,fork-join,process-pool --threads 1,2
# Needs python3 to read the runs' ratios.csv and results.csv. Run it on a quiet machine, alone.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null 2>&1 || { echo "aa-control.sh: needs python3 to read ratios.csv" >&2; exit 2; }
summarize() {
python3 - "$1" <<'PY'
import csv, json, math, pathlib, statistics, sys
root = pathlib.Path(sys.argv[1])
runs = sorted(p for p in root.iterdir() if (p / "ratios.csv").is_file())
if not runs:
    sys.exit(f"aa-control.sh: no run folder with a ratios.csv in {root}")
def ratios(run):
    with open(run / "ratios.csv", newline="") as f:
        return {(r["group"], r["kind"], r["config"], r["baseline"]): (float(r["ratio"]), float(r["low"]), float(r["high"]))
                for r in csv.DictReader(f) if r["paired"] == "true"}
def disturbed(run):
    if not (run / "results.csv").is_file():
        return None
    with open(run / "results.csv", newline="") as f:
        return sum(r.get("disturbed") == "true" for r in csv.DictReader(f))
tables = [ratios(run) for run in runs]
counts = [disturbed(run) for run in runs]
known = None not in counts
quiet = [count == 0 for count in counts]
holds = {True: 0, False: 0}
total = {True: 0, False: 0}
for run, table, calm, count in zip(runs, tables, quiet, counts):
    note = ("" if count is None else "  (no point disturbed)" if count == 0
            else f"  ({count} point{'s' if count > 1 else ''} disturbed)")
    for key, (ratio, low, high) in table.items():
        if key[1] == "a/a":
            ok = low <= 1 <= high
            total[calm] += 1
            holds[calm] += ok
            print(f"{run.name}  A/A {key[0]}: {ratio:.4f} [{low:.4f}, {high:.4f}]{'' if ok else '  excludes 1'}{note}")
def share(part, whole):
    return f"{part} of {whole}" + (f" ({100 * part / whole:.1f} %)" if whole else "")
print(f"Runs with no disturbed point: {sum(quiet)} of {len(runs)}" if known
      else "Disturbed points unknown: a run folder has no results.csv")
print(f"A/A intervals holding 1: {share(holds[True] + holds[False], total[True] + total[False])}"
      + (f"; in runs with no disturbed point: {share(holds[True], total[True])}" if known else ""))
agree = {True: 0, False: 0}
pairs = {True: 0, False: 0}
for (before, after), calm in zip(zip(tables, tables[1:]), (a and b for a, b in zip(quiet, quiet[1:]))):
    for key in before.keys() & after.keys():
        (r1, l1, h1), (r2, l2, h2) = before[key], after[key]
        pairs[calm] += 1
        agree[calm] += abs(r2 / r1 - 1) <= 0.05 or (l1 <= h2 and l2 <= h1)
print("Consecutive runs' paired ratios that agree (within 5 % or overlapping): "
      f"{share(agree[True] + agree[False], pairs[True] + pairs[False])}"
      + (f"; of two runs with no disturbed point: {share(agree[True], pairs[True])}" if known else ""))
def pearson(xs, ys):
    mx, my = statistics.mean(xs), statistics.mean(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return cov / math.sqrt(sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))
# The A/A log ratio of each iteration, from results.json: per block of 8 iterations, how much more the
# block's mean moves from run to run than its own iterations allow (about 1 where the runs are settled).
series = []
for run, table in zip(runs, tables):
    twins = [(key[2], key[3]) for key in table if key[1] == "a/a"]
    if not (run / "results.json").is_file() or len(twins) != 1:
        continue
    metrics = json.loads((run / "results.json").read_text())[0]["secondaryMetrics"]
    config, baseline = (metrics["\u00b7batch:" + name]["rawData"][0] for name in twins[0])
    series.append([math.log(b / c) for c, b in zip(config, baseline)])
if len(series) >= 3 and min(map(len, series)) >= 16:
    length = min(map(len, series))
    spreads = []
    for start in range(0, length - 7, 8):
        means = [statistics.mean(s[start:start + 8]) for s in series]
        within = statistics.mean(statistics.variance(s[start:start + 8]) / 8 for s in series)
        spreads.append(f"{start + 1}-{start + 8}: {statistics.stdev(means) / math.sqrt(within):.2f}")
    print(f"A/A block means' spread from run to run over their own standard error, iterations {'; '.join(spreads)}")
    blocks = [[statistics.mean(s[i * length // 8:(i + 1) * length // 8]) for i in range(8)] for s in series]
    errors = [statistics.stdev(b) / math.sqrt(8) for b in blocks]
    estimates = [statistics.mean(s[:length]) for s in series]
    print(f"A/A estimates' spread from run to run over their own standard error (8 blocks of iterations): "
          f"{statistics.stdev(estimates) / math.sqrt(statistics.mean(e * e for e in errors)):.2f}")
    first = [statistics.mean(s[:8]) for s in series]
    rest = [statistics.mean(s[8:length]) for s in series]
    print(f"correlation, run to run, of the A/A mean over iterations 1-8 with that over the rest: "
          f"{pearson(first, rest):.2f}")
PY
}
if [[ ${1:-} == --summary ]]; then
  [[ -d ${2:-} ]] || { echo "aa-control.sh: --summary needs the folder of an earlier run, got \"${2:-}\"" >&2; exit 2; }
  summarize "$2"
  exit
fi
runs=${1:-20}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "aa-control.sh: RUNS must be a whole number >= 1, got \"$runs\"" >&2; exit 2; }
shift || true
options=("$@")
(( ${#options[@]} )) || options=(--workload fib --engine sequential,platform-pool,virtual,fork-join,process-pool
  --threads 1,2)
root="results/aa-$(date -u +%Y-%m-%dT%H-%M-%S)"
mkdir -p "$root"
for i in $(seq 1 "$runs"); do
  echo "aa-control.sh: run $i of $runs: ./run-benchmarks.sh ${options[*]} --results-dir $root" >&2
  ./run-benchmarks.sh "${options[@]}" --results-dir "$root" > "$root/run-$i.log" 2>&1 \
    || { echo "aa-control.sh: run $i failed, see $root/run-$i.log" >&2; exit 1; }
done
summarize "$root"
