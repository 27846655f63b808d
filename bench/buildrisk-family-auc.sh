#!/usr/bin/env bash
# ROC AUC of the risks on each project's test builds (`evaluate --split time:0.7`) for one family chosen on validation
# (auto), each family alone (logistic, xgboost), the average of those two families' calibrated risks (after the fact),
# and the default model (both: the two families averaged before the calibration), beside the previous-outcome
# baseline's; then the medians over the projects.
#
#   bench/buildrisk-family-auc.sh CLONES_DIR OWNER@REPO.csv ...
#
# Each history file is named after its project (OWNER@REPO.csv, as bench/buildrisk-travistorrent.sh and
# ../shared/data/buildrisk write them); CLONES_DIR holds each repository as CLONES_DIR/OWNER+REPO/repo (the layout
# of the search tool's `fetch`). Scores go to a temporary folder, or to SCORES_DIR when set. Needs python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
clones=$1
shift
out=${SCORES_DIR:-$(mktemp -d)}
mkdir -p "$out"
for h in "$@"; do
  n=$(basename "$h" .csv)
  for fam in auto logistic xgboost both; do
    "$root/bin/mlgate" buildrisk evaluate --history "$h" --repo "$clones/${n/@/+}/repo" --split time:0.7 \
      --family "$fam" --scores "$out/$n.$fam.csv" --out "$out/reports" -q > /dev/null 2>&1 \
      || { echo "$n: evaluate --family $fam failed" >&2; rm -f "$out/$n".*.csv; break; }
  done
done
python3 - "$out" <<'PY'
import csv, glob, os, statistics, sys
def auc(scores, broken):
    pairs = sorted(zip(scores, broken)); n = len(pairs); pos = sum(broken); neg = n - pos
    if pos == 0 or neg == 0:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < n:
        j = i
        while j + 1 < n and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        rank_sum += ((i + j) / 2 + 1) * sum(1 for k in range(i, j + 1) if pairs[k][1])
        i = j + 1
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)
rows = []
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.auto.csv"))):
    n = os.path.basename(f)[:-len(".auto.csv")]
    d = {fam: list(csv.DictReader(open(os.path.join(sys.argv[1], f"{n}.{fam}.csv"))))
         for fam in ("auto", "logistic", "xgboost", "both")}
    y = [int(x["broken"]) for x in d["auto"]]
    r = {fam: [float(x["risk"]) for x in d[fam]] for fam in d}
    avg = [(a + b) / 2 for a, b in zip(r["logistic"], r["xgboost"])]
    row = (n, auc(r["auto"], y), auc(r["logistic"], y), auc(r["xgboost"], y), auc(avg, y),
           auc([int(x["baseline_call"]) for x in d["auto"]], y), auc(r["both"], y))
    if any(a != a for a in row[1:]):
        print(f"{n}: no broken or no passing test build, left out")
        continue
    rows.append(row)
    print(f"{n}: auto {row[1]:.3f}, logistic {row[2]:.3f}, xgboost {row[3]:.3f}, average {row[4]:.3f}, "
          f"both {row[6]:.3f}, baseline {row[5]:.3f}")
if rows:
    for k, name in enumerate(("auto", "logistic", "xgboost", "average", "baseline", "both"), 1):
        print(f"median ROC AUC over {len(rows)} projects, {name}: {statistics.median(r[k] for r in rows):.3f}")
    print(f"average above auto on {sum(r[4] > r[1] + 1e-9 for r in rows)}, below on {sum(r[4] < r[1] - 1e-9 for r in rows)}")
    print(f"both above auto on {sum(r[6] > r[1] + 1e-9 for r in rows)}, below on {sum(r[6] < r[1] - 1e-9 for r in rows)}")
PY
