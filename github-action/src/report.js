// Reads what the engine wrote (mlgate-report.json and its siblings) and turns it into the action's outputs and
// annotations. Everything here is generic over commands: it reads only the report schema's common fields.
import fs from 'node:fs';
import path from 'node:path';

export const FILES = Object.freeze({
  json: 'mlgate-report.json',
  html: 'mlgate-report.html',
  junit: 'mlgate-junit.xml',
  markdown: 'mlgate-summary.md',
});

/** Statuses from best to worst, as in the report schema. */
export const STATUSES = ['PASS', 'NO_DATA', 'WARN', 'FAIL', 'ERROR'];

/** Outputs the action always sets itself; a figure of the same name does not replace them. */
export const RESERVED_OUTPUTS = new Set(['status', 'exit-code', 'message', 'report-dir', 'report-json', 'report-html',
  'report-junit', 'report-markdown', 'summary', 'figures']);

/** Identity of a file, to tell a report written by this run from one left by an earlier run. */
export function fileStamp(file) {
  try {
    const s = fs.statSync(file);
    return `${s.ino}:${s.mtimeMs}:${s.size}`;
  } catch {
    return null;
  }
}

/**
 * The report this run wrote in dir, or null: none there, or the one there is unchanged since `before`
 * (an earlier run's). Returns {report, files} with absolute paths of the four files.
 */
export function readReport(dir, before) {
  const files = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, path.join(dir, f)]));
  const stamp = fileStamp(files.json);
  if (stamp === null || stamp === before) return null;
  const report = JSON.parse(fs.readFileSync(files.json, 'utf8'));
  if (report.kind !== 'mlgate-report') throw new Error(`${files.json} is not an mlgate report`);
  const major = String(report.schemaVersion ?? '').split('.')[0];
  if (major !== '1') throw new Error(`${files.json} has schema version ${report.schemaVersion}; this action reads 1.x`);
  const markdown = fs.existsSync(files.markdown) ? fs.readFileSync(files.markdown, 'utf8') : '';
  return { report, files, markdown };
}

/** 'driftShare', 'drift_share', 'Drift share' → 'drift-share'; null when nothing usable is left. */
export function kebab(name) {
  const s = String(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return /^[a-z0-9][a-z0-9-]*$/.test(s) ? s : null;
}

function cell(v) {
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v);
  return null;
}

/**
 * The report's key figures, output name → text. counts.<STATUS> and counts.total become count-<status>;
 * every `figures` object, at the top level or in a section's data, adds its cells under their kebab-case names
 * (the first of equal names wins; objects and arrays are skipped). Commands added later only need to put
 * their figures there for the action to export them.
 */
export function figures(report) {
  const out = {};
  const put = (name, value) => {
    const key = kebab(name);
    const text = cell(value);
    if (key !== null && text !== null && !(key in out) && !RESERVED_OUTPUTS.has(key)) out[key] = text;
  };
  for (const [k, v] of Object.entries(report.counts ?? {})) put(`count-${k}`, v);
  const groups = [report.figures, ...(report.sections ?? []).map((s) => s?.data?.figures)];
  for (const g of groups) {
    if (g && typeof g === 'object' && !Array.isArray(g)) {
      for (const [k, v] of Object.entries(g)) put(k, v);
    }
  }
  return out;
}

/** A measured value for a message: integers as they are, other numbers to six significant digits. */
export function measuredText(v) {
  if (typeof v === 'number') return String(Number.isInteger(v) ? v : Number(v.toPrecision(6)));
  return v === null || v === undefined ? 'nothing' : String(v);
}

/**
 * A path as GitHub wants it in an annotation: relative to the workspace, '/'-separated; null when the file is
 * outside the workspace (GitHub could not show it there).
 */
export function workspacePath(file, workingDirectory, workspace) {
  const abs = path.resolve(workingDirectory, file);
  const rel = path.relative(workspace, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

function positive(n) {
  const v = Number(n);
  return Number.isInteger(v) && v > 0 ? v : undefined;
}

/**
 * One annotation per check that did not pass: FAIL and ERROR as errors, WARN as warnings, worst first.
 * A check's `origin: {file, line, column}` (where the policy defines it), when the report has it, places the
 * annotation on that line. Returns [{level: 'error'|'warning', message, properties}].
 */
export function annotations(report, { workingDirectory, workspace }) {
  const level = { FAIL: 'error', ERROR: 'error', WARN: 'warning' };
  return (report.checks ?? [])
    .filter((c) => level[c.status])
    .sort((a, b) => STATUSES.indexOf(b.status) - STATUSES.indexOf(a.status))
    .map((c) => {
      const properties = { title: `mlgate ${report.command}: ${c.status} ${c.id}` };
      const file = c.origin?.file ? workspacePath(c.origin.file, workingDirectory, workspace) : null;
      if (file !== null) {
        properties.file = file;
        const line = positive(c.origin.line);
        if (line) properties.startLine = line;
        const col = positive(c.origin.column);
        if (line && col) properties.startColumn = col;
      }
      const message = `${c.id}: ${c.message} (measured ${measuredText(c.measured)}, expected ${c.threshold})`;
      return { level: level[c.status], message, properties };
    });
}

/** The one-line error the engine printed on stderr ('mlgate: error: ...'), or its last line, or null. */
export function engineError(stderr) {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^mlgate: (internal )?error: /.test(l)) ?? lines.at(-1) ?? null;
}

/** 'mlgate: error: policy.yml:5:30: data.checks[0].mn: ...' → {file, line, column}; null without a location. */
export function errorLocation(line) {
  const m = /^mlgate: error: ([^\s:][^:]*):(\d+):(\d+): /.exec(line ?? '');
  return m ? { file: m[1], line: Number(m[2]), column: Number(m[3]) } : null;
}

/** Check ids with the given status, for messages: 'a, b, c and 2 more'. */
export function idsWith(report, status, max = 5) {
  const ids = (report.checks ?? []).filter((c) => c.status === status).map((c) => c.id);
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}
