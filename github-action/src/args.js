// Turns the args input into an argument list, and builds the engine's command line.

/**
 * Splits a command-line string the way a POSIX shell splits words, without expanding anything: blanks and line
 * breaks separate words; 'single quotes' keep everything; "double quotes" keep everything but \" \\ \$ \`;
 * a backslash outside quotes keeps the next character. Throws on an unterminated quote.
 */
export function splitArgs(text) {
  const words = [];
  let word = null;
  let i = 0;
  const push = (s) => { word = (word ?? '') + s; };
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (word !== null) words.push(word);
      word = null;
      i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' quote at character ${i + 1}`);
      push(text.slice(i + 1, end));
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < text.length && '"\\$`'.includes(text[j + 1])) {
          s += text[j + 1];
          j += 2;
        } else {
          s += text[j++];
        }
      }
      if (j >= text.length) throw new Error(`unterminated " quote at character ${i + 1}`);
      push(s);
      i = j + 1;
    } else if (c === '\\' && i + 1 < text.length) {
      if (text[i + 1] !== '\n') push(text[i + 1]);
      i += 2;
    } else {
      push(c);
      i++;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** The --out directory given in args (`--out DIR` or `--out=DIR`), or null. */
export function outInArgs(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out' && i + 1 < args.length) return args[i + 1];
    if (args[i].startsWith('--out=')) return args[i].slice('--out='.length);
  }
  return null;
}

/** Default report directory for a command, relative to the working directory: mlgate-reports/data-validate. */
export function defaultOutDir(command) {
  const slug = command.join('-').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'run';
  return `mlgate-reports/${slug}`;
}

/**
 * The arguments after `java -jar mlgate.jar`: the command's words, `--policy CONFIG` when config is set,
 * `--out DIR` unless args name one, then args. Returns the arguments and the report directory (as given).
 */
export function engineArgs({ command, config, args }) {
  const given = outInArgs(args);
  const out = given ?? defaultOutDir(command);
  const argv = [...command];
  if (config) argv.push('--policy', config);
  if (given === null) argv.push('--out', out);
  argv.push(...args);
  return { argv, out };
}
