// Finds the Java that runs the engine. The action never installs Java: it takes it from the runner, and when
// none fits it says which step to add (actions/setup-java) instead of half-installing one.
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import * as io from '@actions/io';
import fs from 'node:fs';
import path from 'node:path';

/** The engine's minimum Java version. */
export const MIN_JAVA = 17;

/** Java cannot be found or is too old; the message says what to add to the workflow. */
export class JavaError extends Error {}

function archSuffix() {
  return { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[process.arch] ?? process.arch.toUpperCase();
}

function setupJavaHint(version) {
  return 'Add this step before the mlgate step:\n'
    + '  - uses: actions/setup-java@v4\n'
    + `    with: {distribution: temurin, java-version: '${version}'}`;
}

/** Major version from `java -version` output: 'version "17.0.9"' → 17, 'version "1.8.0_392"' → 8. */
export function parseJavaMajor(text) {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

async function probe(java) {
  const r = await exec.getExecOutput(java, ['-version'], { silent: true, ignoreReturnCode: true });
  return parseJavaMajor(r.stderr + r.stdout);
}

/** Candidates in order: JAVA_HOME_<v>_<ARCH> (hosted runners' preinstalled JDKs), JAVA_HOME, java on PATH. */
async function candidates(javaVersion) {
  const list = [];
  if (javaVersion !== null) {
    const name = `JAVA_HOME_${javaVersion}_${archSuffix()}`;
    if (process.env[name]) list.push({ java: path.join(process.env[name], 'bin', 'java'), source: name });
  }
  if (process.env.JAVA_HOME) list.push({ java: path.join(process.env.JAVA_HOME, 'bin', 'java'), source: 'JAVA_HOME' });
  const onPath = await io.which('java', false);
  if (onPath) list.push({ java: onPath, source: 'PATH' });
  return list.filter((c) => fs.existsSync(c.java));
}

/**
 * The Java to run the engine with: the first candidate, which must be at least Java 17 (and at least
 * java-version when that is given). Returns {java, major, source}; throws JavaError with the fix otherwise.
 */
export async function findJava(javaVersion) {
  const need = Math.max(MIN_JAVA, javaVersion ?? MIN_JAVA);
  const looked = `${javaVersion !== null ? `JAVA_HOME_${javaVersion}_${archSuffix()}, ` : ''}JAVA_HOME and PATH`;
  const found = await candidates(javaVersion);
  if (found.length === 0) {
    throw new JavaError(`No Java found on this runner (looked at ${looked}). The mlgate engine needs Java ${need} `
      + `or newer, and this action does not install Java. ${setupJavaHint(need)}`);
  }
  const first = found[0];
  const major = await probe(first.java);
  if (major === null) {
    throw new JavaError(`${first.java} (from ${first.source}) did not report a Java version. ${setupJavaHint(need)}`);
  }
  if (major < need) {
    throw new JavaError(`${first.java} (from ${first.source}) is Java ${major}; the mlgate engine needs Java ${need} `
      + `or newer${javaVersion !== null ? ` (java-version: ${javaVersion})` : ''}. ${setupJavaHint(need)}`);
  }
  core.info(`Java ${major}: ${first.java} (from ${first.source})`);
  return { ...first, major };
}
