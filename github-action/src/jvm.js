// The JVM options the action starts the engine with, before the user's MLGATE_JAVA_OPTS (which come later on the
// command line and so win): the same JIT settings bin/mlgate uses (docs/benchmarks.md, "Start-up of the CLI").
// A gate runs for a second or a few: most of its CPU goes to DuckDB, JGit or SHA-256, and compiling the start-up's
// once-used Java code costs more than it saves.

/** Commands whose work is one build or a page of text: the C1 compiler alone does it with less compiling. */
const C1_ONLY = [['buildrisk', 'predict'], ['buildrisk', 'record']];
const TEXT_ONLY = new Set(['-h', '--help', '-V', '--version']);

/**
 * Options for `java … -jar mlgate.jar argv…`: three times the JIT's usual compile thresholds, the SHA-256 block
 * functions (the JDK's and mlgate's own) compiled early (input fingerprints), and for help, version, `buildrisk
 * predict` and `record` C1 only and the serial collector — unless `userOpts` (MLGATE_JAVA_OPTS, which come after
 * these) name a collector: two collectors on one command line are an error.
 */
export function jitOptions(argv, userOpts = '') {
  const opts = [
    '-XX:CompileThresholdScaling=3',
    '-XX:CompileCommand=quiet',
    '-XX:CompileCommand=CompileThresholdScaling,sun.security.provider.SHA2::implCompress,0.01',
    '-XX:CompileCommand=CompileThresholdScaling,io.mlgate.engine.io.Sha256::compress,0.01',
  ];
  const textOnly = argv.length === 0 || argv[0] === 'help' || argv.some((a) => TEXT_ONLY.has(a));
  const oneBuild = C1_ONLY.some((words) => words.every((w, i) => argv[i] === w));
  if (textOnly || oneBuild) {
    opts.push('-XX:TieredStopAtLevel=1');
    if (!userOpts.includes('GC')) opts.push('-XX:+UseSerialGC');
  }
  return opts;
}
