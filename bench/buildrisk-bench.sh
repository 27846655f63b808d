#!/usr/bin/env bash
# Feature-extraction throughput of `mlgate buildrisk features` on a real git repository.
#
#   bench/buildrisk-bench.sh [GIT_DIR] [BUILDS]
#
# GIT_DIR: a clone or bare repository (default: the jenkinsci/jenkins snapshot that the search tool's `fetch`
# brings to /work/.mirror/jenkinsci+jenkins/repo, about 70,000 commits, 23,000 on master's first-parent line).
# BUILDS: how many builds to feature: one push build for each of the newest BUILDS first-parent commits of the
# default branch (default 5000; 0 = every first-parent commit). Outcomes are made up from each sha (about 12%
# failed, 2% errored) so that failure features have work to do; only the speed is measured here. The history is
# written as `record` and `import` write one (times in UTC), so `predict` reads it as it reads theirs.
# Prints one line: repository, its commit count, builds, wall seconds, builds/s, builds per CPU-second, load.
# TRAIN=1: then also trains on those builds but the newest (`buildrisk train`, wall and user CPU seconds) and
# predicts the newest build's commit in PREDICTS (default 3) fresh processes, printing each one's engine time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
repo=${1:-/work/.mirror/jenkinsci+jenkins/repo}
n=${2:-5000}
git -C "$repo" rev-parse --git-dir >/dev/null
branch=$(git -C "$repo" symbolic-ref --short HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
  echo "id,commit,branch,status,started_at,duration,pull_request,event"
  TZ=UTC git -C "$repo" log --first-parent --reverse --date=format-local:%Y-%m-%dT%H:%M:%SZ --format='%H %cd' "$branch" | awk -v b="$branch" '{
    n++; c = substr($1, 1, 1); d = substr($1, 2, 1)
    s = (c == "0" || c == "1") ? "failed" : (c == "2" && d < "4") ? "errored" : "passed"
    print n "," $1 "," b "," s "," $2 ",600,,push" }'
} > "$work/all.csv"
if [ "$n" -gt 0 ]; then
  { head -1 "$work/all.csv"; tail -n "$n" "$work/all.csv"; } > "$work/history.csv"
else
  cp "$work/all.csv" "$work/history.csv"
fi
builds=$(($(wc -l < "$work/history.csv") - 1))
commits=$(git -C "$repo" rev-list --all --count)

"$root/bin/mlgate" buildrisk features --history "$work/history.csv" --repo "$repo" -o "$work/features.csv" \
  --out "$work/reports" -q --format json > "$work/report.json"
python3 - "$work/report.json" "$repo" "$commits" "$builds" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, sys
report, repo, commits, builds, load = sys.argv[1:]
d = json.load(open(report))["sections"][0]["data"]
print(f"{repo}: {commits} commits; {builds} builds ({d['builds']} featured, {d['missing_commits']} commit missing) "
      f"in {d['seconds']:.1f} s = {d['builds_per_second']} builds/s wall clock, "
      f"{d['builds_per_cpu_second']} builds per CPU-second; load average {load}")
PY

if [ "${TRAIN:-0}" = 1 ]; then
  head -n -1 "$work/history.csv" > "$work/train.csv"
  IFS=, read -r _ newest _ < <(tail -1 "$work/history.csv")
  TIMEFORMAT="train: $((builds - 1)) builds in %R s wall, %U s user CPU"
  time "$root/bin/mlgate" buildrisk train --history "$work/train.csv" --repo "$repo" --model "$work/model" \
    --out "$work/train-reports" -q > /dev/null
  for _ in $(seq "${PREDICTS:-3}"); do
    "$root/bin/mlgate" buildrisk predict --history "$work/train.csv" --model "$work/model" --repo "$repo" \
      --commit "$newest" --branch "$branch" --out "$work/predict-reports" 2>&1 | grep 'engine time'
  done
fi
