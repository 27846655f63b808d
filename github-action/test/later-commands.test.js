// Commands added to the engine later, played by a stand-in engine (helpers/fake-engine.js) that writes the report
// such a command would: the action needs no change to export its figures and place its annotations.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { fakeJdk, laterCommandReport } from './helpers/engine.js';
import { makeWorkspace, runAction } from './helpers/runner.js';
import { jitOptions } from '../src/jvm.js';

const workspaces = [];
after(() => workspaces.forEach((ws) => ws.remove()));

/** A workspace with a stand-in JDK, a dummy jar and the given report; returns {ws, run(inputs, env)}. */
function standIn(report) {
  const ws = makeWorkspace();
  workspaces.push(ws);
  const jdk = fakeJdk(path.join(ws.root, 'jdk'));
  const jar = ws.file('proj/engine.jar', 'not really a jar');
  const reportFile = path.join(ws.root, 'report.json');
  if (report) fs.writeFileSync(reportFile, JSON.stringify(report));
  const argvFile = path.join(ws.root, 'argv.json');
  ws.file('proj/mlgate.yml', 'version: 1\n');
  const run = (inputs, env = {}) => runAction(ws, {
    inputs: { 'working-directory': 'proj', 'engine-jar': 'engine.jar', ...inputs },
    env: { JAVA_HOME: jdk, FAKE_MLGATE_REPORT: report ? reportFile : '', FAKE_MLGATE_ARGV: argvFile, ...env },
  });
  return { ws, run, jar, argv: () => JSON.parse(fs.readFileSync(argvFile, 'utf8')) };
}

test('figures from sections[].data.figures become outputs; checks with origin are annotated at their line', async () => {
  const s = standIn(laterCommandReport());
  const r = await s.run({ command: 'drift check', config: 'mlgate.yml', args: '--reference data/train.csv' },
    { FAKE_MLGATE_EXIT: '1' });
  assert.equal(r.code, 1, r.log);
  const argv = ['drift', 'check', '--policy', 'mlgate.yml', '--out', 'mlgate-reports/drift-check', '--reference',
    'data/train.csv'];
  assert.deepEqual(s.argv(), [...jitOptions(argv), '-jar', s.jar, ...argv]);
  assert.equal(r.outputs.status, 'FAIL', 'a figure named status does not replace the status output');
  assert.equal(r.outputs['drift-share'], '0.3333');
  assert.equal(r.outputs['drifted-features'], '1');
  assert.equal(r.outputs['count-fail'], '1');
  assert.deepEqual(JSON.parse(r.outputs.figures), { 'count-total': '3', 'count-pass': '1', 'count-no-data': '0',
    'count-warn': '1', 'count-fail': '1', 'count-error': '0', 'drift-share': '0.3333', 'drifted-features': '1' });
  assert.deepEqual(r.errors[0], { command: 'error', message: 'drift:temp_max: drift:temp_max drifted (measured 0.31, '
    + 'expected <= 0.2)', properties: { title: 'mlgate drift check: FAIL drift:temp_max', file: 'proj/mlgate.yml',
    line: '12', col: '7' } });
  assert.deepEqual(r.warnings[0].properties, { title: 'mlgate drift check: WARN drift:wind', file: 'proj/mlgate.yml',
    line: '13' });
  assert.match(r.errors[1].message, /^mlgate drift check: gate failed: 1 of 3 checks failed \(drift:temp_max\)/);
});

test('the engine\'s output cannot issue workflow commands', async () => {
  const report = { ...laterCommandReport(), status: 'PASS', checks: [], sections: [] };
  const s = standIn(report);
  const r = await s.run({ command: 'drift check' }, { FAKE_MLGATE_STDOUT: '::error file=x.py,line=1::injected by data' });
  assert.equal(r.code, 0, r.log);
  assert.match(r.stdout, /^::error file=x\.py,line=1::injected by data$/m, 'printed in the log');
  assert.deepEqual(r.errors, [], 'but inside stop-commands, so not an annotation');
});

test('internal error: exit 3 with a report whose checks could not be computed fails the step', async () => {
  const report = laterCommandReport();
  report.status = 'ERROR';
  report.checks[0].status = 'ERROR';
  report.counts = { total: 3, PASS: 1, NO_DATA: 0, WARN: 1, FAIL: 0, ERROR: 1 };
  const s = standIn(report);
  const r = await s.run({ command: 'drift check' }, { FAKE_MLGATE_EXIT: '3' });
  assert.equal(r.code, 1, r.log);
  assert.equal(r.outputs.status, 'ERROR');
  assert.equal(r.outputs['exit-code'], '3');
  assert.match(r.errors.at(-1).message, /^mlgate drift check: 1 check could not be computed \(drift:temp_max\)/);
});

