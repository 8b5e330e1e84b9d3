// @ts-check
/**
 * `npm run profile -- [COUNT] [NODE]`: runs the bundled action main step once under --cpu-prof
 * against a loopback API holding COUNT secrets (default 100) on NODE (default: node24 from
 * tools/node24, else this Node.js) and prints where the time goes: self time by file and by
 * function, and inclusive time of the bundle's own functions. On demand, not part of the tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionEnv, apiFixture } from './fixture.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.argv[2] ?? 100);
const node24 = join(root, 'tools/node24/node_modules/node/bin/node');
const node = process.argv[3] ?? (existsSync(node24) ? node24 : process.execPath);
const work = mkdtempSync(join(tmpdir(), 'seekrit-profile-'));

const api = await apiFixture(count);
const env = actionEnv(api.token, api.url, work);
const profiles = join(work, 'profiles');
await new Promise((resolve) =>
  spawn(node, ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', profiles, join(root, 'dist/main/index.js')], {
    env,
    stdio: 'ignore',
  }).on('close', resolve),
);
await api.close();

/** @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }} ProfileNode */
const profile = /** @type {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} */ (
  JSON.parse(readFileSync(join(profiles, /** @type {string} */ (readdirSync(profiles)[0])), 'utf8'))
);
rmSync(work, { recursive: true, force: true });

/** @type {Map<number, number>} */
const self = new Map();
profile.samples.forEach((id, i) => {
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
/** @param {ProfileNode} n */
const label = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/.*\//, '') || '(native)'}:${n.callFrame.lineNumber}`;
/** @param {Map<string, number>} map @param {string} key @param {number} ms */
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
/** @param {Map<string, number>} map @param {number} rows */
const top = (map, rows) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([key, ms]) => `  ${ms.toFixed(1)} ms  ${key}`);

const byFile = new Map();
const byFunction = new Map();
let total = 0;
for (const n of profile.nodes) {
  const ms = self.get(n.id) ?? 0;
  total += ms;
  add(byFile, n.callFrame.url.replace(/.*\//, '') || '(native)', ms);
  add(byFunction, label(n), ms);
}
/** Inclusive time of the bundle's functions, each counted once per call path. @type {Map<string, number>} */
const inclusive = new Map();
/** @param {number} id @returns {number} */
const walk = (id) => {
  const n = /** @type {ProfileNode} */ (byId.get(id));
  const ms = (self.get(id) ?? 0) + (n.children ?? []).reduce((sum, child) => sum + walk(child), 0);
  if (n.callFrame.url.endsWith('dist/main/index.js')) add(inclusive, label(n), ms);
  return ms;
};
walk(/** @type {ProfileNode} */ (profile.nodes[0]).id);

console.log(`dist/main on ${node.includes('node24') ? 'node24' : process.version}, ${count} secrets: ${total.toFixed(1)} ms sampled`);
console.log(
  [
    'self time by file:',
    ...top(byFile, 8),
    'self time by function:',
    ...top(byFunction, 20),
    'inclusive (bundle):',
    ...top(inclusive, Number(process.env.PROFILE_ROWS ?? 20)),
  ].join('\n'),
);
