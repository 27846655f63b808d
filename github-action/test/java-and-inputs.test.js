// Finding Java on the runner, and inputs the action refuses before running anything.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import YAML from 'yaml';
import { DEFAULTS } from '../src/inputs.js';
import { fakeJdk } from './helpers/engine.js';
import { ACTION_YML, makeWorkspace, runAction } from './helpers/runner.js';

const workspaces = [];
after(() => workspaces.forEach((ws) => ws.remove()));

function workspace() {
  const ws = makeWorkspace();
  workspaces.push(ws);
  ws.file('engine.jar', 'stand-in');
  fs.mkdirSync(path.join(ws.root, 'empty-bin'));
  return ws;
}

const ARCH = { x64: 'X64', arm64: 'ARM64' }[process.arch] ?? process.arch.toUpperCase();
const inputs = (more = {}) => ({ command: 'data validate', 'engine-jar': 'engine.jar', ...more });

test('no Java anywhere: the step fails and says which setup-java step to add', async () => {
  const ws = workspace();
  const r = await runAction(ws, { inputs: inputs({ 'java-version': '21' }),
    env: { JAVA_HOME: undefined, PATH: path.join(ws.root, 'empty-bin') } });
  assert.equal(r.code, 1, r.log);
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0].message, `No Java found on this runner (looked at JAVA_HOME_21_${ARCH}, JAVA_HOME and `
    + 'PATH). The mlgate engine needs Java 21 or newer, and this action does not install Java. Add this step before '
    + "the mlgate step:\n  - uses: actions/setup-java@v4\n    with: {distribution: temurin, java-version: '21'}");
});

test('Java older than 17 is refused with the same advice', async () => {
  const ws = workspace();
  const jdk = fakeJdk(path.join(ws.root, 'jdk11'), '11.0.21');
  const r = await runAction(ws, { inputs: inputs(), env: { JAVA_HOME: jdk } });
  assert.equal(r.code, 1, r.log);
  assert.match(r.errors[0].message, /jdk11\/bin\/java \(from JAVA_HOME\) is Java 11; the mlgate engine needs Java 17 /);
  assert.match(r.errors[0].message, /actions\/setup-java@v4/);
});

test('java-version picks the runner\'s JAVA_HOME_<version>_<ARCH> over JAVA_HOME', async () => {
  const ws = workspace();
  const jdk17 = fakeJdk(path.join(ws.root, 'jdk17'), '17.0.9');
  const jdk21 = fakeJdk(path.join(ws.root, 'jdk21'), '21.0.2');
  const r = await runAction(ws, { inputs: inputs({ 'java-version': '21' }),
    env: { JAVA_HOME: jdk17, [`JAVA_HOME_21_${ARCH}`]: jdk21 } });
  assert.equal(r.code, 0, r.log);
  assert.match(r.stdout, new RegExp(`Java 21: \\S+jdk21/bin/java \\(from JAVA_HOME_21_${ARCH}\\)`));
  const r2 = await runAction(ws, { inputs: inputs({ 'java-version': '21' }), env: { JAVA_HOME: jdk17 } });
  assert.equal(r2.code, 1, r2.log);
  assert.match(r2.errors[0].message, /is Java 17; the mlgate engine needs Java 21 or newer \(java-version: 21\)/);
});

for (const [name, given, message] of [
  ['fail-on', { 'fail-on': 'error' }, "input fail-on: 'error' is not allowed; use one of: fail, warn"],
  ['comment-on-pr', { 'comment-on-pr': 'yes' }, "input comment-on-pr: 'yes' is not a boolean; use true or false"],
  ['args', { args: '--data "a b.csv' }, 'input args: unterminated " quote at character 8'],
  ['command', { command: '  ' }, "input command is required: the mlgate command to run, e.g. 'data validate'"],
  ['engine-version', { 'engine-jar': '', 'engine-version': 'latest' },
    "input engine-version: 'latest' is not a release version like 1.2.3"],
  ['java-version', { 'java-version': '17.0' }, "input java-version: '17.0' is not a Java major version like 17 or 21"],
  ['engine-jar', { 'engine-jar': 'missing.jar' }, null],
]) {
  test(`bad ${name} input fails the step before the engine runs`, async () => {
    const ws = workspace();
    const r = await runAction(ws, { inputs: inputs(given) });
    assert.equal(r.code, 1, r.log);
    assert.equal(r.errors.length, 1, r.log);
    if (message) assert.equal(r.errors[0].message, message);
    else assert.equal(r.errors[0].message, `engine-jar: ${path.join(ws.workspace, 'missing.jar')} does not exist`);
    assert.doesNotMatch(r.stdout, /\[command\]/, 'the engine must not run');
  });
}

test('action.yml declares every input with a description and the default the code uses', () => {
  assert.deepEqual(Object.keys(ACTION_YML.inputs).sort(), Object.keys(DEFAULTS).sort());
  for (const [name, spec] of Object.entries(ACTION_YML.inputs)) {
    assert.ok(spec.description?.length > 10, `${name} has a description`);
    assert.match(name, /^[a-z]+(-[a-z]+)*$/, 'inputs are kebab-case');
    if (name === 'command') assert.equal(spec.required, true);
    else assert.equal(String(spec.default), DEFAULTS[name], `default of ${name}`);
  }
  for (const [name, spec] of Object.entries(ACTION_YML.outputs)) {
    assert.ok(spec.description?.length > 10, `output ${name} has a description`);
  }
  assert.equal(ACTION_YML.runs.using, 'node20');
  assert.equal(YAML.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).type, 'module');
});
