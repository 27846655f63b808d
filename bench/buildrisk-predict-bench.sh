#!/usr/bin/env bash
# Engine time of `mlgate buildrisk predict` in fresh processes, as bin/mlgate runs it.
#
#   bench/buildrisk-predict-bench.sh HISTORY MODEL REPO [RUNS] [-- MORE PREDICT OPTIONS]
#
# HISTORY, MODEL, REPO: a history file, a model directory trained on it (`mlgate buildrisk train`) and the git
# repository. Runs predict once to let bin/mlgate prepare its start-up cache for this build (not timed), then RUNS
# times (default 5) on HEAD with --branch master --time 2019-09-09T00:00:00Z unless options after -- say otherwise.
# Prints, per run, the load average (1, 5, 15 minutes) and predict's progress line: `engine N ms, M ms of CPU:`
# then each phase's wall/CPU milliseconds, and the `engine time ... from main() to reports written` line.
# The machine's load moves wall-clock figures a lot; compare CPU figures, and runs taken at the same load.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 3 ] || { sed -n '2,12p' "$0" >&2; exit 2; }
history=$1 model=$2 repo=$3
runs=${4:-5}
shift $(( $# >= 4 ? 4 : 3 ))
[ "${1:-}" = "--" ] && shift
opts=("$@")
[ ${#opts[@]} -gt 0 ] || opts=(--commit HEAD --branch master --time 2019-09-09T00:00:00Z)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
predict() {
  "$root/bin/mlgate" buildrisk predict --history "$history" --model "$model" --repo "$repo" "${opts[@]}" --out "$out" 2>&1
}
predict >/dev/null || { echo "predict failed:" >&2; predict >&2; exit 1; }
for i in $(seq "$runs"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load average[s]*: //')
  lines=$(predict | grep -E 'predict: risk|engine time' | sed 's/^mlgate: //' | tr '\n' ' ')
  echo "load $load | $lines"
done
