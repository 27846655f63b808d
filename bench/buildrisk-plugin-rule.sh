#!/usr/bin/env bash
# A decision rule simulated on evaluations' test builds, each call made from the builds before it only: call a
# build broken when its risk is above half the F1 the previous-outcome baseline reached on the previous W scored
# builds (for calibrated probabilities the F1-optimal threshold is half the best F1 reachable; the baseline's recent
# F1 stands for it). Fewer than 20 earlier builds, or a baseline F1 of 0 among them: the model's own call. With
# `record --risk` keeping every build's risk, `predict` could apply it; docs/buildrisk-measured.md ("The plug-in threshold on
# a holdout") says what was decided before it was run and how it did.
#
#   bench/buildrisk-plugin-rule.sh [-w W] SCORES.csv ...
#
# SCORES.csv: written by `mlgate buildrisk evaluate --scores SCORES.csv` (columns id, commit, branch, status, broken,
# risk, model_call, baseline_call, ...). W: the window, default 100. Prints per file the F1 on broken builds of the
# model's calls, the baseline's and the rule's, then how many files the rule is above, level with and below the
# baseline on (files without a broken build are named and left out). Needs awk.
set -euo pipefail
. "$(dirname "$0")/buildrisk-rules.sh"
simulate_rule plugin 2,13 "$@"
