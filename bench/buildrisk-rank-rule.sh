#!/usr/bin/env bash
# A decision rule simulated on evaluations' test builds, each call made from the builds before it only: call a
# build broken when its risk is among the top k risks of the previous W scored builds, k being how many of those
# broke (fewer than 20 earlier builds: the model's own call). With `record --risk` keeping every build's risk,
# `predict` could apply it; docs/buildrisk-measured.md ("A rule tested on a holdout") says why it was not built.
#
#   bench/buildrisk-rank-rule.sh [-w W] SCORES.csv ...
#
# SCORES.csv: written by `mlgate buildrisk evaluate --scores SCORES.csv` (columns id, commit, branch, status, broken,
# risk, model_call, baseline_call, ...). W: the window, default 100. Prints per file the F1 on broken builds of the
# model's calls, the baseline's and the rule's, then how many files the rule is above, level with and below the
# baseline on (files without a broken build are named and left out). Needs awk.
set -euo pipefail
. "$(dirname "$0")/buildrisk-rules.sh"
simulate_rule rank 2,12 "$@"
