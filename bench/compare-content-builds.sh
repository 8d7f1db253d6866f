#!/usr/bin/env bash
# Alternates built extensions on the typical page and prints, per build and round, the medians of the content
# script's tasks as the trace shows them: its evaluation, the port's answer, any other script task (a save's reply, a
# timer's tick), the paint frames, and the benchmark's own two totals (tasks, whole).
#
#   bench/compare-content-builds.sh ROUNDS DIST_A DIST_B ...
#
# Each DIST is a copy of a built dist/ (npm run build, then cp -r dist /somewhere). The builds take turns in dist/, so
# every round sees about the same machine load; dist/ is left holding the last build given.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1
shift
for round in $(seq 1 "$rounds"); do
  for build in "$@"; do
    rm -rf dist && cp -r "$build" dist
    out=$(ONLY_PAGE=typical ONLY_EXTENSION=1 RUNS="${RUNS:-9}" DEBUG_TRACE=2 npm run -s bench:content-script 2>&1)
    printf '%s\n' "$out" | python3 -c '
import re, statistics, sys
build, rnd, load = sys.argv[1:4]
evaluation, answer, frames, other, loads = [], [], [], 0.0, 0
totals = []
next_is_answer = False
for line in sys.stdin:
    if "| typical" in line:
        totals.append(line.split("|")[4].strip())
    m = re.match(r"\s+\+(\d+) ms (script|frame ) ([\d.]+)", line)
    if not m:
        continue
    at, kind, ms = int(m.group(1)), m.group(2).strip(), float(m.group(3))
    if kind == "frame":
        frames.append(ms)
    elif at == 0:
        evaluation.append(ms)
        loads += 1
        next_is_answer = True
    elif next_is_answer and "FunctionCall" in line:
        answer.append(ms)
        next_is_answer = False
    else:
        other += ms
med = lambda xs: statistics.median(xs) if xs else float("nan")
joined = " / ".join(totals)
print(f"{build} round {rnd} (load {load}): evaluation {med(evaluation):.2f}, answer {med(answer):.2f}, "
      f"other {other / max(loads, 1):.2f} per load, frames {med(frames):.2f} | tasks / whole: {joined}")
' "$build" "$round" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
