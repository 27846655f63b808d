// Every workflow file in the repository (.github/workflows/ and pipeline-examples/) is valid for GitHub Actions,
// as @actions/workflow-parser (the parser of GitHub's own workflow language services) reads it, and the steps
// that use this action give it only inputs it declares. action.yml is checked with the same package.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import YAML from 'yaml';
import './tooling/register-json-hook.js'; // Node 20 cannot import the parser's JSON schema files without it
import { ACTION_DIR, ACTION_YML, REPO_ROOT } from './helpers/runner.js';

let parser;
let actions;
before(async () => {
  parser = await import('@actions/workflow-parser');
  actions = await import('@actions/workflow-parser/actions/index');
});

const SKIP = new Set(['node_modules', 'target', 'data', '.git', '.mlgate', 'mlgate-reports']);

function walk(dir, found = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.data.')) walk(p, found);
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) found.push(p);
  }
  return found;
}

/** Files in a .github/workflows folder, and any other YAML file in pipeline-examples/ with top-level on: and jobs:. */
export function workflowFiles() {
  const inWorkflowsDir = (p) => p.split(path.sep).join('/').includes('/.github/workflows/');
  const rootDir = path.join(REPO_ROOT, '.github', 'workflows');
  const candidates = [...(fs.existsSync(rootDir) ? walk(rootDir) : []), ...walk(path.join(REPO_ROOT, 'pipeline-examples'))];
  return candidates.filter((p) => {
    if (inWorkflowsDir(p)) return true;
    const doc = YAML.parse(fs.readFileSync(p, 'utf8'));
    return doc !== null && typeof doc === 'object' && 'jobs' in doc && ('on' in doc || true in doc);
  }).sort();
}

function errorsOf(result) {
  return result.context.errors.getErrors().map((e) => e.message);
}

const USES_THIS_ACTION = /^(\.\/github-action|[^/]+\/mlgate\/github-action@.+)$/;

/**
 * Outputs of this action that a job reads (`steps.<id>.outputs.<name>` of a step that uses it) and action.yml
 * does not declare, as "job J: steps.ID.outputs.NAME". A misspelt name would silently read as empty.
 */
export function undeclaredOutputsRead(doc) {
  const found = [];
  for (const [jobId, job] of Object.entries(doc.jobs ?? {})) {
    const ours = new Set((job.steps ?? []).filter((s) => s.id && USES_THIS_ACTION.test(s.uses ?? '')).map((s) => s.id));
    for (const m of JSON.stringify(job).matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
      if (ours.has(m[1]) && !(m[2] in ACTION_YML.outputs)) found.push(`job ${jobId}: steps.${m[1]}.outputs.${m[2]}`);
    }
  }
  return found;
}

describe('workflow files', () => {
  const files = workflowFiles();
  const rel = (p) => path.relative(REPO_ROOT, p);

  test('are found: this repository\'s CI and the weather example\'s data gate at least', () => {
    const names = files.map(rel);
    assert.ok(names.includes('.github/workflows/ci.yml'), names.join(', '));
    assert.ok(names.includes('pipeline-examples/weather/.github/workflows/data-gate.yml'), names.join(', '));
  });

  for (const file of files) {
    test(`${rel(file)} is a valid workflow`, async () => {
      const result = parser.parseWorkflow({ name: rel(file), content: fs.readFileSync(file, 'utf8') },
        new parser.NoOperationTraceWriter());
      assert.deepEqual(errorsOf(result), []);
      const template = await parser.convertWorkflowTemplate(result.context, result.value);
      assert.deepEqual(template.errors ?? [], []);
      assert.ok(template.jobs.length > 0);
    });

    test(`${rel(file)} gives this action only inputs it declares`, () => {
      const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
      for (const [id, job] of Object.entries(doc.jobs)) {
        for (const step of job.steps ?? []) {
          if (!USES_THIS_ACTION.test(step.uses ?? '')) continue;
          const given = Object.keys(step.with ?? {});
          assert.ok(given.includes('command'), `job ${id}: step '${step.name ?? step.id}' has no command`);
          for (const name of given) {
            assert.ok(name in ACTION_YML.inputs, `job ${id}: input '${name}' is not in action.yml`);
          }
        }
      }
    });

    test(`${rel(file)} reads only outputs this action declares`, () => {
      assert.deepEqual(undeclaredOutputsRead(YAML.parse(fs.readFileSync(file, 'utf8'))), []);
    });
  }
});

test('action.yml is a valid action', () => {
  const result = actions.parseAction(
    { name: 'github-action/action.yml', content: fs.readFileSync(path.join(ACTION_DIR, 'action.yml'), 'utf8') },
    new parser.NoOperationTraceWriter());
  assert.deepEqual(errorsOf(result), []);
});

test('a misspelt output of this action is found (so that the output check can fail)', () => {
  const doc = YAML.parse('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n'
    + '      - id: risk\n        uses: your-org/mlgate/github-action@v1\n        with: {command: buildrisk predict}\n'
    + '      - if: steps.risk.outputs.model_out_of_date == \'true\'\n        run: echo ${{ steps.risk.outputs.risk }}\n'
    + '      - id: other\n        uses: actions/cache/restore@v4\n      - run: echo ${{ steps.other.outputs.cache-hit }}\n');
  assert.deepEqual(undeclaredOutputsRead(doc), ['job a: steps.risk.outputs.model_out_of_date']);
});

test('the parser does find mistakes (so that the tests above can fail)', () => {
  const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        wth: {}\n';
  const result = parser.parseWorkflow({ name: 'bad.yml', content: bad }, new parser.NoOperationTraceWriter());
  assert.deepEqual(errorsOf(result), ["bad.yml (Line: 7, Col: 9): Unexpected value 'wth'"]);
  const badAction = 'name: x\ndescription: y\nruns:\n  using: node20\n  mian: dist/index.js\n';
  const r2 = actions.parseAction({ name: 'action.yml', content: badAction }, new parser.NoOperationTraceWriter());
  assert.ok(errorsOf(r2).length > 0);
});

test('build-risk example: the imports read the artifact that the record job uploads, the row it recorded', () => {
  const dir = path.join(REPO_ROOT, 'pipeline-examples', 'buildrisk', '.github', 'workflows');
  const ci = YAML.parse(fs.readFileSync(path.join(dir, 'ci.yml'), 'utf8'));
  const train = YAML.parse(fs.readFileSync(path.join(dir, 'build-risk-train.yml'), 'utf8'));
  const steps = ci.jobs.record.steps;
  const upload = steps.find((s) => (s.uses ?? '').startsWith('actions/upload-artifact@'));
  assert.ok(upload, 'the record job uploads an artifact');
  const recordedInto = steps.filter((s) => s.with?.command === 'buildrisk record')
    .map((s) => /--history (\S+)/.exec(s.with.args)[1]);
  assert.ok(recordedInto.includes(upload.with.path), `${upload.with.path} is one of ${recordedInto}`);
  assert.ok(!upload.with.path.startsWith('ci/'), 'the row is kept out of the cached history folder');
  const imports = [...ci.jobs.risk.steps, ...train.jobs.train.steps].filter((s) => s.with?.command === 'buildrisk import');
  assert.equal(imports.length, 2);
  for (const s of imports) {
    assert.match(s.with.args, new RegExp(`--risks-from-artifact ${upload.with.name}(\\s|$)`));
  }
});
