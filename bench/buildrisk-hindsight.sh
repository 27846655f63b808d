#!/usr/bin/env bash
# How far any risk threshold could have taken the model's calls on an evaluation's test builds, chosen with
# hindsight (on the test builds themselves, which no real threshold can be): the best F1 on broken builds over every
# cut of the risks, beside the model's own calls and the previous-outcome baseline's.
#
#   bench/buildrisk-hindsight.sh SCORES.csv
#
# SCORES.csv: written by `mlgate buildrisk evaluate --scores SCORES.csv` (columns id, commit, branch, status, broken,
# risk, model_call, baseline_call, ...). Prints one line: test builds and broken ones, the model's F1, the baseline's
# F1, and the hindsight-best F1 with its cut and number of calls. Needs awk and sort.
set -euo pipefail
[ $# -eq 1 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
[ -f "$1" ] || { echo "no such file: $1" >&2; exit 2; }
f1() { awk -v tp="$1" -v fp="$2" -v fn="$3" 'BEGIN { d = 2 * tp + fp + fn; printf "%.3f", d ? 2 * tp / d : 0 }'; }
read -r n p mtp mfp btp bfp < <(awk -F, 'NR > 1 { n++; p += $5; if ($7 == 1) { if ($5 == 1) mtp++; else mfp++ }
    if ($8 == 1) { if ($5 == 1) btp++; else bfp++ } } END { print n + 0, p + 0, mtp + 0, mfp + 0, btp + 0, bfp + 0 }' "$1")
best=$(tail -n +2 "$1" | cut -d, -f5,6 | sort -t, -k2,2gr | awk -F, -v p="$p" '
  { if (NR > 1 && $2 != last) consider(); if ($1 == 1) tp++; else fp++; last = $2 }
  function consider(  f) { f = 2 * tp / (2 * tp + fp + (p - tp)); if (f > bf) { bf = f; bt = last; bc = tp + fp } }
  END { if (NR) consider(); printf "%.3f %s %d", bf, bt, bc }')
read -r bf bt bc <<< "$best"
printf '%d test builds (%d broken): model F1 %s, baseline F1 %s; hindsight-best F1 %s at risk >= %.4f (%d calls)\n' \
  "$n" "$p" "$(f1 "$mtp" "$mfp" $((p - mtp)))" "$(f1 "$btp" "$bfp" $((p - btp)))" "$bf" "$bt" "$bc"
