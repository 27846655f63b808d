// Registers ./json-import-hooks.js; import this module before importing @actions/workflow-parser.
import { register } from 'node:module';

register('./json-import-hooks.js', import.meta.url);
