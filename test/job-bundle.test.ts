/**
 * The components in images without Node.js: the secrets component's before_script and the
 * prefetch job, rendered from the templates, run by dash with a PATH of busybox applets
 * (and curl, busybox wget or no downloader at all). The standalone bundle comes from a server on
 * 127.0.0.1 (or the prefetch artifact), is checked against the pins in the template, and loads
 * the values; every bad download is one clear line, loads nothing and leaves nothing behind.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runProcess } from './support/cli.js';
import { renderComponent } from './support/component.js';
import { SeekritEmulator } from './support/emulator.js';
import { type ImageTools, imageBin } from './support/image.js';
import { expectNoLeak } from './support/leaks.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundlePath = (arch: string) => join(root, `bundle/seekrit-ci-linux-${arch}.tar.gz`);
const VALUES: Record<string, string> = {
  PRINTED: 'bundle-job-secret-5a7c3e',
  PEM: '-----BEGIN KEY-----\nMIIBbundlejobline\n-----END KEY-----',
};

let emulator: SeekritEmulator;
let token: string;
let server: http.Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  for (const arch of ['x64', 'arm64'])
    expect(existsSync(bundlePath(arch)), `bundle/seekrit-ci-linux-${arch}.tar.gz: run npm run bundle`).toBe(true);
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', VALUES);
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
  const bundles = { x64: readFileSync(bundlePath('x64')), arm64: readFileSync(bundlePath('arm64')) };
  const tampered = Buffer.from(bundles.x64);
  tampered[tampered.length - 100] = (tampered[tampered.length - 100] as number) ^ 1;
  server = http.createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    if (url === '/bundles/seekrit-ci-linux-x64.tar.gz') res.end(bundles.x64);
    else if (url === '/bundles/seekrit-ci-linux-arm64.tar.gz') res.end(bundles.arm64);
    else if (url === '/tampered/seekrit-ci-linux-x64.tar.gz') res.end(tampered);
    else if (url === '/truncated/seekrit-ci-linux-x64.tar.gz') res.end(bundles.x64.subarray(0, 1_000_000));
    else if (url === '/sign-in/seekrit-ci-linux-x64.tar.gz') {
      res.setHeader('content-type', 'text/html');
      res.end('<!DOCTYPE html><html><body>Sign in</body></html>');
    } else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}, 60_000);
let requestsBefore = 0;
beforeEach(() => {
  requestsBefore = emulator.requests.length;
});
afterAll(async () => {
  await emulator?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface JobOptions {
  tools: ImageTools;
  inputs?: Record<string, string | boolean>;
  component?: { sha: string; version: string };
  /** A project folder with a prefetched .seekrit-ci/ in it. */
  project?: string;
}

/**
 * The job's shell. Not busybox sh: Debian's static busybox runs its own applets before PATH
 * (a standalone shell), which would find a wget or uname the test image leaves out or replaces.
 */
const JOB_SHELL = '/usr/bin/dash';

