// Getting the engine jar: downloaded from engine-url, verified against its .sha256 file, cached once per runner in
// the tool cache; a wrong checksum or a missing release fails the step and caches nothing.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { fakeJdk } from './helpers/engine.js';
import { fileServer } from './helpers/http.js';
import { makeWorkspace, runAction } from './helpers/runner.js';

const workspaces = [];
const servers = [];
after(async () => {
  workspaces.forEach((ws) => ws.remove());
  await Promise.all(servers.map((s) => s.close()));
});

const JAR = Buffer.from('PK\u0003\u0004 a stand-in for the engine jar');
const SUM = crypto.createHash('sha256').update(JAR).digest('hex');

async function setup(files) {
  const ws = makeWorkspace();
  workspaces.push(ws);
  const server = await fileServer(files);
  servers.push(server);
  const argv = path.join(ws.root, 'argv.json');
  const env = { JAVA_HOME: fakeJdk(path.join(ws.root, 'jdk')), FAKE_MLGATE_ARGV: argv };
  const run = (version) => runAction(ws, { inputs: { command: 'data validate', 'engine-version': version,
    'engine-url': `${server.url}/releases/v{version}/mlgate-{version}.jar` }, env });
  return { ws, server, run, argv: () => JSON.parse(fs.readFileSync(argv, 'utf8')) };
}

test('downloaded once, checksum verified, then taken from the tool cache', async () => {
  const s = await setup({
    '/releases/v1.2.3/mlgate-1.2.3.jar': JAR,
    '/releases/v1.2.3/mlgate-1.2.3.jar.sha256': `${SUM}  mlgate-1.2.3.jar\n`,
  });
  const first = await s.run('1.2.3');
  assert.equal(first.code, 0, first.log);
  assert.deepEqual(s.server.requests.map((r) => r.url),
    ['/releases/v1.2.3/mlgate-1.2.3.jar', '/releases/v1.2.3/mlgate-1.2.3.jar.sha256']);
  const cached = path.join(s.ws.toolCache, 'mlgate', '1.2.3', 'noarch', 'mlgate.jar');
  assert.deepEqual(fs.readFileSync(cached), JAR);
  assert.ok(fs.existsSync(`${path.dirname(cached)}.complete`));
  assert.equal(s.argv()[s.argv().indexOf('-jar') + 1], cached);
  assert.match(first.stdout, new RegExp(`Verified SHA-256 ${SUM}`));

  const second = await s.run('1.2.3');
  assert.equal(second.code, 0, second.log);
  assert.equal(s.server.requests.length, 2, 'no second download');
  assert.match(second.stdout, /mlgate engine: \S+mlgate\.jar \(tool cache, mlgate 1\.2\.3\)/);
});

test('a checksum mismatch fails the step and caches nothing', async () => {
  const s = await setup({
    '/releases/v2.0.0/mlgate-2.0.0.jar': JAR,
    '/releases/v2.0.0/mlgate-2.0.0.jar.sha256': `${'0'.repeat(64)}\n`,
  });
  const r = await s.run('2.0.0');
  assert.equal(r.code, 1, r.log);
  assert.match(r.errors[0].message, new RegExp(`^checksum mismatch for ${s.server.url}/releases/v2\\.0\\.0/mlgate-2\\.0\\.0\\.jar: `
    + `its SHA-256 is ${SUM}, but \\S+\\.sha256 says 0{64}\\. The jar was not used and not cached$`));
  assert.ok(!fs.existsSync(path.join(s.ws.toolCache, 'mlgate', '2.0.0')));
  assert.doesNotMatch(r.stdout, /\[command\]/);
});

test('a release that does not exist: the URL and the HTTP status', async () => {
  const s = await setup({});
  const r = await s.run('9.9.9');
  assert.equal(r.code, 1, r.log);
  assert.equal(r.errors[0].message, `could not download the engine jar from ${s.server.url}/releases/v9.9.9/`
    + 'mlgate-9.9.9.jar (HTTP 404). Check engine-version and engine-url, or set engine-jar to a local jar');
});
