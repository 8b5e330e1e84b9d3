// @ts-check
/**
 * `npm run bench:compare -- COUNT A.js B.js …`: what one change saves. Runs each given build of the
 * action main step (for example a copy of dist/main/index.js from before a change, and the current
 * one) interleaved with bare `node -e ''` on node24, against one loopback API holding COUNT
 * secrets, and prints each build's median time and its median ratio to the bare start just before
 * it, and its median ratio to the first build's run of the same round. Interleaving matters on a
 * host whose speed drifts between two blocks of the same bench.
 * On demand, not part of the tests. BENCH_RUNS (default 31) sets the runs per build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionEnv, apiFixture, median, timeNode } from './fixture.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.env.BENCH_NODE ?? join(root, 'tools/node24/node_modules/node/bin/node');
const runs = Number(process.env.BENCH_RUNS ?? 31);
const [countText, ...builds] = process.argv.slice(2);
if (!countText || builds.length === 0) {
  console.error('usage: npm run bench:compare -- COUNT BUILD.js [BUILD.js …]');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'seekrit-compare-'));

/** @param {string[]} args @param {Record<string, string>} env */
const timed = (args, env) => timeNode(node, args, env, work);

const api = await apiFixture(Number(countText));
const env = () => actionEnv(api.token, api.url, work);
const bare = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8' };
/** @type {Map<string, { ms: number[], ratio: number[] }>} */
const results = new Map(builds.map((b) => [b, { ms: [], ratio: [] }]));
try {
  for (const build of builds) await timed([resolve(build)], env()); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const build of builds) {
      const base = await timed(['-e', ''], bare);
      const ms = await timed([resolve(build)], env());
      const r = /** @type {{ ms: number[], ratio: number[] }} */ (results.get(build));
      r.ms.push(ms);
      r.ratio.push(ms / base);
    }
  }
} finally {
  await api.close();
  rmSync(work, { recursive: true, force: true });
}
// Against the first build, each run over the first build's run of the same round: the builds of
// one round run back to back, so this cancels most of the drift that the bare ratio only halves.
const first = /** @type {{ ms: number[] }} */ (results.get(/** @type {string} */ (builds[0])));
for (const [build, r] of results) {
  const paired = median(r.ms.map((ms, i) => ms / /** @type {number} */ (first.ms[i])));
  console.log(`${median(r.ms).toFixed(1)} ms  ${median(r.ratio).toFixed(2)}× bare  ${paired.toFixed(3)}× the first  ${build}`);
}
