// Stand-in for `java -jar mlgate.jar ...` (see engine.js fakeJdk): records its arguments in FAKE_MLGATE_ARGV,
// writes the report in FAKE_MLGATE_REPORT (JSON) with its four files into --out, prints FAKE_MLGATE_STDOUT and
// FAKE_MLGATE_STDERR, and exits with FAKE_MLGATE_EXIT (default 0).
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
if (process.env.FAKE_MLGATE_ARGV) fs.writeFileSync(process.env.FAKE_MLGATE_ARGV, JSON.stringify(args));
const out = args[args.indexOf('--out') + 1];
if (process.env.FAKE_MLGATE_REPORT && out) {
  const report = JSON.parse(fs.readFileSync(process.env.FAKE_MLGATE_REPORT, 'utf8'));
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'mlgate-report.json'), JSON.stringify(report, null, 2));
  fs.writeFileSync(path.join(out, 'mlgate-summary.md'), `## ${report.status} — mlgate: ${report.title}\n`);
  fs.writeFileSync(path.join(out, 'mlgate-report.html'), '<!doctype html><title>report</title>\n');
  fs.writeFileSync(path.join(out, 'mlgate-junit.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<testsuite/>\n');
}
if (process.env.FAKE_MLGATE_STDOUT) process.stdout.write(`${process.env.FAKE_MLGATE_STDOUT}\n`);
if (process.env.FAKE_MLGATE_STDERR) process.stderr.write(`${process.env.FAKE_MLGATE_STDERR}\n`);
process.exitCode = Number(process.env.FAKE_MLGATE_EXIT ?? 0);
