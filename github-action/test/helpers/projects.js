// Tiny projects for the engine: a CSV and policies that pass, warn, fail, or are bad input.
export const CSV = `id,city,temp,wind
1,Seattle,12.5,3.1
2,Portland,14.0,2.2
3,Boise,,4.0
4,Spokane,9.5,1.0
`;

const head = `version: 1
data:
  input: {path: cities.csv}
  checks:
    - {check: row_count, min: 3, max: 10}
    - {check: completeness, column: city, min: 1}
`;

export const POLICY = {
  pass: head,
  warn: `${head}    - {check: completeness, column: temp, min: 1, level: warn}\n`,
  fail: `${head}    - {check: completeness, column: temp, min: 1, level: warn}
    - {check: range, column: wind, min: 0, max: 3.5}
`,
  // line 5: an unknown key
  bad: `version: 1
data:
  input: {path: cities.csv}
  checks:
    - {check: row_count, min: 3, mx: 10}
`,
};

/** Writes the project into ws under dir: cities.csv and mlgate.yml with the given policy. */
export function writeProject(ws, dir, policy) {
  ws.file(`${dir}/cities.csv`, CSV);
  ws.file(`${dir}/mlgate.yml`, POLICY[policy]);
}
