// Entry point of the action (bundled into dist/index.js). Any unexpected error fails the step with its message.
import * as core from '@actions/core';
import { main } from './main.js';

main().catch((e) => {
  core.setFailed(e instanceof Error ? e.message : String(e));
});
