// The action: run one mlgate command, then publish what it found (outputs, job summary, annotations, PR
// comment) and fail the step when the gate failed. The command is passed through to the engine unchanged, so
// commands added to the engine later work without a change here.
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { engineArgs, splitArgs } from './args.js';
import { commentOnPr } from './comment.js';
import { resolveEngine } from './engine.js';
import { readInputs } from './inputs.js';
import { findJava } from './java.js';
import { jitOptions } from './jvm.js';
import {
  annotations, engineError, errorLocation, figures, fileStamp, FILES, idsWith, readReport, workspacePath,
} from './report.js';

/** GitHub keeps at most 1 MiB of job summary per step. */
const MAX_SUMMARY = 1024 * 1024 - 1024;

/** Annotations of each kind GitHub shows for one step. */
const ANNOTATION_LIMIT = 10;

const EXIT_STATUS = { 0: 'PASS', 1: 'FAIL' }; // without a report; anything else is ERROR

/**
 * Runs the engine with workflow commands in its output switched off, so that data it prints is never a command;
 * the JIT settings of bin/mlgate first, then MLGATE_JAVA_OPTS.
 */
async function runEngine(java, jar, argv, cwd) {
  const userOpts = process.env.MLGATE_JAVA_OPTS ?? '';
  const javaOpts = splitArgs(userOpts);
  const token = crypto.randomUUID();
  let stderr = '';
  process.stdout.write(`::stop-commands::${token}\n`);
  let code;
  try {
    code = await exec.exec(java, [...jitOptions(argv, userOpts), ...javaOpts, '-jar', jar, ...argv], {
      cwd,
      ignoreReturnCode: true,
      listeners: { stderr: (b) => { stderr += b.toString(); } },
    });
  } finally {
    process.stdout.write(`::${token}::\n`);
  }
  return { code, stderr };
}

function truncate(text, max, note) {
  return text.length <= max ? text : text.slice(0, max - note.length) + note;
}

function noReportSummary(name, code, line) {
  const what = code === 2 ? 'bad input' : code === 0 ? 'no report' : `exit code ${code}`;
  const icon = code === 0 ? 'ℹ️' : '❌';
  const body = line ? `\n\n\`\`\`\n${line}\n\`\`\`\n` : '\n';
  return `## ${icon} mlgate ${name}: ${what}${body}`;
}

async function publishSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary');
    return;
  }
  const note = '\n\n*(summary cut to GitHub\'s 1 MiB limit; see mlgate-report.html for all of it)*\n';
  await core.summary.addRaw(truncate(markdown, MAX_SUMMARY, note), true).write();
}

/**
 * Issues the checks' annotations. GitHub shows at most 10 error and 10 warning annotations per step: errors stop at
 * 9 so that the step's own failure message is always shown; the job summary lists every check.
 */
function annotate(list) {
  const room = { error: ANNOTATION_LIMIT - 1, warning: ANNOTATION_LIMIT };
  const left = { error: 0, warning: 0 };
  for (const a of list) {
    if (room[a.level] > 0) {
      room[a.level]--;
      core[a.level](a.message, a.properties);
    } else {
      left[a.level]++;
      core.info(`not annotated (GitHub shows ${ANNOTATION_LIMIT} per step): ${a.message}`);
    }
  }
  if (left.error + left.warning > 0) {
    core.info(`${left.error} failing and ${left.warning} warning checks more than GitHub annotates; `
      + 'the job summary lists every check');
  }
}

