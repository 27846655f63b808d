// Commands besides data validate, with the real engine jar: the figures they write become outputs, and build-risk
// record takes the build from the runner's variables.
import assert from 'node:assert/strict';
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

describe('later commands with the real engine', needsJar(), () => {
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
