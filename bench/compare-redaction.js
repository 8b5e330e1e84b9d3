// @ts-check
/**
 * `npm run bench:compare-redaction -- COUNT A.js B.js …`: what a change does to redaction. Runs
 * `node BUILD run -q -- cat FILE` for each given seekrit-ci build (dist/cli/index.js of one commit
 * and of another, say) on node24, interleaved round by round, over an empty file (the start) and
 * over a BENCH_STREAM_MB (default 100) stream, against one loopback API holding COUNT secrets. Prints
 * each build's start, its end-to-end and steady rates (medians) and its end-to-end time over the
 * first build's in the same round. On demand, not part of the tests. BENCH_RUNS (default 11).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiFixture, median, timeNode, writeLogStream } from './fixture.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.env.BENCH_NODE ?? join(root, 'tools/node24/node_modules/node/bin/node');
const runs = Number(process.env.BENCH_RUNS ?? 11);
const [countText, ...builds] = process.argv.slice(2);
if (!countText || builds.length === 0) {
  console.error('usage: npm run bench:compare-redaction -- COUNT CLI.js [CLI.js …]');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'seekrit-compare-'));
const stream = join(work, 'stream.txt');
const empty = join(work, 'empty.txt');
await writeLogStream(stream, Number(process.env.BENCH_STREAM_MB ?? 100));
writeFileSync(empty, '');
const mb = statSync(stream).size / 1024 / 1024;

/** @param {string[]} args @param {Record<string, string>} env */
const timed = (args, env) => timeNode(node, args, env, work);

const api = await apiFixture(Number(countText));
const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/tmp',
  LANG: 'C.UTF-8',
  SEEKRIT_TOKEN: api.token,
  SEEKRIT_API_URL: api.url,
};
/** @param {string} build @param {string} file */
const run = (build, file) => timed([resolve(build), 'run', '-q', '--', 'cat', file], env);
/** @type {Map<string, { full: number[], start: number[] }>} */
const results = new Map(builds.map((b) => [b, { full: [], start: [] }]));
try {
  for (const build of builds) await run(build, stream); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const build of builds) {
      const r = /** @type {{ full: number[], start: number[] }} */ (results.get(build));
      r.start.push(await run(build, empty));
      r.full.push(await run(build, stream));
    }
  }
} finally {
  await api.close();
  rmSync(work, { recursive: true, force: true });
}
const first = /** @type {{ full: number[] }} */ (results.get(/** @type {string} */ (builds[0])));
for (const [build, r] of results) {
  const steady = median(r.full.map((ms, i) => mb / ((ms - /** @type {number} */ (r.start[i])) / 1000)));
  const paired = median(r.full.map((ms, i) => ms / /** @type {number} */ (first.full[i])));
  console.log(
    `start ${median(r.start).toFixed(0)} ms  end to end ${(mb / (median(r.full) / 1000)).toFixed(0)} MB/s  steady ${steady.toFixed(0)} MB/s  ${paired.toFixed(3)}× the first's time  ${build}`,
  );
}
