// The real engine jar built by Maven (shared-engine/target/mlgate.jar), and a stand-in engine for what the real
// one cannot show yet: a later command whose report has sections with figures and checks with their origin.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './runner.js';

export const JAR = process.env.MLGATE_TEST_JAR || path.join(REPO_ROOT, 'shared-engine', 'target', 'mlgate.jar');

const FAKE_ENGINE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fake-engine.js');

/**
 * Options for tests that run the real jar: skipped, with the reason, when it is missing; but never in CI
 * (CI=true), where the test runs and fails on the missing jar (github-action/test.sh builds it first).
 */
export function needsJar() {
  if (fs.existsSync(JAR) || process.env.CI === 'true') return {};
  return { skip: `${JAR} is missing: build it with 'mvn -q -B -DskipTests package' (github-action/test.sh does)` };
}

/**
 * Writes a JDK-like directory whose bin/java reports `version` for -version and otherwise runs the stand-in
 * engine (fake-engine.js), which writes the report given in FAKE_MLGATE_REPORT. Returns the directory.
 */
export function fakeJdk(dir, version = '21.0.2') {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  const java = path.join(bin, 'java');
  fs.writeFileSync(java, `#!/bin/sh
if [ "$1" = "-version" ]; then echo 'openjdk version "${version}" 2024-01-16' >&2; exit 0; fi
exec '${process.execPath}' '${FAKE_ENGINE}' "$@"
`, { mode: 0o755 });
  return dir;
}

/** A report as a later command might write it: schema 1.x, a section with figures, checks with origin. */
export function laterCommandReport() {
  const check = (id, status, level, origin) => ({
    id, kind: 'feature_drift', target: id.split(':')[1], level, status, measured: 0.31, threshold: '<= 0.2',
    message: `${id} drifted`, examples: [], provenance: {}, ...(origin ? { origin } : {}),
  });
  return {
    schemaVersion: '1.2',
    kind: 'mlgate-report',
    command: 'drift check',
    title: 'Drift: serving vs training',
    status: 'FAIL',
    counts: { total: 3, PASS: 1, NO_DATA: 0, WARN: 1, FAIL: 1, ERROR: 0 },
    checks: [
      check('drift:temp_max', 'FAIL', 'ERROR', { file: 'mlgate.yml', line: 12, column: 7 }),
      check('drift:wind', 'WARN', 'WARN', { file: 'mlgate.yml', line: 13 }),
      check('drift:weather', 'PASS', 'ERROR', { file: 'mlgate.yml', line: 14 }),
    ],
    sections: [
      { kind: 'drift', title: 'Drift', data: { figures: { driftShare: 0.3333, driftedFeatures: 1, status: 'x' } } },
      { kind: 'other', title: 'Other', data: { rows: [1, 2] } },
    ],
    profiles: [],
  };
}
