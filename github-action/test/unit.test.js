// The action's pure parts on tiny inputs: argument splitting, the engine command line, figures, annotations,
// error locations, checksums, URLs, Java versions, the comment body.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { defaultOutDir, engineArgs, outInArgs, splitArgs } from '../src/args.js';
import { commentBody, marker, MAX_BODY } from '../src/comment.js';
import { engineUrl, parseChecksum } from '../src/engine.js';
import { parseJavaMajor } from '../src/java.js';
import { jitOptions } from '../src/jvm.js';
import {
  annotations, engineError, errorLocation, figures, kebab, measuredText, workspacePath,
} from '../src/report.js';
import { laterCommandReport } from './helpers/engine.js';

test('splitArgs splits like a shell, without expanding', () => {
  assert.deepEqual(splitArgs(''), []);
  assert.deepEqual(splitArgs('  --data a.csv\n  --tag k=v  '), ['--data', 'a.csv', '--tag', 'k=v']);
  assert.deepEqual(splitArgs(`--data 'my data.csv' --sql "a > \\"b\\" \\n" x\\ y`),
    ['--data', 'my data.csv', '--sql', 'a > "b" \\n', 'x y']);
  assert.deepEqual(splitArgs(`--a '' --b ""`), ['--a', '', '--b', '']);
  assert.deepEqual(splitArgs('$HOME ~ *.csv'), ['$HOME', '~', '*.csv']);
  assert.deepEqual(splitArgs('a\\\nb'), ['ab']);
  assert.throws(() => splitArgs("--data 'x"), /unterminated ' quote at character 8/);
});

test('jitOptions: bin/mlgate\'s JIT settings; C1 only and the serial collector for help, version, predict, record', () => {
  const common = ['-XX:CompileThresholdScaling=3', '-XX:CompileCommand=quiet',
    '-XX:CompileCommand=CompileThresholdScaling,sun.security.provider.SHA2::implCompress,0.01',
    '-XX:CompileCommand=CompileThresholdScaling,io.mlgate.engine.io.Sha256::compress,0.01'];
  assert.deepEqual(jitOptions(['data', 'validate', '--data', 'x.csv']), common);
  assert.deepEqual(jitOptions(['buildrisk', 'train']), common);
  assert.deepEqual(jitOptions(['model', 'predict']), common);
  for (const argv of [['buildrisk', 'predict', '--commit', 'HEAD'], ['buildrisk', 'record'], ['--version'],
    ['data', 'validate', '--help'], ['help'], []]) {
    assert.deepEqual(jitOptions(argv), [...common, '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'], argv.join(' '));
  }
  // the user's collector wins: two on one command line would be an error
  assert.deepEqual(jitOptions(['buildrisk', 'predict'], '-Xmx1g -XX:+UseParallelGC'),
    [...common, '-XX:TieredStopAtLevel=1']);
});

test('jitOptions says what bin/mlgate says: the same flags, C1 only for the same commands', () => {
  const launcher = fs.readFileSync(new URL('../../bin/mlgate', import.meta.url), 'utf8');
  for (const flag of [...jitOptions(['data', 'validate']), '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC']) {
    assert.ok(launcher.includes(flag), `bin/mlgate lacks ${flag}`);
  }
  const c1 = launcher.split('\n').find((line) => line.includes('" buildrisk predict "'));
  for (const words of ['-h', '--help', '-V', '--version', 'help', 'buildrisk predict', 'buildrisk record']) {
    assert.ok(c1.includes(`" ${words} "`), `bin/mlgate's C1-only case lacks ${words}`);
  }
});

test('engineArgs: command words, --policy from config, --out unless args name one, then args', () => {
  assert.deepEqual(engineArgs({ command: ['data', 'validate'], config: 'mlgate.yml', args: ['--quiet'] }),
    { argv: ['data', 'validate', '--policy', 'mlgate.yml', '--out', 'mlgate-reports/data-validate', '--quiet'],
      out: 'mlgate-reports/data-validate' });
  assert.deepEqual(engineArgs({ command: ['data', 'profile'], config: '', args: ['--out=r', '--data', 'x'] }),
    { argv: ['data', 'profile', '--out=r', '--data', 'x'], out: 'r' });
  assert.equal(outInArgs(['--data', 'x', '--out', 'dir']), 'dir');
  assert.equal(outInArgs(['--out']), null);
  assert.equal(defaultOutDir(['model', 'test']), 'mlgate-reports/model-test');
  assert.equal(defaultOutDir(['--version']), 'mlgate-reports/version');
  assert.equal(defaultOutDir(['a/b', 'c']), 'mlgate-reports/a-b-c');
});

test('figures: counts and every figures object, in kebab-case, reserved names and non-cells left out', () => {
  assert.equal(kebab('driftShare'), 'drift-share');
  assert.equal(kebab('drift_share'), 'drift-share');
  assert.equal(kebab('Risk score (p)'), 'risk-score-p');
  assert.equal(kebab('NO_DATA'), 'no-data');
  assert.equal(kebab('!!'), null);
  const report = laterCommandReport();
  report.figures = { risk: 0.82, 'drift-share': 'ignored: the top level comes first' , nested: { a: 1 } };
  report.sections.push({ kind: 'x', title: 'x', data: null }, { kind: 'y', title: 'y', data: { figures: [1] } });
  assert.deepEqual(figures(report), {
    'count-total': '3', 'count-pass': '1', 'count-no-data': '0', 'count-warn': '1', 'count-fail': '1',
    'count-error': '0', risk: '0.82', 'drift-share': 'ignored: the top level comes first', 'drifted-features': '1',
  });
  assert.deepEqual(figures({ counts: {}, sections: [{ data: { figures: { ok: true, none: null } } }] }), { ok: 'true' });
});

test('annotations: worst first, placed at the check\'s origin when it has one inside the workspace', () => {
  const report = laterCommandReport();
  report.checks.push({ id: 'x:y', status: 'ERROR', message: 'cannot compute', measured: null, threshold: '<= 1',
    origin: { file: '../../elsewhere.yml', line: 3 } });
  report.checks.push({ id: 'n:d', status: 'NO_DATA', message: 'no history', measured: null, threshold: 'z < 3' });
  const a = annotations(report, { workingDirectory: '/ws/proj', workspace: '/ws' });
  assert.deepEqual(a.map((x) => [x.level, x.properties.file, x.properties.startLine, x.properties.startColumn]), [
    ['error', undefined, undefined, undefined],
    ['error', 'proj/mlgate.yml', 12, 7],
    ['warning', 'proj/mlgate.yml', 13, undefined],
  ]);
  assert.equal(a[0].message, 'x:y: cannot compute (measured nothing, expected <= 1)');
  assert.deepEqual([0.9972602739, 17.448076923, 123456789, 2, 1e-9 / 3, 'n/a', true].map(measuredText),
    ['0.99726', '17.4481', '123456789', '2', '3.33333e-10', 'n/a', 'true']);
  assert.equal(workspacePath('/ws/a/b.yml', '/ws/proj', '/ws'), 'a/b.yml');
  assert.equal(workspacePath('/ws', '/ws', '/ws'), null);
});

test('engine errors: the one line, and the file, line and column it names', () => {
  const stderr = 'mlgate: profiling x\nmlgate: error: Unknown option: \'--x\'\nRun \'mlgate data validate --help\' for usage.\n';
  assert.equal(engineError(stderr), "mlgate: error: Unknown option: '--x'");
  assert.equal(engineError('Exception in thread "main"\n  at Foo\n'), 'at Foo');
  assert.equal(engineError(''), null);
  assert.deepEqual(errorLocation('mlgate: error: conf/mlgate.yml:5:38: data.checks[0].mx: unknown key'),
    { file: 'conf/mlgate.yml', line: 5, column: 38 });
  assert.equal(errorLocation("mlgate: error: Unknown option: '--x'"), null);
  assert.equal(errorLocation('mlgate: error: data.csv: no such file'), null);
});

test('checksum files, download URLs, Java versions', () => {
  const hex = 'ab'.repeat(32);
  assert.equal(parseChecksum(`${hex.toUpperCase()}  mlgate-1.0.0.jar\n`), hex);
  assert.equal(parseChecksum(hex), hex);
  assert.equal(parseChecksum('not a digest'), null);
  assert.equal(engineUrl('', '1.2.3', { GITHUB_ACTION_REPOSITORY: 'acme/mlgate', GITHUB_SERVER_URL: 'https://ghe.acme/' }),
    'https://ghe.acme/acme/mlgate/releases/download/v1.2.3/mlgate-1.2.3.jar');
  assert.equal(engineUrl('', '1.2.3', { GITHUB_REPOSITORY: 'me/mlgate' }),
    'https://github.com/me/mlgate/releases/download/v1.2.3/mlgate-1.2.3.jar');
  assert.equal(engineUrl('https://m.acme/mlgate/{version}/mlgate.jar', '1.2.3', {}), 'https://m.acme/mlgate/1.2.3/mlgate.jar');
  assert.throws(() => engineUrl('', '1.2.3', {}), /set engine-url to the release URL, or engine-jar/);
  assert.equal(parseJavaMajor('openjdk version "17.0.9" 2023-10-17'), 17);
  assert.equal(parseJavaMajor('java version "1.8.0_392"'), 8);
  assert.equal(parseJavaMajor('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaMajor('nothing'), null);
});

test('comment body: marker first, summary cut to GitHub\'s limit, link to the run', () => {
  assert.equal(marker(['data', 'validate']), '<!-- mlgate-action: data validate -->');
  assert.equal(marker(['x', '--y-->']), '<!-- mlgate-action: x -y- -->');
  const body = commentBody(['data', 'validate'], '## PASS\n', 'https://run');
  assert.ok(body.startsWith('<!-- mlgate-action: data validate -->\n## PASS\n\n---\n'));
  assert.ok(body.includes('[workflow run and full reports](https://run)'));
  const long = commentBody(['data', 'validate'], 'x'.repeat(100_000), 'https://run');
  assert.ok(long.length <= MAX_BODY);
  assert.ok(long.includes('summary cut to fit a comment'));
  assert.ok(long.endsWith('this comment is updated on every run</sub>\n'));
});
