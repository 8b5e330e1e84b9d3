// @ts-check
/** `npm run test:portable`: the tests that run on every OS (test/portable.json), as CI runs them on Linux, macOS and Windows. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { files } = JSON.parse(readFileSync(new URL('../test/portable.json', import.meta.url), 'utf8'));
const vitest = new URL('../node_modules/vitest/vitest.mjs', import.meta.url);
const result = spawnSync(process.execPath, [fileURLToPath(vitest), 'run', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
