// dist/ is what runners execute: it must be exactly what a fresh build of src/ and the locked dependencies gives.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { build, root } from '../scripts/build.js';

function listFiles(dir) {
  return fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

test('committed dist/ matches a fresh build (run `npm run build` and commit dist/ when this fails)', async () => {
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'mlgate-dist-'));
  try {
    await build(fresh);
    const committed = path.join(root, 'dist');
    assert.deepEqual(listFiles(committed), listFiles(fresh), 'the same files');
    for (const f of listFiles(fresh)) {
      const same = fs.readFileSync(path.join(committed, f)).equals(fs.readFileSync(path.join(fresh, f)));
      assert.ok(same, `dist/${f} differs from a fresh build: run 'npm run build' in github-action/ and commit dist/`);
    }
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
});
