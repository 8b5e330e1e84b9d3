/**
 * The publishable `seekrit-ci` npm package: `npm run pack:cli` makes a tarball of only the CLI,
 * its README and licence; it installs from that tarball with no network and runs export and run
 * against the emulator. Its version, the CLI's and the CHANGELOG's newest release agree.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/core/common/version.js';
import { runProcess } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const VALUES = { API_KEY: 'npm-package-secret-7d1e', LOG_LEVEL: 'info' };
let work: string;
let tarball: string;
let emulator: SeekritEmulator;
let token: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'seekrit-npm-'));
  tarball = execFileSync(process.execPath, [join(root, 'scripts/npm-package.js'), work], { encoding: 'utf8' }).trim();
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', VALUES);
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
}, 60_000);
afterAll(async () => {
  await emulator.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the seekrit-ci npm package', () => {
  it('holds the CLI, its README and licence, and nothing else', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(files).toStrictEqual(['package/LICENSE', 'package/README.md', 'package/package.json', 'package/seekrit-ci.cjs']);
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    expect(manifest).toMatchObject({
      name: 'seekrit-ci',
      version: VERSION,
      bin: { 'seekrit-ci': 'seekrit-ci.cjs' },
      engines: { node: '>=20' },
    });
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
    expect(execFileSync('tar', ['-xzOf', tarball, 'package/seekrit-ci.cjs'])).toStrictEqual(readFileSync(join(root, 'dist/cli/index.js')));
  });

  it('installs from the tarball with no network, and exports and runs against the emulator', async () => {
    const prefix = join(work, 'prefix');
    const npmEnv = { ...process.env, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' };
    execFileSync('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], {
      env: npmEnv,
      stdio: 'pipe',
    });
    const bin = join(prefix, 'bin', 'seekrit-ci');
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', SEEKRIT_TOKEN: token, SEEKRIT_API_URL: emulator.url };
    const version = await runProcess(bin, ['--version'], env);
    expect(version.stdout).toBe(`${VERSION}\n`);
    const exported = await runProcess(bin, ['export', '--format', 'json'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toStrictEqual(VALUES);
    const run = await runProcess(bin, ['run', '--', 'sh', '-c', 'echo "key $API_KEY"'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('key [MASKED]\n');
    expectNoLeak({ stderr: exported.stderr + run.stderr, run: run.stdout }, [VALUES.API_KEY], token);
  }, 60_000);

  it('has the version of the project, and the CHANGELOG has a section for it', () => {
    const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const cli = JSON.parse(readFileSync(join(root, 'packages/seekrit-ci/package.json'), 'utf8'));
    expect(cli.version).toBe(project.version);
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain('## [Unreleased]');
    expect(changelog).toMatch(new RegExp(`^## \\[${project.version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });
});
