/**
 * The standalone seekrit-ci bundles (npm run bundle, which .ci/run runs first): pinned in the
 * templates, reproducible, within size, carrying their licences, and working where no glibc and
 * no Node.js exist: in a root that holds only a static busybox and the bundle, and on arm64
 * under qemu user-mode emulation.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTemplates } from '../scripts/templates.js';
import { CLI, runProcess } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundlePath = (arch: string) => join(root, `bundle/seekrit-ci-linux-${arch}.tar.gz`);
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const pins = JSON.parse(readFileSync(join(root, 'gitlab/bundles.json'), 'utf8')) as {
  node: string;
  cli_sha256: string;
  debian: Record<string, { version: string; sha256: string }>;
  bundles: Record<string, { sha256: string; size: number }>;
};
const MAX_BUNDLE_BYTES = 45 * 1024 * 1024;

const work = mkdtempSync(join(tmpdir(), 'seekrit-bundle-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Unpacks one bundle into a folder of its own and returns that folder. */
function unpack(arch: string): string {
  const dir = join(work, `unpacked-${arch}`);
  if (!existsSync(dir)) {
    mkdirSync(dir);
    execFileSync('tar', ['-xzf', bundlePath(arch), '-C', dir]);
  }
  return join(dir, 'seekrit-ci');
}

describe('the bundle pins', () => {
  it('were recorded from the committed dist/cli/index.js (else: npm run bundle)', () => {
    expect(pins.cli_sha256, 'gitlab/bundles.json is stale: run npm run bundle and commit it with templates/').toBe(
      sha256(readFileSync(join(root, 'dist/cli/index.js'))),
    );
  });

  it('are what every template pins, with each size', () => {
    for (const [path, text] of Object.entries(renderTemplates())) {
      for (const arch of ['x64', 'arm64']) {
        const pin = pins.bundles[arch] as { sha256: string; size: number };
        expect(text, path).toContain(`seekrit_bundle_${arch}='${pin.sha256} ${pin.size}'`);
      }
    }
  });

  it('pin every Debian package by version and digest, and Node.js by the tools/bundle lock', () => {
    for (const arch of ['amd64', 'arm64'])
      for (const name of ['libc6', 'libstdc++6', 'libgcc-s1', 'gcc-12-base']) {
        const pin = pins.debian[`${name}:${arch}`];
        expect(pin?.version, `${name}:${arch}`).toMatch(/^\d/);
        expect(pin?.sha256, `${name}:${arch}`).toMatch(/^[0-9a-f]{64}$/);
      }
    const lock = JSON.parse(readFileSync(join(root, 'tools/bundle/package-lock.json'), 'utf8'));
    for (const arch of ['x64', 'arm64']) {
      const entry = lock.packages[`node_modules/node-linux-${arch}`];
      expect(entry.version).toBe(pins.node);
      expect(entry.integrity).toMatch(/^sha512-/);
    }
  });
});

