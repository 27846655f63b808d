// Reads and checks the action's inputs. Every input has its default here and in action.yml (a test keeps the two
// equal); an empty input means its default, so the action behaves the same when run outside a real runner.
import * as core from '@actions/core';
import path from 'node:path';
import { splitArgs } from './args.js';

/** Defaults of the inputs, by input name, exactly as action.yml declares them. */
export const DEFAULTS = Object.freeze({
  command: '',
  config: '',
  args: '',
  'working-directory': '.',
  'engine-version': '0.1.0',
  'engine-url': '',
  'engine-jar': '',
  'java-version': '',
  'comment-on-pr': 'false',
  'fail-on': 'fail',
  'github-token': '${{ github.token }}',
});

const FAIL_ON = ['fail', 'warn'];

/** A problem with the inputs themselves: the step fails with this message before anything runs. */
export class InputError extends Error {}

function input(name) {
  const v = core.getInput(name);
  return v === '' ? DEFAULTS[name] : v;
}

function bool(name) {
  const v = input(name).trim();
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(`input ${name}: '${v}' is not a boolean; use true or false`);
}

/** The inputs as one checked value. Throws InputError naming the input and the allowed values. */
export function readInputs() {
  const command = input('command').trim().split(/\s+/).filter(Boolean);
  if (command.length === 0) {
    throw new InputError("input command is required: the mlgate command to run, e.g. 'data validate'");
  }
  const failOn = input('fail-on').trim();
  if (!FAIL_ON.includes(failOn)) {
    throw new InputError(`input fail-on: '${failOn}' is not allowed; use one of: ${FAIL_ON.join(', ')}`);
  }
  const engineVersion = input('engine-version').trim();
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(engineVersion)) {
    throw new InputError(`input engine-version: '${engineVersion}' is not a release version like 1.2.3`);
  }
  const javaVersion = input('java-version').trim();
  if (javaVersion !== '' && !/^\d+$/.test(javaVersion)) {
    throw new InputError(`input java-version: '${javaVersion}' is not a Java major version like 17 or 21`);
  }
  let args;
  try {
    args = splitArgs(input('args'));
  } catch (e) {
    throw new InputError(`input args: ${e.message}`);
  }
  const token = input('github-token').trim();
  return {
    command,
    config: input('config').trim(),
    args,
    workingDirectory: path.resolve(input('working-directory').trim() || '.'),
    engineVersion,
    engineUrl: input('engine-url').trim(),
    engineJar: input('engine-jar').trim(),
    javaVersion: javaVersion === '' ? null : Number(javaVersion),
    commentOnPr: bool('comment-on-pr'),
    failOn,
    // the runner fills in the default expression; run by hand, it arrives unevaluated and means "no token"
    githubToken: token.startsWith('${{') ? '' : token,
  };
}
