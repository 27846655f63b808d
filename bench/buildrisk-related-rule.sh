#!/usr/bin/env bash
# The "previous related build" rule against the previous-outcome baseline, on histories alone (no repository, no
# model): a push build is called broken when the previous completed push build on its branch broke, a pull-request
# build when the previous completed build of the same pull request broke (neither: the baseline's call). The
# baseline calls a build broken when the previous completed build on its branch broke, pull requests included (none
# on the branch: the previous one overall). Canceled builds are skipped by both. Test builds: the last 30% of each
# history's completed push builds (id order; --split 0.7 sets the training share). docs/buildrisk-measured.md ("The previous
# related build") says what was decided before it was run and how it did.
#
#   bench/buildrisk-related-rule.sh [--split S] HISTORY.csv ...
#
# HISTORY.csv: mlgate's history format (a header naming id, branch, status, pull_request and event). Prints per file
# the test builds, the broken ones, and the F1 on broken builds of the baseline's calls and the rule's, then how many
# files the rule is above, level with and below the baseline on (files with fewer than 5 broken test builds are
# named and left out). Needs awk.
set -euo pipefail
split=0.7
[ "${1:-}" = "--split" ] && { split=$2; shift 2; }
[ $# -ge 1 ] || { sed -n '2,15p' "$0" >&2; exit 2; }
for f in "$@"; do
  awk -F, -v split_at="$split" -v name="$(basename "$f" .csv)" '
    function f1(tp, fp, fn) { return tp ? 2 * tp / (2 * tp + fp + fn) : 0 }
    FNR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    { st = $col["status"] }
    st == "canceled" || st == "cancelled" || st == "ABORTED" || st == "created" || st == "started" { next }
    { pr = $col["pull_request"]; ispr = pr != "" || $col["event"] == "pull_request" }
    FNR == NR { if (!ispr) pushes++; next }
    {
      br = $col["branch"]; broken = !(st == "passed" || st == "success" || st == "SUCCESS")
      base = (br in last) ? last[br] : lastall
      rule = ispr ? ((pr in lastpr) ? lastpr[pr] : base) : ((br in lastpush) ? lastpush[br] : base)
      if (!ispr && seen++ >= int(pushes * split_at) && lastall != "") {
        n++; b += broken
        if (base && broken) btp++; if (base && !broken) bfp++; if (!base && broken) bfn++
        if (rule && broken) rtp++; if (rule && !broken) rfp++; if (!rule && broken) rfn++
      }
      last[br] = broken; lastall = broken
      if (ispr) lastpr[pr] = broken; else lastpush[br] = broken
    }
    END {
      fb = f1(btp, bfp, bfn); fr = f1(rtp, rfp, rfn)
      verdict = b < 5 ? "few" : fr > fb + 1e-9 ? "above" : fr < fb - 1e-9 ? "below" : "level"
      printf "%s %d %d %.3f %.3f %s\n", name, n, b, fb, fr, verdict
    }' "$f" "$f"
done | awk '{ printf "%-50s %5d test builds (%4d broken)  baseline F1 %s  rule F1 %s  %s\n", $1, $2, $3, $4, $5, $6; c[$6]++ }
  END { printf "rule above the baseline on %d, level on %d, below on %d (%d left out: fewer than 5 broken test builds)\n",
        c["above"], c["level"], c["below"], c["few"] }'