/** Runs the hidden job's before_script and then `script` in the job shell with the image's PATH. */
async function job(script: string, options: JobOptions) {
  const inputs = {
    'api-url': emulator.url,
    'cli-source': 'url',
    'cli-url': `${base}/bundles/seekrit-ci-linux-{arch}.tar.gz`,
    ...options.inputs,
  };
  const jobs = renderComponent('secrets', inputs, options.component);
  const before = (jobs['.seekrit']?.before_script ?? []).join('\n');
  const temp = mkdtempSync(join(tmpdir(), 'seekrit-bundle-job-'));
  const tmp = join(temp, 'tmp');
  mkdirSync(tmp);
  try {
    const result = await runProcess(JOB_SHELL, ['-c', `${before}\n${script}`], {
      PATH: imageBin(temp, options.tools),
      HOME: temp,
      TMPDIR: tmp,
      CI_PROJECT_DIR: options.project ?? temp,
      SEEKRIT_TOKEN: token,
    });
    return { ...result, left: readdirSync(tmp) };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

const PRINTS = [
  'echo "plain $PRINTED"',
  'printf "%s\\n" "$PEM"',
  'printf %s "$PRINTED" | base64',
  'command -v node || echo "no node here"',
  'exit 4',
].join('\n');

function expectLoadedAndRedacted(r: Awaited<ReturnType<typeof job>>) {
  const output = r.stdout + r.stderr;
  expect(r.code, output).toBe(4);
  expect(output).toContain('plain [MASKED]');
  expect(output).toContain('no node here');
  expect(output).not.toContain('MIIBbundlejobline');
  expectNoLeak({ output }, Object.values(VALUES), token);
  expect(r.left).toStrictEqual([]);
}

describe('the secrets component in an image without Node.js', () => {
  it('downloads the bundle with curl, checks it, loads and redacts the values, keeps the exit status, leaves nothing', async () => {
    const r = await job(PRINTS, { tools: { downloader: 'curl' } });
    expectLoadedAndRedacted(r);
    expect(requests).toContain('/bundles/seekrit-ci-linux-x64.tar.gz');
  });

  it('downloads it with busybox wget alone', async () => {
    expectLoadedAndRedacted(await job(PRINTS, { tools: { downloader: 'busybox-wget' } }));
  });

  it('downloads it with python3 alone, and verifies it with python3 where there is no sha256sum', async () => {
    expectLoadedAndRedacted(await job(PRINTS, { tools: { downloader: 'python3' } }));
  });

  it('runs the ready run component’s command with the bundle, its output redacted and its status kept', async () => {
    const jobs = renderComponent('run', {
      'api-url': emulator.url,
      'cli-source': 'url',
      'cli-url': `${base}/bundles/seekrit-ci-linux-{arch}.tar.gz`,
      command: 'echo "run sees $PRINTED"; command -v node || echo "no node here"; exit 6',
    });
    const script = (jobs['seekrit-run']?.script ?? []).join('\n');
    const temp = mkdtempSync(join(tmpdir(), 'seekrit-bundle-run-'));
    const tmp = join(temp, 'tmp');
    mkdirSync(tmp);
    try {
      const r = await runProcess(JOB_SHELL, ['-c', script], {
        PATH: imageBin(temp, { downloader: 'curl' }),
        HOME: temp,
        TMPDIR: tmp,
        SEEKRIT_TOKEN: token,
      });
      expect(r.code, r.stderr).toBe(6);
      expect(r.stdout).toContain('run sees [MASKED]');
      expect(r.stdout).toContain('no node here');
      expectNoLeak({ stdout: r.stdout, stderr: r.stderr }, Object.values(VALUES), token);
      expect(readdirSync(tmp)).toStrictEqual([]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('takes a released version’s bundle from the package registry', async () => {
    const inputs = { 'cli-source': 'component', 'cli-package-url': `${base}/packages/seekrit-ci` };
    const r = await job(PRINTS, { tools: { downloader: 'curl' }, inputs, component: { sha: 'c0ffee', version: '2.0.1' } });
    // The registry in this test has no such package: the request names the version and the arch.
    expect(r.stderr).toMatch(/could not download seekrit-ci from \S+\/packages\/seekrit-ci\/2\.0\.1\/seekrit-ci-linux-x64\.tar\.gz \(/);
    expect(emulator.requests.length).toBe(requestsBefore);
  });

  it('with no downloader, names the prefetch component; with its artifact, loads the values', async () => {
    const none = await job(PRINTS, { tools: { downloader: 'none' } });
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/^seekrit: the job image has no Node\.js >= 20 and no curl, wget or python3 .*add the prefetch component/m);
    expect(none.left).toStrictEqual([]);

    const project = mkdtempSync(join(tmpdir(), 'seekrit-prefetch-'));
    try {
      const prefetch = await prefetchJob(project, 'all');
      expect(prefetch.code, prefetch.stderr).toBe(0);
      expect(prefetch.stdout).toMatch(/prefetched the seekrit-ci bundle for linux-x64 \(SHA-256 [0-9a-f]{64}\)/);
      expect(readdirSync(join(project, '.seekrit-ci')).sort()).toStrictEqual([
        'seekrit-ci-linux-arm64.tar.gz',
        'seekrit-ci-linux-x64.tar.gz',
      ]);
      const served = requests.length;
      expectLoadedAndRedacted(await job(PRINTS, { tools: { downloader: 'none' }, project }));
      expect(requests.length).toBe(served);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it.each([
    ['/tampered', /^seekrit: seekrit-ci from \S+ has SHA-256 [0-9a-f]{64}, not the pinned [0-9a-f]{64}; refusing to run it/m],
    ['/truncated', /^seekrit: seekrit-ci from \S+ is 1000000 bytes, not the pinned \d+: the download was cut short/m],
    ['/sign-in', /^seekrit: seekrit-ci from \S+ is an HTML page \(a sign-in or error page\), not the seekrit-ci bundle/m],
    ['/missing', /^seekrit: could not download seekrit-ci from \S+missing\S+ \(.*404.*\)/m],
  ])('refuses %s in one line, before anything is unpacked or run, and leaves nothing', async (path, message) => {
    const r = await job('echo "script ran"', {
      tools: { downloader: 'curl' },
      inputs: { 'cli-url': `${base}${path}/seekrit-ci-linux-{arch}.tar.gz` },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).not.toContain('script ran');
    expect(emulator.requests.length).toBe(requestsBefore);
    expect(r.left).toStrictEqual([]);
  });

  it('refuses a prefetched bundle that is not the pinned one', async () => {
    const project = mkdtempSync(join(tmpdir(), 'seekrit-prefetch-'));
    try {
      mkdirSync(join(project, '.seekrit-ci'));
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(project, '.seekrit-ci/seekrit-ci-linux-x64.tar.gz'), readFileSync(bundlePath('arm64')));
      const r = await job('echo "script ran"', { tools: { downloader: 'none' }, project });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/^seekrit: the prefetched bundle \S+ is \d+ bytes, not the pinned \d+/m);
      expect(emulator.requests.length).toBe(requestsBefore);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('says so when unpacking fails (a full disk), loads nothing and leaves no partial file', async () => {
    const r = await job('echo "script ran"', { tools: { downloader: 'curl', fullDisk: true } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /^seekrit: could not unpack seekrit-ci from \S+ into \S+ \(is the disk full, or are tar and gzip missing\?\)$/m,
    );
    expect(r.left).toStrictEqual([]);
    expect(emulator.requests.length).toBe(requestsBefore);
  });

  it('names the machine when there is no bundle for it (s390x)', async () => {
    const r = await job('echo "script ran"', { tools: { downloader: 'curl', machine: 's390x' } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /^seekrit: the job image has no Node\.js >= 20, and there is no seekrit-ci bundle for s390x \(only x86_64 and aarch64\)/m,
    );
    expect(r.left).toStrictEqual([]);
  });

  it('says so when the bundle cannot start on this machine (an arm64 bundle on x86_64)', async () => {
    const r = await job('echo "script ran"', { tools: { downloader: 'curl', machine: 'aarch64' } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^seekrit: the seekrit-ci bundle for arm64 does not start in this image/m);
    expect(r.left).toStrictEqual([]);
    expect(emulator.requests.length).toBe(requestsBefore);
  });

  it('refuses a bundle URL that is not https (or loopback)', async () => {
    const r = await job('echo "script ran"', {
      tools: { downloader: 'curl' },
      inputs: { 'cli-url': 'http://mirror.example/seekrit-ci-linux-{arch}.tar.gz' },
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      "the seekrit-ci URL must be https:// (it expanded to 'http://mirror.example/seekrit-ci-linux-{arch}.tar.gz')",
    );
  });
});

/** The prefetch component's job script, run in an image with curl, in `project`. */
async function prefetchJob(project: string, arch: string) {
  const jobs = renderComponent('prefetch', { 'cli-source': 'url', 'cli-url': `${base}/bundles/seekrit-ci-linux-{arch}.tar.gz`, arch });
  const script = (jobs['seekrit-prefetch']?.script ?? []).join('\n');
  const temp = mkdtempSync(join(tmpdir(), 'seekrit-prefetch-job-'));
  try {
    return await runProcess(JOB_SHELL, ['-c', script], {
      PATH: imageBin(temp, { downloader: 'curl' }),
      HOME: temp,
      CI_PROJECT_DIR: project,
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
