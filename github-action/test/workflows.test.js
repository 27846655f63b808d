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
  }
});

test('action.yml is a valid action', () => {
  const result = actions.parseAction(
    { name: 'github-action/action.yml', content: fs.readFileSync(path.join(ACTION_DIR, 'action.yml'), 'utf8') },
    new parser.NoOperationTraceWriter());
  assert.deepEqual(errorsOf(result), []);
});

test('the parser does find mistakes (so that the tests above can fail)', () => {
  const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        wth: {}\n';
  const result = parser.parseWorkflow({ name: 'bad.yml', content: bad }, new parser.NoOperationTraceWriter());
  assert.deepEqual(errorsOf(result), ["bad.yml (Line: 7, Col: 9): Unexpected value 'wth'"]);
  const badAction = 'name: x\ndescription: y\nruns:\n  using: node20\n  mian: dist/index.js\n';
  const r2 = actions.parseAction({ name: 'action.yml', content: badAction }, new parser.NoOperationTraceWriter());
  assert.ok(errorsOf(r2).length > 0);
});
