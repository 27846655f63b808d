// The pull-request comment against a local GitHub REST API: created on the first run, the same comment updated on
// the next, one comment per command, and a failing API only warns.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, test } from 'node:test';
import { fakeGitHubApi } from './helpers/http.js';
import { fakeJdk, JAR, laterCommandReport, needsJar } from './helpers/engine.js';
import { writeProject } from './helpers/projects.js';
import { makeWorkspace, runAction } from './helpers/runner.js';
import fs from 'node:fs';

const workspaces = [];
const servers = [];
after(async () => {
  workspaces.forEach((ws) => ws.remove());
  await Promise.all(servers.map((s) => s.close()));
});

const PR = { name: 'pull_request', payload: { action: 'synchronize', number: 7, pull_request: { number: 7 } } };
const RUN_URL = 'https://github.com/octo-org/weather/actions/runs/4242';

async function api(options) {
  const s = await fakeGitHubApi(options);
  servers.push(s);
  return s;
}

function workspace() {
  const ws = makeWorkspace();
  workspaces.push(ws);
  return ws;
}

test('comment-on-pr: created on the first run, the same comment updated on the next', needsJar(), async () => {
  const ws = workspace();
  writeProject(ws, 'proj', 'warn');
  const gh = await api({ comments: [{ id: 5, issue: 7, body: 'Looks good to me', user: { login: 'octocat' } }] });
  const step = { inputs: { command: 'data validate', config: 'mlgate.yml', 'working-directory': 'proj',
    'engine-jar': JAR, 'comment-on-pr': 'true' }, event: PR, token: 'ghs_test', env: { GITHUB_API_URL: gh.url } };

  const first = await runAction(ws, step);
  assert.equal(first.code, 0, first.log);
  assert.deepEqual(gh.requests.map((r) => `${r.method} ${r.url}`), [
    'GET /repos/octo-org/weather/issues/7/comments?per_page=100',
    'POST /repos/octo-org/weather/issues/7/comments',
  ], first.log);
  for (const r of gh.requests) assert.equal(r.headers.authorization, 'token ghs_test');
  const created = gh.requests[1].body.body;
  assert.ok(created.startsWith('<!-- mlgate-action: data validate -->\n## ⚠️ WARN — mlgate: Data validation'), created);
  assert.ok(created.includes(first.summary.trimEnd()), 'the comment carries the job summary');
  assert.ok(created.includes(`[workflow run and full reports](${RUN_URL})`), created);
  assert.equal(gh.comments.length, 2);
  const id = gh.comments[1].id;

  writeProject(ws, 'proj', 'fail');
  gh.requests.length = 0;
  const second = await runAction(ws, step);
  assert.equal(second.code, 1, second.log);
  assert.deepEqual(gh.requests.map((r) => `${r.method} ${r.url}`), [
    'GET /repos/octo-org/weather/issues/7/comments?per_page=100',
    `PATCH /repos/octo-org/weather/issues/comments/${id}`,
  ], second.log);
  assert.equal(gh.comments.length, 2, 'no second comment');
  assert.match(gh.comments[1].body, /^<!-- mlgate-action: data validate -->\n## ❌ FAIL/);
  assert.equal(gh.comments[0].body, 'Looks good to me', 'other comments are left alone');
  assert.match(second.stdout, new RegExp(`Updated the mlgate comment on pull request #7: \\S+issuecomment-${id}`));
});

function standIn(ws, report) {
  const jdk = fakeJdk(path.join(ws.root, 'jdk'));
  ws.file('engine.jar', 'stand-in');
  const file = path.join(ws.root, 'report.json');
  fs.writeFileSync(file, JSON.stringify(report));
  return { JAVA_HOME: jdk, FAKE_MLGATE_REPORT: file };
}

test('one comment per command; bad input is commented too; a failing API only warns', async () => {
  const ws = workspace();
  const env = standIn(ws, { ...laterCommandReport(), status: 'PASS', checks: [] });
  const gh = await api({ comments: [{ id: 9, issue: 7, body: '<!-- mlgate-action: data validate -->\nold' }] });
  const step = (command, more = {}) => runAction(ws, { inputs: { command, 'engine-jar': 'engine.jar',
    'comment-on-pr': 'true' }, event: PR, token: 't', env: { ...env, GITHUB_API_URL: gh.url, ...more } });

  const drift = await step('drift check');
  assert.equal(drift.code, 0, drift.log);
  assert.deepEqual(gh.requests.map((r) => r.method), ['GET', 'POST'], 'its own comment, not data validate\'s');
  assert.match(gh.comments[1].body, /^<!-- mlgate-action: drift check -->\n/);

  gh.requests.length = 0;
  const bad = await step('data validate', { FAKE_MLGATE_REPORT: '', FAKE_MLGATE_EXIT: '2',
    FAKE_MLGATE_STDERR: 'mlgate: error: Missing required option: --data' });
  assert.equal(bad.code, 1, bad.log);
  assert.deepEqual(gh.requests.map((r) => `${r.method} ${r.url}`), ['GET /repos/octo-org/weather/issues/7/comments?per_page=100',
    'PATCH /repos/octo-org/weather/issues/comments/9']);
  assert.match(gh.comments[0].body, /bad input\n\n```\nmlgate: error: Missing required option: --data\n```/);

  const down = await api({ failWith: 403 });
  const denied = await step('drift check', { GITHUB_API_URL: down.url });
  assert.equal(denied.code, 0, 'the gate passed; the comment is not part of the verdict');
  assert.equal(denied.warnings.length, 1, denied.log);
  assert.match(denied.warnings[0].message, /^comment-on-pr: could not comment on pull request #7 \(HTTP 403\): .*pull-requests: write/);
});

test('no comment outside pull requests, nor when comment-on-pr is off', async () => {
  const ws = workspace();
  const env = standIn(ws, { ...laterCommandReport(), status: 'PASS', checks: [] });
  const gh = await api();
  const push = await runAction(ws, { inputs: { command: 'drift check', 'engine-jar': 'engine.jar',
    'comment-on-pr': 'true' }, token: 't', env: { ...env, GITHUB_API_URL: gh.url } });
  assert.equal(push.code, 0, push.log);
  assert.match(push.stdout, /comment-on-pr: this is a push event, not a pull request; no comment/);
  const off = await runAction(ws, { inputs: { command: 'drift check', 'engine-jar': 'engine.jar' }, event: PR,
    token: 't', env: { ...env, GITHUB_API_URL: gh.url } });
  assert.equal(off.code, 0, off.log);
  assert.deepEqual(gh.requests, []);
});
