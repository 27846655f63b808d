// Commands besides data validate, with the real engine jar: the figures they write become outputs, and build-risk
// record takes the build from the runner's variables.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { JAR, needsJar } from './helpers/engine.js';
import { makeWorkspace, runAction } from './helpers/runner.js';

const workspaces = [];
after(() => workspaces.forEach((ws) => ws.remove()));

function workspace() {
  const ws = makeWorkspace();
  workspaces.push(ws);
  return ws;
}

/** n rows of id,temp with temp = offset + (i % 50) / 2: a shift of the offset moves the whole distribution. */
function temps(n, offset) {
  const rows = ['id,temp'];
  for (let i = 0; i < n; i++) rows.push(`${i},${offset + (i % 50) / 2}`);
  return `${rows.join('\n')}\n`;
}

/**
 * A git repository in dir with n commits, one an hour, and a history of one push build per commit on main: a commit
 * that changes pom.xml breaks its build, the others pass.
 */
function buildRiskProject(dir, n) {
  const git = (args, date) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env,
    GIT_AUTHOR_NAME: 'ann', GIT_AUTHOR_EMAIL: 'ann@example.org', GIT_COMMITTER_NAME: 'ann',
    GIT_COMMITTER_EMAIL: 'ann@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }).toString().trim();
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  git(['init', '-q', '-b', 'main'], '2024-03-04T09:00:00Z');
  const rows = ['id,commit,branch,status,started_at,duration,pull_request,event'];
  for (let i = 0; i < n; i++) {
    const when = new Date(Date.UTC(2024, 2, 4, 9 + i)).toISOString().replace('.000Z', 'Z');
    const breaks = i % 4 === 3;
    const file = breaks ? 'pom.xml' : `src/C${i % 7}.java`;
    fs.writeFileSync(path.join(dir, file), `${Array.from({ length: breaks ? 30 + i : 3 }, (_, k) => `line ${i} ${k}`).join('\n')}\n`);
    git(['add', '-A'], when);
    git(['commit', '-q', '-m', `change ${i}`], when);
    rows.push(`${i + 1},${git(['rev-parse', 'HEAD'], when)},main,${breaks ? 'failed' : 'passed'},${when},60,,push`);
  }
  return rows;
}

describe('later commands with the real engine', needsJar(), () => {
  test('buildrisk train, then predict: risk, action and model-out-of-date are outputs; record keeps the risk', async () => {
    const ws = workspace();
    const dir = path.join(ws.workspace, 'proj');
    fs.mkdirSync(path.join(dir, 'ci'), { recursive: true });
    const rows = buildRiskProject(dir, 80);
    fs.writeFileSync(path.join(dir, 'ci', 'history.csv'), `${rows.join('\n')}\n`);
    const train = await runAction(ws, { inputs: { command: 'buildrisk train',
      args: '--history ci/history.csv --repo . --model ci/model', 'working-directory': 'proj', 'engine-jar': JAR } });
    assert.equal(train.code, 0, train.log);
    const predict = (extra) => runAction(ws, { inputs: { command: 'buildrisk predict',
      args: `--history ${extra} --repo . --model ci/model --commit HEAD --branch main`,
      'working-directory': 'proj', 'engine-jar': JAR } });
    const fresh = await predict('ci/history.csv');
    assert.equal(fresh.code, 0, fresh.log);
    assert.ok(Number(fresh.outputs.risk) >= 0 && Number(fresh.outputs.risk) <= 1, fresh.log);
    assert.ok(['none', 'notify', 'request_review', 'run_full_suite', 'block'].includes(fresh.outputs.action));
    assert.equal(fresh.outputs['model-out-of-date'], 'false');
    assert.doesNotMatch(fresh.outputs.summary, /Since its training/);
    // the build's outcome recorded with the risk predict gave it: the next prediction says how the calls did since
    const head = rows[rows.length - 1].split(',')[1];
    const recorded = await runAction(ws, { inputs: { command: 'buildrisk record',
      args: `--history ci/history.csv --status failure --risk ${fresh.outputs.risk}`, 'working-directory': 'proj',
      'engine-jar': JAR }, env: { GITHUB_SHA: head, GITHUB_REF_NAME: 'main', GITHUB_REF: 'refs/heads/main' },
    event: { name: 'push', payload: {} } });
    assert.equal(recorded.code, 0, recorded.log);
    const lastRow = fs.readFileSync(path.join(dir, 'ci', 'history.csv'), 'utf8').trim().split('\n').pop();
    assert.equal(Number(lastRow.split(',')[8]), Number(fresh.outputs.risk), lastRow);
    const next = await predict('ci/history.csv');
    assert.equal(next.code, 0, next.log);
    assert.match(next.outputs.summary, /Since its training, 1 build was recorded with the risk it gave and 1 of them broke, where the risks added up to /);
    assert.equal(next.outputs['model-behind-baseline'], 'false', 'one build is too few to judge');
    // 25 builds since training, all broken where a quarter broke before: the model is out of date
    const since = Array.from({ length: 25 }, (_, k) => `s${k},${head},main,failed,2024-03-10T0${k % 10}:00:00Z,60,,push`);
    fs.writeFileSync(path.join(dir, 'ci', 'grown.csv'), `${[...rows, ...since].join('\n')}\n`);
    const stale = await predict('ci/grown.csv');
    assert.equal(stale.code, 0, stale.log);
    assert.equal(stale.outputs['model-out-of-date'], 'true', stale.log);
    assert.match(stale.outputs.summary, /The model may be out of date: the 25 builds after the last one it was trained on broke 100% of the time/);
  });


  test('data drift: the drift figures are outputs', async () => {
    const ws = workspace();
    ws.file('proj/ref.csv', temps(300, 10));
    ws.file('proj/cur.csv', temps(300, 40));
    const r = await runAction(ws, { inputs: { command: 'data drift', args: '--reference ref.csv --current cur.csv',
      'working-directory': 'proj', 'engine-jar': JAR } });
    assert.equal(r.outputs['exit-code'], '1', r.log);
    assert.equal(r.outputs.status, 'FAIL');
    // id is a feature column too, the same in both: one of two drifted
    assert.equal(r.outputs['drift-share'], '0.5');
    assert.equal(r.outputs['drifted-features'], '1');
    assert.equal(JSON.parse(r.outputs.figures)['drift-share'], '0.5');
  });

  test('buildrisk record: id, commit, branch and event from the runner, the outcome from the workflow', async () => {
    const ws = workspace();
    const sha = 'ab'.repeat(20);
    ws.file('proj/ci/.keep', '');
    const r = await runAction(ws, {
      inputs: { command: 'buildrisk record', args: '--history ci/history.csv --status success',
        'working-directory': 'proj', 'engine-jar': JAR },
      env: { GITHUB_SHA: sha, GITHUB_REF_NAME: 'main', GITHUB_REF: 'refs/heads/main' },
      event: { name: 'schedule', payload: {} },
    });
    assert.equal(r.code, 0, r.log);
    assert.equal(r.outputs.status, 'PASS');
    const rows = fs.readFileSync(path.join(ws.workspace, 'proj', 'ci', 'history.csv'), 'utf8').trim().split('\n');
    assert.equal(rows.length, 2, rows.join('\n'));
    const [id, commit, branch, status, , , pr, event] = rows[1].split(',');
    assert.deepEqual([id, commit, branch, status, pr, event], ['4242', sha, 'main', 'passed', '', 'cron']);
    assert.match(r.log, /from the CI environment \(GitHub Actions\): id 4242, commit abab\S*, branch main, event cron/);
  });
});
