// @ts-check
/**
 * The launcher that starts the product's Node.js with an environment it chose, rendered for the
 * standalone bundle (scripts/bundle.js) and for the GitLab component's JS file (scripts/templates.js).
 * The variables come from src/cli/runtime-variables.json, which seekrit-ci run reads too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** @type {string[]} */
export const RUNTIME_VARIABLES = JSON.parse(readFileSync(join(root, 'src/cli/runtime-variables.json'), 'utf8')).variables;

/** The launcher with `exec` as its last line (a line that starts Node.js with "$@"). @param {string} exec */
export function renderLauncher(exec) {
  return readFileSync(join(root, 'scripts/bundle/launcher.sh'), 'utf8')
    .replace('@RUNTIME_VARIABLES@', RUNTIME_VARIABLES.join(' '))
    .replace('@EXEC@', exec);
}
