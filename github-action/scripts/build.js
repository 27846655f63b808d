// Bundles src/ and its dependencies into one file, dist/index.js, which action.yml runs. dist/ is committed
// (a runner does not install dependencies); test/dist.test.js checks that it matches a fresh build.
//   node scripts/build.js [OUTDIR]     (default: dist)
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..');

/** Writes index.js (ESM, with its licence notices at the end) and package.json into outdir. */
export async function build(outdir) {
  fs.mkdirSync(outdir, { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/index.js'],
    outfile: path.join(outdir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // bundled CommonJS dependencies call require() for Node's own modules
    banner: { js: "import { createRequire as __mlgateCreateRequire } from 'node:module';\n"
      + 'const require = __mlgateCreateRequire(import.meta.url);' },
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
  });
  // the bundle is an ES module wherever dist/ is copied to
  fs.writeFileSync(path.join(outdir, 'package.json'), '{\n  "type": "module"\n}\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build(path.resolve(process.argv[2] ?? path.join(root, 'dist')));
}
