// A simulated GitHub runner for one action step: a temporary workspace with the runner's files (GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE), RUNNER_TEMP and RUNNER_TOOL_CACHE, the inputs as
// INPUT_* variables with action.yml's defaults filled in as the runner does, and the action run as the runner runs
// it: `node dist/index.js`. Returns what a workflow would see.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const ACTION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const REPO_ROOT = path.resolve(ACTION_DIR, '..');
export const ACTION_YML = YAML.parse(fs.readFileSync(path.join(ACTION_DIR, 'action.yml'), 'utf8'));

/** A fresh workspace: {root, workspace, temp, toolCache, file(rel, text), remove()}. */
export function makeWorkspace(prefix = 'mlgate-action-') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const ws = {
    root,
    workspace: path.join(root, 'workspace'),
    temp: path.join(root, 'runner-temp'),
    toolCache: path.join(root, 'tool-cache'),
    file(rel, text) {
      const p = path.join(ws.workspace, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
      return p;
    },
    remove() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  for (const d of [ws.workspace, ws.temp, ws.toolCache]) fs.mkdirSync(d, { recursive: true });
  return ws;
}

/** Parses the GITHUB_OUTPUT file format (name<<DELIMITER / value / DELIMITER). */
export function parseOutputFile(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const end = lines.indexOf(m[2], i + 1);
      out[m[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const k = lines[i].indexOf('=');
      out[lines[i].slice(0, k)] = lines[i].slice(k + 1);
    }
  }
  return out;
}

function unescapeData(s) {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s) {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Workflow commands (`::name k=v,k=v::message`) on stdout, as the runner reads them; honours stop-commands. */
export function parseCommands(stdout) {
  const cmds = [];
  let stopToken = null;
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null;
      continue;
    }
    if (!m) continue;
    if (m[1] === 'stop-commands') {
      stopToken = m[3];
      continue;
    }
    const properties = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const k = kv.indexOf('=');
      properties[kv.slice(0, k)] = unescapeProperty(kv.slice(k + 1));
    }
    cmds.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return cmds;
}

/** INPUT_* variables for the given inputs, defaults from action.yml, '${{ github.token }}' evaluated to token. */
export function inputEnv(inputs, token = '') {
  const env = {};
  for (const [name, spec] of Object.entries(ACTION_YML.inputs)) {
    let v = name in inputs ? inputs[name] : (spec.default ?? '');
    if (v === '${{ github.token }}') v = token;
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(v);
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in ACTION_YML.inputs)) throw new Error(`test gives input '${name}' that action.yml does not declare`);
  }
  return env;
}

/**
 * Runs the action once in ws. options: inputs, env (added to or overriding the runner's), event ({name, payload}),
 * token. Resolves to {code, stdout, stderr, outputs, summary, commands, errors, warnings, log}.
 */
export function runAction(ws, { inputs = {}, env = {}, event = { name: 'push', payload: {} }, token = '' } = {}) {
  const files = {};
  for (const [k, f] of Object.entries({ GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_ENV: 'env', GITHUB_PATH: 'path', GITHUB_STATE: 'state' })) {
    files[k] = path.join(ws.temp, `_runner_file_commands/${f}_${crypto.randomUUID()}`);
    fs.mkdirSync(path.dirname(files[k]), { recursive: true });
    fs.writeFileSync(files[k], '');
  }
  const eventPath = path.join(ws.temp, `event_${crypto.randomUUID()}.json`);
  fs.writeFileSync(eventPath, JSON.stringify(event.payload));
  const base = {};
  for (const k of ['PATH', 'HOME', 'JAVA_HOME', 'LANG', 'TMPDIR', 'MAVEN_OPTS']) {
    if (process.env[k] !== undefined) base[k] = process.env[k];
  }
  const childEnv = {
    ...base,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws.workspace,
    GITHUB_REPOSITORY: 'octo-org/weather',
    GITHUB_ACTION_REPOSITORY: 'octo-org/mlgate',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9/unused',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    RUNNER_TEMP: ws.temp,
    RUNNER_TOOL_CACHE: ws.toolCache,
    no_proxy: '127.0.0.1,localhost',
    ...files,
    ...inputEnv(inputs, token),
    ...env,
  };
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ACTION_DIR, 'dist', 'index.js')],
      { cwd: ws.workspace, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => { stdout += b; });
    child.stderr.on('data', (b) => { stderr += b; });
    child.on('error', reject);
    child.on('close', (code) => {
      const commands = parseCommands(stdout);
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputFile(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
        commands,
        errors: commands.filter((c) => c.command === 'error'),
        warnings: commands.filter((c) => c.command === 'warning'),
        // for assertion messages: the step's log, indented so that no line of it reads as a workflow command
        log: `${stdout}\n${stderr}`.split('\n').map((l) => `  | ${l}`).join('\n'),
      });
    });
  });
}
