// Module loader hooks for Node 20: @actions/workflow-parser imports its JSON schema files without an import
// attribute (`import S from "../workflow-v1.0.min.json"`), which Node 20 rejects with
// ERR_IMPORT_ASSERTION_TYPE_MISSING. This hook serves such a file as an ES module whose default export is the
// parsed JSON, which is what the parser expects. Registered by ./register-json-hook.js.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  const attrs = context.importAttributes ?? context.importAssertions ?? {};
  if (url.startsWith('file:') && url.endsWith('.json') && attrs.type === undefined) {
    const text = await readFile(new URL(url), 'utf8');
    JSON.parse(text); // fail here, with the file's name in the stack, if it is not JSON
    return { format: 'module', source: `export default ${text};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
