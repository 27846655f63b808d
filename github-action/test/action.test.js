// The action end to end with the real engine jar: a simulated runner, INPUT_* variables, the runner's files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { JAR, needsJar } from './helpers/engine.js';
import { POLICY, writeProject } from './helpers/projects.js';
import { makeWorkspace, runAction } from './helpers/runner.js';

const workspaces = [];
after(() => workspaces.forEach((ws) => ws.remove()));

function project(policy) {
  const ws = makeWorkspace();
  workspaces.push(ws);
  writeProject(ws, 'proj', policy);
  return ws;
}

const validate = (more = {}) => ({
  command: 'data validate', config: 'mlgate.yml', 'working-directory': 'proj', 'engine-jar': JAR, ...more,
});

describe('data validate with the real engine', needsJar(), () => {
  test('pass: status and counts as outputs, the summary in the job summary, no annotations, step passes', async () => {
    const ws = project('pass');
    const r = await runAction(ws, { inputs: validate() });
    assert.equal(r.code, 0, r.log);
    assert.equal(r.outputs.status, 'PASS');
    assert.equal(r.outputs['exit-code'], '0');
    assert.equal(r.outputs['count-total'], '2');
    assert.equal(r.outputs['count-pass'], '2');
    assert.equal(r.outputs['count-fail'], '0');
    assert.equal(r.outputs['count-no-data'], '0');
    assert.deepEqual(JSON.parse(r.outputs.figures), { 'count-total': '2', 'count-pass': '2', 'count-no-data': '0',
      'count-warn': '0', 'count-fail': '0', 'count-error': '0' });
    const dir = path.join(ws.workspace, 'proj', 'mlgate-reports', 'data-validate');
    assert.equal(r.outputs['report-dir'], dir);
    assert.equal(r.outputs['report-json'], path.join(dir, 'mlgate-report.json'));
    assert.equal(r.outputs['report-html'], path.join(dir, 'mlgate-report.html'));
    assert.equal(r.outputs['report-junit'], path.join(dir, 'mlgate-junit.xml'));
    assert.equal(JSON.parse(fs.readFileSync(r.outputs['report-json'], 'utf8')).status, 'PASS');
    assert.ok(fs.existsSync(r.outputs['report-html']));
    const md = fs.readFileSync(path.join(dir, 'mlgate-summary.md'), 'utf8');
    assert.match(md, /^## ✅ PASS — mlgate: Data validation/);
    assert.equal(r.summary.trimEnd(), md.trimEnd());
    assert.equal(r.outputs.summary.trimEnd(), md.trimEnd());
    assert.equal(r.outputs.message, 'mlgate data validate: PASS');
    assert.deepEqual(r.errors, [], r.log);
    assert.deepEqual(r.warnings, [], r.log);
    assert.match(r.stdout, /-jar \S+mlgate\.jar data validate --policy mlgate\.yml --out mlgate-reports\/data-validate\n/);
  });

  test('warn: one warning annotation per warn check, step passes', async () => {
    const ws = project('warn');
    const r = await runAction(ws, { inputs: validate() });
    assert.equal(r.code, 0, r.log);
    assert.equal(r.outputs.status, 'WARN');
    assert.equal(r.outputs['count-warn'], '1');
    assert.deepEqual(r.errors, [], r.log);
    assert.equal(r.warnings.length, 1, r.log);
    assert.match(r.warnings[0].message, /^completeness:temp: 1 of 4 rows .* \(measured 0\.75, expected >= 1\)$/);
    assert.equal(r.warnings[0].properties.title, 'mlgate data validate: WARN completeness:temp');
    assert.match(r.summary, /⚠️ WARN/);
  });

  test('warn with fail-on: warn fails the step, naming the warned checks', async () => {
    const ws = project('warn');
    const r = await runAction(ws, { inputs: validate({ 'fail-on': 'warn' }) });
    assert.equal(r.code, 1, r.log);
    assert.equal(r.outputs.status, 'WARN');
    assert.equal(r.outputs['exit-code'], '0');
    assert.equal(r.warnings.length, 1);
    assert.equal(r.errors.length, 1, r.log);
    assert.match(r.errors[0].message,
      /^mlgate data validate: gate warned and fail-on is warn: 1 of 3 checks warned \(completeness:temp\)\. Report: \S+mlgate-report\.html$/);
  });

  test('fail: an error annotation per failing check, a warning per warn check, step fails', async () => {
    const ws = project('fail');
    const r = await runAction(ws, { inputs: validate() });
    assert.equal(r.code, 1, r.log);
    assert.equal(r.outputs.status, 'FAIL');
    assert.equal(r.outputs['exit-code'], '1');
    assert.equal(r.outputs['count-fail'], '1');
    assert.equal(r.errors.length, 2, r.log);
    assert.match(r.errors[0].message, /^range:wind: 1 of 4 non-null rows .* expected/);
    assert.equal(r.errors[0].properties.title, 'mlgate data validate: FAIL range:wind');
    assert.match(r.errors[1].message,
      /^mlgate data validate: gate failed: 1 of 4 checks failed \(range:wind\)\. Report: /);
    assert.equal(r.warnings.length, 1);
    assert.match(r.summary, /^## ❌ FAIL/);
    assert.match(r.outputs.message, /gate failed/);
  });

  test("bad input: fails with the engine's one-line error at the policy's line; an old report is not read", async () => {
    const ws = project('pass');
    const first = await runAction(ws, { inputs: validate() });
    assert.equal(first.code, 0, first.log);
    ws.file('proj/mlgate.yml', POLICY.bad);
    const r = await runAction(ws, { inputs: validate() });
    assert.equal(r.code, 1, r.log);
    assert.equal(r.outputs.status, 'ERROR');
    assert.equal(r.outputs['exit-code'], '2');
    assert.equal(r.outputs['report-json'], undefined, 'the previous run\'s report must not be taken for this one');
    assert.equal(r.outputs['count-total'], undefined);
    assert.equal(r.errors.length, 1, r.log);
    const line = /^mlgate: error: .*$/m.exec(r.stdout)?.[0]; // @actions/exec logs the engine's stderr on stdout
    assert.match(line ?? '', /^mlgate: error: mlgate\.yml:5:\d+: data\.checks\[0\]\.mx: unknown key 'mx'/, r.log);
    const e = r.errors[0];
    assert.equal(e.message, `mlgate data validate: bad input: ${line}`, 'the engine\'s line, whole');
    assert.deepEqual(e.properties, { title: 'mlgate data validate', file: 'proj/mlgate.yml', line: '5',
      col: /:5:(\d+):/.exec(line)[1] });
    assert.ok(r.summary.startsWith(`## ❌ mlgate data validate: bad input\n\n\`\`\`\n${line}\n\`\`\`\n`), r.summary);
    assert.equal(r.outputs.summary.trimEnd(), r.summary.trimEnd());
  });

  test('pass-through: data profile without config, quoted args, --out from args', async () => {
    const ws = project('pass');
    fs.renameSync(path.join(ws.workspace, 'proj', 'cities.csv'), path.join(ws.workspace, 'proj', 'my cities.csv'));
    const r = await runAction(ws, { inputs: { command: 'data  profile', 'working-directory': 'proj',
      'engine-jar': JAR, args: `--data 'my cities.csv'\n--out reports/profile --quiet` } });
    assert.equal(r.code, 0, r.log);
    assert.equal(r.outputs.status, 'PASS');
    assert.equal(r.outputs['count-total'], '0');
    assert.equal(r.outputs['report-dir'], path.join(ws.workspace, 'proj', 'reports', 'profile'));
    assert.ok(fs.existsSync(r.outputs['report-html']));
    assert.match(r.summary, /### Dataset/);
    assert.match(r.stdout, /-jar \S+ data profile --data my cities\.csv --out reports\/profile --quiet\n/);
  });
});