test('an engine that dies without a report: the exit code and its last stderr line', async () => {
  const s = standIn(null);
  const r = await s.run({ command: 'drift check' },
    { FAKE_MLGATE_EXIT: '137', FAKE_MLGATE_STDERR: 'mlgate: internal error: java.lang.OutOfMemoryError' });
  assert.equal(r.code, 1, r.log);
  assert.equal(r.outputs.status, 'ERROR');
  assert.equal(r.outputs['exit-code'], '137');
  assert.equal(r.errors.at(-1).message,
    'mlgate drift check: the engine exited with code 137: mlgate: internal error: java.lang.OutOfMemoryError');
  assert.match(r.summary, /^## ❌ mlgate drift check: exit code 137/);
});

test('a command that writes no report and exits 0 passes, with status PASS', async () => {
  const s = standIn(null);
  const r = await s.run({ command: 'registry list' });
  assert.equal(r.code, 0, r.log);
  assert.equal(r.outputs.status, 'PASS');
  assert.equal(r.outputs['report-json'], undefined);
  assert.match(r.stdout, /mlgate registry list wrote no report in /);
});

test('at most 9 failing checks are annotated, so that the step\'s failure message is the 10th GitHub shows', async () => {
  const report = laterCommandReport();
  report.checks = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, status: 'FAIL', level: 'ERROR',
    message: 'bad', measured: 1, threshold: '< 1' }))
    .concat(Array.from({ length: 11 }, (_, i) => ({ id: `w${i}`, status: 'WARN', level: 'WARN',
      message: 'meh', measured: 1, threshold: '< 1' })));
  report.counts = { total: 23, PASS: 0, NO_DATA: 0, WARN: 11, FAIL: 12, ERROR: 0 };
  const s = standIn(report);
  const r = await s.run({ command: 'drift check' }, { FAKE_MLGATE_EXIT: '1' });
  assert.equal(r.code, 1, r.log);
  assert.deepEqual(r.errors.map((e) => e.message.split(':')[0]),
    ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'mlgate drift check']);
  assert.match(r.errors[9].message, /12 of 23 checks failed \(c0, c1, c2, c3, c4 and 7 more\)/);
  assert.equal(r.warnings.length, 10);
  assert.match(r.stdout, /^3 failing and 1 warning checks more than GitHub annotates; the job summary lists every check$/m);
});

test('MLGATE_JAVA_OPTS goes to the JVM, after the JIT settings and before -jar', async () => {
  const s = standIn({ ...laterCommandReport(), status: 'PASS', checks: [] });
  const r = await s.run({ command: 'drift check' }, { MLGATE_JAVA_OPTS: `-Xmx256m '-Dmlgate.note=a b'` });
  assert.equal(r.code, 0, r.log);
  const argv = s.argv();
  const jar = argv.indexOf('-jar');
  assert.deepEqual(argv.slice(jar - 2, jar + 2), ['-Xmx256m', '-Dmlgate.note=a b', '-jar', s.jar]);
  assert.deepEqual(argv.slice(0, jar - 2), jitOptions(['drift', 'check']));
});

test('exit 3 with a report: the engine\'s error line is quoted, progress lines are not', async () => {
  const report = { ...laterCommandReport(), status: 'ERROR', counts: { total: 1, ERROR: 1 } };
  report.checks = [{ ...report.checks[0], status: 'ERROR' }];
  const s = standIn(report);
  const quiet = await s.run({ command: 'drift check' }, { FAKE_MLGATE_EXIT: '3', FAKE_MLGATE_STDERR: 'mlgate: running 1 check' });
  assert.equal(quiet.errors.at(-1).message.split('. Report: ')[0],
    'mlgate drift check: 1 check could not be computed (drift:temp_max)');
  const loud = await s.run({ command: 'drift check' },
    { FAKE_MLGATE_EXIT: '3', FAKE_MLGATE_STDERR: 'mlgate: internal error: java.lang.IllegalStateException: x' });
  assert.match(loud.errors.at(-1).message,
    /\(drift:temp_max\)\. mlgate: internal error: java\.lang\.IllegalStateException: x Report: /);
});
