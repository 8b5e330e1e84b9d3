// @ts-check
/**
 * `npm run bench:bundle`: the standalone seekrit-ci bundles (build them first: npm run bundle).
 * Measures each tar.gz's size against the 45 MB budget, `seekrit-ci --version` from the unpacked
 * x64 bundle against `node dist/cli/index.js --version` on the system Node.js (interleaved runs,
 * medians), and, in a job whose PATH has no Node.js (busybox applets and curl), the time from
 * the start of the secrets component's before_script to the secrets loaded, download from
 * 127.0.0.1 and unpacking included. Writes the "Standalone bundle" section of bench/RESULTS.md
 * (bench/run.js keeps it). Not part of the tests.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { SeekritEmulator } from '../test/support/emulator.js';
import { imageBin } from '../test/support/image.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const LIMIT_MB = 45;
const JOB_BUDGET_MS = 2000;
const work = mkdtempSync(join(tmpdir(), 'seekrit-bench-bundle-'));
const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Wall time of one run of a command, in ms. @param {string} command @param {string[]} args @param {Record<string, string>} env */
function timeRun(command, args, env) {
  const started = process.hrtime.bigint();
  execFileSync(command, args, { env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

// Sizes.
const sizes = ['x64', 'arm64'].map((arch) => ({
  arch,
  mb: statSync(join(root, `bundle/seekrit-ci-linux-${arch}.tar.gz`)).size / 1e6, // decimal MB, as the size budget and npm run bundle state it
}));

// --version: bundle against the JS file on the system Node.js, interleaved.
execFileSync('tar', ['-xzf', join(root, 'bundle/seekrit-ci-linux-x64.tar.gz'), '-C', work]);
const launcher = join(work, 'seekrit-ci/bin/seekrit-ci');
const env = { PATH: '/usr/bin:/bin', HOME: work };
const bundleTimes = [];
const jsTimes = [];
for (let i = 0; i < RUNS; i++) {
  bundleTimes.push(timeRun(launcher, ['--version'], env));
  jsTimes.push(timeRun(process.execPath, [join(root, 'dist/cli/index.js'), '--version'], env));
}

// A Node-less job: the secrets component's before_script, then the script's first line.
const emulator = new SeekritEmulator();
emulator.setEnvironment('web', 'production', { DATABASE_URL: 'postgres://bench:pw@db/app', API_KEY: 'bench-key-123456' });
await emulator.listen();
const token = await emulator.mintToken('web', 'production');
const bundleBytes = readFileSync(join(root, 'bundle/seekrit-ci-linux-x64.tar.gz'));
const server = http.createServer((_req, res) => res.end(bundleBytes));
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
const before = renderBeforeScript({
  'api-url': emulator.url,
  'cli-source': 'url',
  'cli-url': `http://127.0.0.1:${port}/seekrit-ci-linux-{arch}.tar.gz`,
});
const gnu = ['tar', 'gzip', 'sha256sum', 'cat', 'head', 'wc', 'tr', 'cut', 'mktemp', 'rm', 'cp', 'mv', 'mkdir'];
const images = [
  { label: 'busybox tools (alpine-like)', path: imageBin(join(work, 'busybox'), { downloader: 'curl' }) },
  { label: 'GNU tar, gzip and coreutils (Debian-like)', path: imageBin(join(work, 'debian'), { downloader: 'curl', gnu }) },
];
/** @type {Record<string, number[]>} */
const jobTimes = Object.fromEntries(images.map((image) => [image.label, []]));
for (let i = 0; i < Math.min(RUNS, 11); i++)
  for (const image of images) jobTimes[image.label]?.push(await timeJob(`${before}\necho SECRETS-LOADED`, image.path));
await emulator.close();
server.close();

const lines = [
  '<!-- bundle: written by npm run bench:bundle -->',
  '## Standalone bundle (images without Node.js)',
  '',
  `Measured by \`npm run bench:bundle\` on ${new Date().toISOString().slice(0, 10)}, ${RUNS} interleaved runs per figure (median).`,
  '',
  '| what | measured | target | met |',
  '| --- | ---: | --- | --- |',
  ...sizes.map(
    (s) => `| seekrit-ci-linux-${s.arch}.tar.gz | ${s.mb.toFixed(1)} MB | ≤ ${LIMIT_MB} MB | ${s.mb <= LIMIT_MB ? 'yes' : 'no'} |`,
  ),
  `| \`seekrit-ci --version\`, bundle | ${median(bundleTimes).toFixed(1)} ms | no slower than the JS file on the system Node.js | ${median(bundleTimes) <= median(jsTimes) ? 'yes' : 'no'} |`,
  `| \`node dist/cli/index.js --version\`, system Node.js ${process.version} | ${median(jsTimes).toFixed(1)} ms | baseline | |`,
  ...images.map((image) => {
    const ms = median(jobTimes[image.label] ?? []);
    return `| Node-less job, ${image.label}: before_script start → secrets loaded (download from 127.0.0.1, verify, unpack, export) | ${ms.toFixed(0)} ms | ≤ ${JOB_BUDGET_MS} ms | ${ms <= JOB_BUDGET_MS ? 'yes' : 'no'} |`;
  }),
  '',
  'The job runs dash with a PATH of busybox applets (or GNU tools where named) and curl, no Node.js,',
  'the rendered `secrets` template and its redactor; the time ends when the first line of the script',
  'prints. Most of it is unpacking 110 MB (Node.js is 104 MB of it): busybox gunzip is the slower one.',
  '<!-- /bundle -->',
  '',
];
const resultsPath = join(root, 'bench/RESULTS.md');
const results = readFileSync(resultsPath, 'utf8').replace(/<!-- bundle:[\s\S]*<!-- \/bundle -->\n?/, '');
writeFileSync(resultsPath, `${results.trimEnd()}\n\n${lines.join('\n')}`);
rmSync(work, { recursive: true, force: true });
console.log(lines.join('\n'));

/** The secrets component's before_script with `inputs` (and the defaults) filled in, as GitLab includes it. @param {Record<string, string>} inputs */
function renderBeforeScript(inputs) {
  const [header, body] = /** @type {[string, string]} */ (readFileSync(join(root, 'templates/secrets.yml'), 'utf8').split(/^---$/m));
  const spec = parse(header).spec.inputs;
  const text = body.replace(/\$\[\[ (inputs|component)\.([a-z-]+) \]\]/g, (_m, kind, key) =>
    kind === 'component' ? (key === 'sha' ? 'bench' : '') : String(inputs[key] ?? spec[key]?.default ?? ''),
  );
  return parse(text)['.seekrit'].before_script.join('\n');
}

/** ms from starting the job shell to the script's first line. @param {string} script @param {string} image */
function timeJob(script, image) {
  const tmp = mkdtempSync(join(work, 'job-'));
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/dash', ['-c', script], { env: { PATH: image, HOME: tmp, TMPDIR: tmp, SEEKRIT_TOKEN: token } });
    let at = 0;
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!at && out.includes('SECRETS-LOADED')) at = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.stderr.resume();
    child.on('close', (code) => (code === 0 && at ? resolve(at) : reject(new Error(`the job failed (${code})`))));
  });
}
