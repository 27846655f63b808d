#!/usr/bin/env bash
# A decision rule simulated on evaluations' test builds, each call made from the builds before it only: call a
# build broken when its risk is above half the F1 the previous-outcome baseline reached on the previous W scored
# builds (for calibrated probabilities the F1-optimal threshold is half the best F1 reachable; the baseline's recent
# F1 stands for it). Fewer than 20 earlier builds, or a baseline F1 of 0 among them: the model's own call. With
# `record --risk` keeping every build's risk, `predict` could apply it; docs/buildrisk.md ("The plug-in threshold on
# a holdout") says what was decided before it was run and how it did.
#
#   bench/buildrisk-plugin-rule.sh [-w W] SCORES.csv ...
#
# SCORES.csv: written by `mlgate buildrisk evaluate --scores SCORES.csv` (columns id, commit, branch, status, broken,
# risk, model_call, baseline_call, ...). W: the window, default 100. Prints per file the F1 on broken builds of the
# model's calls, the baseline's and the rule's, then how many files the rule is above, level with and below the
# baseline on (files without a broken build are named and left out). Needs awk.
set -euo pipefail
w=100
if [ "${1:-}" = "-w" ]; then w=$2; shift 2; fi
[ $# -ge 1 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
for f in "$@"; do [ -f "$f" ] || { echo "no such file: $f" >&2; exit 2; }; done
awk -F, -v W="$w" '
  function f1(tp, fp, fn) { return tp ? 2 * tp / (2 * tp + fp + fn) : 0 }
  function report(  i, j, lo, call, t, wtp, wfp, wfn, rtp, rfp, rfn, mtp, mfp, mfn, btp, bfp, bfn, d) {
    if (n == 0) return
    if (broken_total == 0) { printf "%s: no broken test build, left out\n", name; n = 0; return }
    for (i = 1; i <= n; i++) {
      lo = i - W; if (lo < 1) lo = 1
      wtp = 0; wfp = 0; wfn = 0
      for (j = lo; j < i; j++) { if (bc[j] && y[j]) wtp++; else if (bc[j]) wfp++; else if (y[j]) wfn++ }
      t = f1(wtp, wfp, wfn) / 2
      call = (i - lo < 20 || t == 0) ? mc[i] : r[i] > t
      if (call && y[i]) rtp++; else if (call) rfp++; else if (y[i]) rfn++
      if (mc[i] && y[i]) mtp++; else if (mc[i]) mfp++; else if (y[i]) mfn++
      if (bc[i] && y[i]) btp++; else if (bc[i]) bfp++; else if (y[i]) bfn++
    }
    d = f1(rtp, rfp, rfn) - f1(btp, bfp, bfn)
    printf "%s: %d test builds (%d broken): model F1 %.3f, baseline F1 %.3f, rule F1 %.3f (%+.3f)\n", name, n,
      broken_total, f1(mtp, mfp, mfn), f1(btp, bfp, bfn), f1(rtp, rfp, rfn), d
    if (d > 1e-9) up++; else if (d < -1e-9) down++; else level++
    n = 0; broken_total = 0
  }
  FNR == 1 { report(); name = FILENAME; next }
  { n++; y[n] = $5 + 0; r[n] = $6 + 0; mc[n] = $7 + 0; bc[n] = $8 + 0; broken_total += y[n] }
  END { report(); printf "window %d: above the baseline on %d, level on %d, below on %d\n", W, up + 0, level + 0, down + 0 }
' "$@"
