#!/usr/bin/env bash
# The related-outcome rule against the previous-outcome baseline, on TravisTorrent-tools' histories alone (no
# repository, no model): for each history with at least 300 completed builds, the F1 on broken builds of both calls
# over the last 30% of its completed builds (the first build, which has no previous one, left out), on all of them
# and on those that are not pull-request builds (on TravisTorrent those are the ones `evaluate` can score: a pull
# request's merge commit is in no clone). Evaluable: at least 5 broken builds among those measured. Counts the
# histories where the rule's F1 is above, level with and below the baseline's, per language.
#
#   bench/buildrisk-related-outcome.sh [-v] TT_GIT_DIR LANGUAGE...
#
# LANGUAGE: a folder of build_logs/ in pull request 20 of TestRoots/travistorrent-tools without its underscore
# (java, python, go, ruby). -v: one line per history. Needs git and python3.
#
# The baseline calls a build broken when the previous completed build on its branch broke (else the previous one
# overall). The rule keeps that call except where the build's related builds say otherwise:
# - a build of one of the last 1,000 commits that completed builds built takes the outcome of its latest
#   build;
# - a build that is not a pull-request build, after a broken build, is called passing when the previous completed
#   non-pull-request build on its branch passed;
# - a pull-request build after a passing build is called broken when the previous completed build of the same pull
#   request broke.
# (docs/buildrisk-measured.md, "The related-outcome rule".)
set -euo pipefail
verbose=0
[ "${1:-}" = "-v" ] && { verbose=1; shift; }
[ $# -ge 2 ] || { sed -n '2,22p' "$0" >&2; exit 2; }
exec python3 - "$verbose" "$@" <<'PY'
import collections, subprocess, sys
verbose, tt, languages = sys.argv[1] == '1', sys.argv[2], sys.argv[3:]
ref = 'refs/pull/20/head'
SAME_COMMIT_WINDOW = 1000


def f1(calls, broken):
    tp = sum(1 for c, y in zip(calls, broken) if c and y)
    wrong = sum(1 for c, y in zip(calls, broken) if c != y)
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def completed_builds(language, name):
    text = subprocess.run(['git', '-C', tt, 'show', f'{ref}:build_logs/_{language}/{name}/repo-data-travis.csv'],
                          capture_output=True, text=True).stdout
    builds = []
    # build_id, commit, pull_req, branch, status, duration, started_at, jobs..., event_type
    for line in text.splitlines()[1:]:
        f = line.split(',')
        if len(f) < 9 or f[4] not in ('passed', 'failed', 'errored') or not f[0].isdigit():
            continue
        builds.append((int(f[0]), f[1], f[2], f[3], f[4] != 'passed', f[-1]))
    builds.sort()
    return builds


def calls(builds):
    """(is pull request, broken, baseline's call, rule's call) for every build after the first."""
    on_branch, last, pushes, pulls, commits = {}, None, {}, {}, collections.OrderedDict()
    out = []
    for _, commit, pr, branch, broken, event in builds:
        is_pr = pr != '' or event == 'pull_request'
        base = on_branch.get(branch, last)
        if base is not None:
            rule = base
            if commit in commits:
                rule = commits[commit]
            elif not is_pr and base and pushes.get(branch) is False:
                rule = False
            elif is_pr and not base and pr != '' and pulls.get(pr) is True:
                rule = True
            out.append((is_pr, broken, base, rule))
        on_branch[branch], last = broken, broken
        if is_pr:
            if pr != '':
                pulls[pr] = broken
        else:
            pushes[branch] = broken
        commits.pop(commit, None)
        commits[commit] = broken
        if len(commits) > SAME_COMMIT_WINDOW:
            commits.popitem(last=False)
    return out


for language in languages:
    names = subprocess.run(['git', '-C', tt, 'ls-tree', '--name-only', ref, f'build_logs/_{language}/'],
                           capture_output=True, text=True, check=True).stdout.split()
    counts = {'all': collections.Counter(), 'not pull requests': collections.Counter()}
    gains = {k: [] for k in counts}
    for name in (n.split('/')[-1] for n in names):
        builds = completed_builds(language, name)
        if len(builds) < 300:
            continue
        rows = calls(builds)
        test = rows[int(len(rows) * 0.7):]
        line = [name]
        for kind, keep in (('all', lambda r: True), ('not pull requests', lambda r: not r[0])):
            measured = [r for r in test if keep(r)]
            broken = [r[1] for r in measured]
            if sum(broken) < 5:
                line.append(f'{kind}: too few broken')
                continue
            rule, base = f1([r[3] for r in measured], broken), f1([r[2] for r in measured], broken)
            verdict = 'above' if rule > base + 1e-9 else 'below' if rule < base - 1e-9 else 'level'
            counts[kind][verdict] += 1
            gains[kind].append(rule - base)
            line.append(f'{kind}: {len(measured)} builds ({sum(broken)} broken) rule {rule:.3f} baseline {base:.3f}')
        if verbose:
            print('  ' + '; '.join(line))
    for kind, c in counts.items():
        n = sum(c.values())
        mean = sum(gains[kind]) / n if n else 0.0
        print(f"{language}, {kind}: {n} evaluable, rule above the baseline on {c['above']}, level {c['level']}, "
              f"below {c['below']}; mean F1 difference {mean:+.4f}")
PY
