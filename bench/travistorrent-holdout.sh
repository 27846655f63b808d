#!/usr/bin/env bash
# Writes the histories of the TravisTorrent-tools Java projects that no build-risk measurement had looked at before
# 2026-11-23 14:27 UTC: every project with at least 300 completed push builds, 5-50% of them broken, except the 69
# that bench/buildrisk-travistorrent.sh's order qualifies (at least 700 completed builds, 400 of them pushes, 10-40%
# of the pushes broken) and the three of ../shared/data/buildrisk. For rules that need no repository (such as
# bench/buildrisk-related-rule.sh); docs/buildrisk-measured.md ("The previous related build") uses them.
#
#   bench/travistorrent-holdout.sh TT_GIT_DIR OUT_DIR
#
# TT_GIT_DIR: a git directory of TestRoots/travistorrent-tools that has refs/pull/20/head. Writes OUT_DIR/OWNER@REPO.csv
# in mlgate's history format and prints how many. Needs git and awk.
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/travistorrent-history.sh"
tt=$1 out=$2
mkdir -p "$out"
kept=0
for n in $(tt_projects "$tt"); do
  case "$n" in junkdog@artemis-odb|requery@requery|graalvm@sulong) continue ;; esac
  tt_history "$tt" "$n" > "$out/.$n.csv" || { rm "$out/.$n.csv"; continue; }   # some hold only build logs' errors
  read -r c p b < <(tt_stats < "$out/.$n.csv")
  if awk -v c="$c" -v p="$p" -v b="$b" 'BEGIN { exit !(p >= 300 && b >= 0.05 && b <= 0.50 \
        && !(c >= 700 && p >= 400 && b >= 0.10 && b <= 0.40)) }'; then
    mv "$out/.$n.csv" "$out/$n.csv"; kept=$((kept + 1))
  else
    rm "$out/.$n.csv"
  fi
done
echo "$kept histories in $out"
