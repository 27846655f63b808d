#!/usr/bin/env bash
# `mlgate buildrisk evaluate` on more projects' Travis CI histories than ../shared/data/buildrisk holds: Java projects
# of TravisTorrent-tools (pull request 20 of TestRoots/travistorrent-tools, files
# build_logs/_java/<owner>@<repo>/repo-data-travis.csv), converted to the history format as the shared README says
# (sorted by build id, ISO-8601 times, the job ids dropped, negative durations left empty, unfinished builds left
# out), each evaluated against a clone of its repository.
#
#   bench/buildrisk-travistorrent.sh TT_GIT_DIR CLONES_DIR [COUNT] [-- OWNER@REPO ...]
#
# TT_GIT_DIR: a git directory of TestRoots/travistorrent-tools that has refs/pull/20/head. CLONES_DIR: holds each
# project's repository as CLONES_DIR/<owner>+<repo>/repo (a git directory; the layout `fetch` of the search tool
# writes). Without project names after --, the projects are chosen by a fixed rule, before any is evaluated: at
# least 700 completed builds, at least 400 of them pushes, 10-40% of the pushes broken, in the order of the SHA-1 of
# "<owner>@<repo>", leaving out the three of ../shared/data/buildrisk; the first COUNT (default 6) whose
# repository is in CLONES_DIR. Prints one line per project: test builds and broken share, the chosen family and the
# model's decision rule and precision / recall / F1 / ROC AUC, then the previous-outcome baseline's, then the Brier
# score of the model's risks beside that of the previous-outcome rates and the broken builds the risks add up to
# against those that broke; and on a second line, the best F1 any risk threshold could have given on the test builds,
# chosen with hindsight (bench/buildrisk-hindsight.sh). Needs git, awk,
# sha1sum and jq. EVALUATE_ARGS: more options for evaluate, such as "--retrain-every 50" (rolling evaluation; the
# line then also counts the models' decision rules). SCORES_DIR: keep each project's scores CSV there; REPORTS_DIR:
# each project's evaluate report (OWNER@REPO.report.json).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 2 ] || { sed -n '2,17p' "$0" >&2; exit 2; }
tt=$1 clones=$2 count=${3:-6}
shift $(( $# >= 3 ? 3 : 2 ))
[ "${1:-}" = "--" ] && shift
. "$root/bench/travistorrent-history.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

convert() { tt_history "$tt" "$1"; }

projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  for n in $(tt_projects "$tt"); do
    echo "$(printf '%s' "$n" | sha1sum | cut -c1-40) $n"
  done | sort > "$work/order"
  while read -r _ n; do
    case "$n" in junkdog@artemis-odb|requery@requery|graalvm@sulong) continue ;; esac
    read -r c p b < <(convert "$n" | tt_stats)
    awk -v c="$c" -v p="$p" -v b="$b" 'BEGIN { exit !(c >= 700 && p >= 400 && b >= 0.10 && b <= 0.40) }' || continue
    [ -d "$clones/${n/@/+}/repo" ] || { echo "skipped (no clone in $clones): $n" >&2; continue; }
    projects+=("$n")
    [ ${#projects[@]} -ge "$count" ] && break
  done < "$work/order"
fi

for n in "${projects[@]}"; do
  convert "$n" > "$work/$n.csv"
  "$root/bin/mlgate" buildrisk evaluate -q --history "$work/$n.csv" --repo "$clones/${n/@/+}/repo" --split time:0.7 \
    ${EVALUATE_ARGS:-} --scores "$work/$n.scores.csv" --out "$work/$n" > /dev/null 2>&1 || true
  jq -r --arg n "$n" '.sections[0].data as $d
    | "\($n): \($d.test_builds) test builds (\($d.model.broken) broken), model \($d.family // "?") calling by \($d.decision_rule) P/R/F1/AUC \($d.model | [.precision, .recall, .f1, .roc_auc] | map(. * 1000 | round / 1000) | join(" / ")), baseline \($d.baseline | [.precision, .recall, .f1, .roc_auc] | map(. * 1000 | round / 1000) | join(" / ")); Brier \($d.calibration.brier * 1000 | round / 1000) (rates \($d.calibration.baseline_brier * 1000 | round / 1000)), risks add to \($d.calibration.expected_broken * 10 | round / 10) of \($d.calibration.broken)\(if $d.models then ", \($d.models_trained) models: " + ([$d.models[].decision_rule] | group_by(.) | map("\(.[0]) x\(length)") | join(", ")) else "" end)"' \
    "$work/$n/mlgate-report.json" 2>/dev/null || if [ -f "$work/$n/mlgate-report.json" ]; then
      echo "$n: $(jq -r '.sections[0].data | "\(.test_builds) test builds, \(.model.broken) broken: no ROC AUC or F1 to compare"' \
        "$work/$n/mlgate-report.json")"
    else
      echo "$n: evaluate failed (see mlgate buildrisk evaluate --history ... --repo $clones/${n/@/+}/repo)"
    fi
  [ -f "$work/$n.scores.csv" ] && echo "  $("$root/bench/buildrisk-hindsight.sh" "$work/$n.scores.csv")"
  [ -n "${SCORES_DIR:-}" ] && [ -f "$work/$n.scores.csv" ] && mkdir -p "$SCORES_DIR" && cp "$work/$n.scores.csv" "$SCORES_DIR/"
  [ -n "${REPORTS_DIR:-}" ] && [ -f "$work/$n/mlgate-report.json" ] && mkdir -p "$REPORTS_DIR" \
    && cp "$work/$n/mlgate-report.json" "$REPORTS_DIR/$n.report.json"
done
