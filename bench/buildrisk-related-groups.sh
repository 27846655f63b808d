#!/usr/bin/env bash
# How often builds broke by their "related" build, pooled over TravisTorrent-tools' Java histories (pull request 20
# of TestRoots/travistorrent-tools): for each completed build after the first, whether the previous build (the
# previous-outcome baseline's: the previous completed build on the branch, else overall) broke, whether it is a
# pull-request build, and its related build - a pull request's previous build, else the previous push build on the
# branch - being the previous build itself, another that broke, another that passed, or none. Prints each of the
# sixteen cells' builds, broken builds, smoothed broken share ((broken + 1) / (builds + 2)) and the shift of its
# log-odds from its previous-outcome group's: the table of the related-build prior tried on 2026-11-23
# (docs/buildrisk-measured.md, "A prior for the related build, from other projects").
#
#   bench/buildrisk-related-groups.sh TT_GIT_DIR [LEAVE_OUT_FILE ...]
#
# LEAVE_OUT_FILE: projects to leave out, one OWNER@REPO per line (the last word of a line counts, so the order files
# of the holdouts serve). Needs git and python3.
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,14p' "$0" >&2; exit 2; }
tt=$1
shift
exec python3 - "$tt" "$@" <<'PY'
import collections, csv, io, math, subprocess, sys
tt, leave = sys.argv[1], sys.argv[2:]
ref = 'refs/pull/20/head'
out = set()
for f in leave:
    for line in open(f):
        if '@' in line:
            out.add(line.split()[-1])
names = subprocess.run(['git', '-C', tt, 'ls-tree', '--name-only', ref, 'build_logs/_java/'],
                       capture_output=True, text=True, check=True).stdout.split()
count = collections.Counter()
used = 0
for name in (n.split('/')[-1] for n in names):
    if name in out:
        continue
    text = subprocess.run(['git', '-C', tt, 'show', f'{ref}:build_logs/_java/{name}/repo-data-travis.csv'],
                          capture_output=True, text=True).stdout
    if not text:
        continue
    used += 1
    # build_id, commit, pull_req, branch, status, duration, started_at, jobs..., event_type
    rows = [r for r in csv.reader(io.StringIO(text))][1:]
    rows = sorted((r for r in rows if len(r) >= 9 and r[4] in ('passed', 'failed', 'errored')), key=lambda r: int(r[0]))
    last, overall, pulls, pushes = {}, None, {}, {}
    for r in rows:
        prev = last.get(r[3]) or overall
        if prev is not None:
            pr = r[-1] == 'pull_request'
            rel = (pulls.get(r[2]) if r[2] else None) if pr else pushes.get(r[3])
            kind = 'none' if rel is None else 'previous' if rel is prev else 'broken' if rel[4] != 'passed' else 'passed'
            group = prev[4] != 'passed'
            count[(group, pr, kind, 'n')] += 1
            count[(group, pr, kind, 'b')] += r[4] != 'passed'
            count[(group, 'n')] += 1
            count[(group, 'b')] += r[4] != 'passed'
        last[r[3]] = r
        overall = r
        if r[-1] == 'pull_request':
            if r[2]:
                pulls[r[2]] = r
        else:
            pushes[r[3]] = r
logit = lambda q: math.log(q / (1 - q))
print(f'{used} histories')
print('cell\tbuilds\tbroken\tshare\tshift')
for group in (False, True):
    base = (count[(group, 'b')] + 1) / (count[(group, 'n')] + 2)
    for pr in (False, True):
        for kind in ('previous', 'broken', 'passed', 'none'):
            n, b = count[(group, pr, kind, 'n')], count[(group, pr, kind, 'b')]
            q = (b + 1) / (n + 2)
            cell = ('after_broken' if group else 'after_passing') + '/' + ('pull_request' if pr else 'push') + '/' + kind
            print(f'{cell}\t{n}\t{b}\t{q:.4f}\t{logit(q) - logit(base):+.4f}')
PY