/** The step's verdict: null when it passes, else the message it fails with. */
function verdict({ name, code, report, failOn, line, files }) {
  const where = files ? ` Report: ${files.html}` : '';
  if (report) {
    // with a report, only a real error line adds to it (not a progress line)
    line = /^mlgate: (internal )?error: /.test(line ?? '') ? line : null;
    const c = report.counts ?? {};
    if (report.status === 'ERROR' || code === 3) {
      const n = c.ERROR ?? 0;
      return `mlgate ${name}: ${n} ${n === 1 ? 'check' : 'checks'} could not be computed (${idsWith(report, 'ERROR')}).`
        + `${line ? ` ${line}` : ''}${where}`;
    }
    if (report.status === 'FAIL' || code === 1) {
      return `mlgate ${name}: gate failed: ${c.FAIL} of ${c.total} checks failed (${idsWith(report, 'FAIL')}).${where}`;
    }
    if (report.status === 'WARN' && failOn === 'warn') {
      return `mlgate ${name}: gate warned and fail-on is warn: ${c.WARN} of ${c.total} checks warned `
        + `(${idsWith(report, 'WARN')}).${where}`;
    }
    if (code !== 0) return `mlgate ${name}: the engine exited with code ${code}.${line ? ` ${line}` : ''}`;
    return null;
  }
  if (code === 0) return null;
  if (code === 1) return `mlgate ${name}: gate failed (exit code 1), and no report was written.`;
  if (code === 2) return `mlgate ${name}: bad input: ${line ?? 'the engine exited with code 2'}`;
  if (code === 3) return `mlgate ${name}: internal error: ${line ?? 'the engine exited with code 3'}`;
  return `mlgate ${name}: the engine exited with code ${code}${line ? `: ${line}` : ''}`;
}

export async function main() {
  const inputs = readInputs();
  const name = inputs.command.join(' ');
  const cwd = inputs.workingDirectory;
  if (!fs.existsSync(cwd)) throw new Error(`working-directory ${cwd} does not exist`);
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());

  const java = await findJava(inputs.javaVersion);
  const engine = await resolveEngine(inputs);
  core.info(`mlgate engine: ${engine.jar} (${engine.source})`);

  const { argv, out } = engineArgs(inputs);
  const dir = path.resolve(cwd, out);
  const before = fileStamp(path.join(dir, FILES.json));
  const { code, stderr } = await runEngine(java.java, engine.jar, argv, cwd);
  const line = engineError(stderr);
  const found = code === 2 ? null : readReport(dir, before); // bad input never writes a report

  const report = found?.report ?? null;
  const status = report?.status ?? EXIT_STATUS[code] ?? 'ERROR';
  const markdown = found?.markdown || noReportSummary(name, code, code === 0 ? null : line);
  core.setOutput('status', status);
  core.setOutput('exit-code', String(code));
  core.setOutput('summary', markdown);
  if (found) {
    core.setOutput('report-dir', dir);
    core.setOutput('report-json', found.files.json);
    core.setOutput('report-html', found.files.html);
    core.setOutput('report-junit', found.files.junit);
    core.setOutput('report-markdown', found.files.markdown);
    const figs = figures(report);
    for (const [k, v] of Object.entries(figs)) core.setOutput(k, v);
    core.setOutput('figures', JSON.stringify(figs));
  } else if (code === 0) {
    core.info(`mlgate ${name} wrote no report in ${dir}`);
  }
  await publishSummary(markdown);

  if (report) annotate(annotations(report, { workingDirectory: cwd, workspace }));
  if (inputs.commentOnPr) await commentOnPr({ command: inputs.command, markdown, token: inputs.githubToken });

  const failure = verdict({ name, code, report, failOn: inputs.failOn, line, files: found?.files });
  core.setOutput('message', failure ?? `mlgate ${name}: ${status}`);
  if (failure === null) {
    core.info(`mlgate ${name}: ${status}`);
    return;
  }
  // one error annotation; for bad input it points at the file and line the engine named
  const at = code === 2 ? errorLocation(line) : null;
  const file = at ? workspacePath(at.file, cwd, workspace) : null;
  core.error(failure, file ? { title: `mlgate ${name}`, file, startLine: at.line, startColumn: at.column }
    : { title: `mlgate ${name}` });
  process.exitCode = core.ExitCode.Failure;
}