describe('the built bundles', () => {
  beforeAll(() => {
    for (const arch of ['x64', 'arm64']) expect(existsSync(bundlePath(arch)), `${bundlePath(arch)}: run npm run bundle`).toBe(true);
  });

  it.each(['x64', 'arm64'])('linux-%s has the pinned digest and size, within 45 MB', (arch) => {
    const bytes = readFileSync(bundlePath(arch));
    expect(sha256(bytes)).toBe(pins.bundles[arch]?.sha256);
    expect(bytes.length).toBe(pins.bundles[arch]?.size);
    expect(bytes.length).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
  });

  it('is the same bytes when built again', () => {
    const out = join(work, 'rebuilt');
    execFileSync(process.execPath, [join(root, 'scripts/bundle.js'), '--arch', 'x64', '--out', out], { cwd: root, stdio: 'pipe' });
    expect(sha256(readFileSync(join(out, 'seekrit-ci-linux-x64.tar.gz')))).toBe(pins.bundles.x64?.sha256);
  }, 180_000);

  it('lists fixed owners and times, and carries the licence texts and where each source is', () => {
    const listing = execFileSync('tar', ['-tzvf', bundlePath('x64')], { maxBuffer: 1 << 24 }).toString();
    for (const line of listing.trim().split('\n')) expect(line).toMatch(/ 0\/0 .* 1970-01-01 00:00 seekrit-ci\//);
    const dir = unpack('x64');
    for (const file of [
      'node.txt',
      'glibc-debian-copyright.txt',
      'gcc-runtime-debian-copyright.txt',
      'LGPL-2.1.txt',
      'GPL-3.txt',
      'seekrit-ci.txt',
    ])
      expect(existsSync(join(dir, 'LICENSES', file)), file).toBe(true);
    const sources = readFileSync(join(dir, 'LICENSES/SOURCES.txt'), 'utf8');
    expect(sources).toContain(`Node.js v${pins.node}`);
    expect(sources).toContain(`Debian source package glibc, version ${pins.debian['libc6:amd64']?.version}`);
    expect(sources).toMatch(/Debian source package gcc-12, version \S+/);
    expect(readFileSync(join(dir, 'libexec/seekrit-ci.cjs'))).toStrictEqual(readFileSync(CLI));
  });

  it('starts through a link to its launcher, and prints the CLI version', () => {
    const dir = unpack('x64');
    const link = join(work, 'seekrit-ci-link');
    execFileSync('ln', ['-sf', join(dir, 'bin/seekrit-ci'), link]);
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(
      execFileSync(link, ['--version'], { env: { PATH: '/usr/bin:/bin' } })
        .toString()
        .trim(),
    ).toBe(version);
  });
});

describe('the x64 bundle where there is no glibc and no Node.js', () => {
  let emulator: SeekritEmulator;
  let token: string;
  const VALUES = { NO_GLIBC: 'static-root-secret-0b9d', MULTI: 'a\nb "quoted" $dollar' };

  beforeAll(async () => {
    emulator = new SeekritEmulator();
    emulator.setEnvironment('web', 'production', VALUES);
    await emulator.listen();
    token = await emulator.mintToken('web', 'production');
  });
  afterAll(() => emulator?.close());

  it('exports byte-identical output to the JS CLI, in a root with only a static busybox, the bundle and /etc/hosts', async () => {
    const busybox = ['/bin/busybox', '/usr/bin/busybox'].find(existsSync) as string;
    expect(execFileSync('file', ['-L', busybox]).toString(), 'a static busybox (busybox-static)').toContain('statically linked');
    const chroot = join(work, 'root');
    for (const dir of ['bin', 'etc', 'opt', 'tmp']) mkdirSync(join(chroot, dir), { recursive: true });
    copyFileSync(busybox, join(chroot, 'bin/busybox'));
    execFileSync('ln', ['-s', 'busybox', join(chroot, 'bin/sh')]);
    cpSync(unpack('x64'), join(chroot, 'opt/seekrit-ci'), { recursive: true });
    // No DNS server and no nsswitch.conf: glibc's default reaches /etc/hosts.
    writeFileSync(join(chroot, 'etc/hosts'), '127.0.0.1 localhost\n');
    const port = new URL(emulator.url).port;
    const args = ['export', '--format', 'shell'];
    const env = { SEEKRIT_TOKEN: token, SEEKRIT_API_URL: `http://localhost:${port}` };
    const inRoot = await runProcess(
      '/usr/sbin/chroot',
      [chroot, '/bin/busybox', 'env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), '/opt/seekrit-ci/bin/seekrit-ci', ...args],
      { PATH: '/usr/sbin:/usr/bin:/bin' },
    );
    expect(inRoot.code, inRoot.stderr).toBe(0);
    const js = await runProcess(process.execPath, [CLI, ...args], { PATH: process.env.PATH ?? '', ...env });
    expect(js.code, js.stderr).toBe(0);
    expect(inRoot.stdout).toBe(js.stdout);
    expect(inRoot.stdout).toContain('NO_GLIBC=');
    expectNoLeak({ stderr: inRoot.stderr }, Object.values(VALUES), token);
  });
});

describe('the bundle’s launcher', () => {
  it('starts Node.js without NODE_OPTIONS, NODE_PATH or LD_PRELOAD, and seekrit-ci run hands them back to the command', async () => {
    const emulator = new SeekritEmulator();
    emulator.setEnvironment('web', 'production', { RUN_SECRET: 'launcher-secret-9f3e' });
    await emulator.listen();
    try {
      const token = await emulator.mintToken('web', 'production');
      const marker = join(work, 'required');
      writeFileSync(
        join(work, 'evil.js'),
        `require('node:fs').writeFileSync(${JSON.stringify(marker)}, String(process.env.SEEKRIT_TOKEN))`,
      );
      const options = `--require ${join(work, 'evil.js')}`;
      const r = await runProcess(
        join(unpack('x64'), 'bin/seekrit-ci'),
        ['run', '--', 'sh', '-c', 'printf "%s|%s|%s\\n" "$NODE_OPTIONS" "$NODE_PATH" "${SEEKRIT_JOB_NODE_OPTIONS:-none}"'],
        { PATH: '/usr/bin:/bin', SEEKRIT_TOKEN: token, SEEKRIT_API_URL: emulator.url, NODE_OPTIONS: options, NODE_PATH: '/somewhere' },
      );
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(marker), 'NODE_OPTIONS ran code in seekrit-ci').toBe(false);
      expect(r.stdout).toBe(`${options}|/somewhere|none\n`);
    } finally {
      await emulator.close();
    }
  });
});

describe('the arm64 bundle under qemu user-mode emulation', () => {
  it('prints its version and exports', async () => {
    const dir = unpack('arm64');
    const qemu = ['/usr/bin/qemu-aarch64', '/usr/bin/qemu-aarch64-static'].find(existsSync);
    expect(qemu, 'qemu-aarch64 (Debian qemu-user): .ci/run installs it').toBeTruthy();
    const start = (args: string[], env: Record<string, string>) =>
      runProcess(
        qemu as string,
        [
          join(dir, 'lib/ld-linux-aarch64.so.1'),
          '--library-path',
          join(dir, 'lib'),
          join(dir, 'libexec/node'),
          join(dir, 'libexec/seekrit-ci.cjs'),
          ...args,
        ],
        env,
      );
    const version = await start(['--version'], {});
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const emulator = new SeekritEmulator();
    emulator.setEnvironment('web', 'production', { ARM_SECRET: 'arm64-secret-value-77' });
    await emulator.listen();
    try {
      const token = await emulator.mintToken('web', 'production');
      const exported = await start(['export', '--format', 'json'], { SEEKRIT_TOKEN: token, SEEKRIT_API_URL: emulator.url });
      expect(exported.code, exported.stderr).toBe(0);
      expect(JSON.parse(exported.stdout)).toStrictEqual({ ARM_SECRET: 'arm64-secret-value-77' });
    } finally {
      await emulator.close();
    }
  }, 60_000);
});
