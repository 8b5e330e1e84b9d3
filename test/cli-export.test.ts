import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../src/core/common/version.js';
import { cleanEnv, runCli } from './support/cli.js';
import { SeekritEmulator, tamper } from './support/emulator.js';
import { expectNoLeak, readTree } from './support/leaks.js';
import { TRICKY } from './support/values.js';

const APP_VALUES: Record<string, string> = {
  DATABASE_URL: 'postgres://app:s3cr3t-pass@${DB_HOST}:5432/app',
  API_TOKEN: 'tok_live_9f8e7d6c5b4a',
  OVERRIDDEN: 'app-wins-value',
  BIG: `${'B'.repeat(64 * 1024 - 7)}-end-64k`,
};
const GROUP_VALUES: Record<string, string> = {
  DB_HOST: 'db.internal.example',
  OVERRIDDEN: 'group-loses-value',
  GROUP_ONLY: 'group-only-value',
};
const EXPECTED: Record<string, string> = {
  ...GROUP_VALUES,
  ...APP_VALUES,
  DATABASE_URL: 'postgres://app:s3cr3t-pass@db.internal.example:5432/app',
};
const ALL_VALUES = [...Object.values(APP_VALUES), ...Object.values(GROUP_VALUES), ...Object.values(EXPECTED)];

let emulator: SeekritEmulator;
let token: string;
let work: string;

beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator
    .setGroupEnvironment('shared', 'production', GROUP_VALUES)
    .setGroupEnvironment('shared', 'staging', { DB_HOST: 'db.staging.example' })
    .setEnvironment('web', 'production', APP_VALUES)
    .setEnvironment('web', 'tricky', TRICKY)
    .compose('web', 'shared');
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
});
afterAll(() => emulator.close());
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'seekrit-cli-'));
  emulator.requests.length = 0;
  emulator.faults.length = 0;
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}) => cleanEnv({ SEEKRIT_TOKEN: token, SEEKRIT_API_URL: emulator.url, ...extra });

describe('seekrit-ci export (bundled dist/cli)', () => {
  it('prints json that matches every merged, expanded value exactly', async () => {
    const result = await runCli(['export', '--format', 'json'], env());
    expect(result.stderr).toMatch(
      /exported 6 secrets of acme\/web\/production \(token skt_\w+\) as json to stdout: API_TOKEN, BIG, DATABASE_URL, DB_HOST, GROUP_ONLY, OVERRIDDEN/,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual(EXPECTED);
    expectNoLeak({ stderr: result.stderr }, ALL_VALUES, token);
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]?.headers['x-seekrit-client']).toBe('cli');
  });

  it('says gitlab-ci when run in GitLab', async () => {
    await runCli(['export', '-q'], env({ GITLAB_CI: 'true' }));
    expect(emulator.requests[0]?.headers['x-seekrit-client']).toBe('gitlab-ci');
  });

  it('writes a 0600 file atomically and leaves nothing else', async () => {
    const file = join(work, 'secrets.env');
    const result = await runCli(['export', '--output', file, '--format', 'shell'], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(work)).toStrictEqual(['secrets.env']);
    expect(readFileSync(file, 'utf8')).toContain("export API_TOKEN='tok_live_9f8e7d6c5b4a'\n");
    expectNoLeak({ stdout: result.stdout, stderr: result.stderr }, ALL_VALUES, token);
  });

  it('carries every tricky value exactly in every format', async () => {
    const tricky = await emulator.mintToken('web', 'tricky');
    const json = await runCli(['export', '--format', 'json', '--no-interpolate'], env({ SEEKRIT_TOKEN: tricky }));
    expect(JSON.parse(json.stdout)).toStrictEqual(TRICKY);
    const shell = await runCli(['export', '--format', 'shell', '--no-interpolate', '-q'], env({ SEEKRIT_TOKEN: tricky }));
    expect(shell.code).toBe(0);
    expect(shell.stdout).toContain("export SINGLE='it'\\''s'");
  });

  it('selects, renames and prefixes', async () => {
    const result = await runCli(
      ['export', '--format', 'json', '--secrets', 'DB=DATABASE_URL', '--secrets', 'GROUP_*', '--prefix', 'CI_'],
      env(),
    );
    expect(JSON.parse(result.stdout)).toStrictEqual({ CI_DB: EXPECTED.DATABASE_URL, CI_GROUP_ONLY: 'group-only-value' });
  });

  it('applies --with overrides and --no-interpolate', async () => {
    const result = await runCli(['export', '--format', 'json', '--with', 'shared=staging', '--secrets', 'DATABASE_URL,DB_HOST'], env());
    expect(JSON.parse(result.stdout)).toStrictEqual({
      DATABASE_URL: 'postgres://app:s3cr3t-pass@db.staging.example:5432/app',
      DB_HOST: 'db.staging.example',
    });
    expect(emulator.requests[0]?.query.getAll('with')).toStrictEqual(['shared:staging']);
    const raw = await runCli(['export', '--format', 'json', '--no-interpolate', '--secrets', 'DATABASE_URL'], env());
    expect(JSON.parse(raw.stdout)).toStrictEqual({ DATABASE_URL: APP_VALUES.DATABASE_URL });
  });

  it('handles 1,000 secrets', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) many[`SECRET_${String(i).padStart(4, '0')}`] = `value-${i}-${'x'.repeat(i % 50)}`;
    emulator.setEnvironment('web', 'many', many);
    const manyToken = await emulator.mintToken('web', 'many');
    const result = await runCli(['export', '--format', 'json', '-q'], env({ SEEKRIT_TOKEN: manyToken }));
    expect(result.code).toBe(0);
    // The group has no "many" environment, so only the app layer is served.
    expect(JSON.parse(result.stdout)).toStrictEqual(many);
  });

  it('warns about unresolved references by name only', async () => {
    emulator.setEnvironment('web', 'dangling', { TAG: 'build-${GIT_SHA_UNKNOWN}' });
    const dangling = await emulator.mintToken('web', 'dangling');
    const result = await runCli(['export', '-q'], env({ SEEKRIT_TOKEN: dangling }));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'seekrit-ci: warning: TAG references ${GIT_SHA_UNKNOWN}, which is not in this environment (left as written)\n',
    );
  });

  describe('fails closed: exit 1, nothing on stdout, no file, no value or token in messages', () => {
    const cases: Array<[string, () => Promise<{ args?: string[]; env?: Record<string, string> }>, RegExp]> = [
      ['no token', async () => ({ env: { SEEKRIT_TOKEN: '' } }), /INVALID_INPUT: SEEKRIT_TOKEN is empty or not set/],
      ['malformed token', async () => ({ env: { SEEKRIT_TOKEN: `${token.slice(0, 60)}` } }), /MALFORMED_TOKEN/],
      [
        'revoked token',
        async () => {
          const revoked = await emulator.mintToken('web', 'production');
          emulator.revokeToken(revoked);
          return { env: { SEEKRIT_TOKEN: revoked } };
        },
        /UNAUTHORIZED: .* invalid, expired or revoked/,
      ],
      [
        'no grant',
        async () => ({ env: { SEEKRIT_TOKEN: await emulator.mintToken('web', 'production', { granted: false }) } }),
        /FORBIDDEN: .*seekrit grant --token skt_/,
      ],
      [
        'swapped ciphertexts',
        async () => {
          emulator.inject({ tamper: tamper.swapCiphertexts() });
          return {};
        },
        /DECRYPT_FAILED: Could not decrypt secret \w+ in app web\/production/,
      ],
      ['scope mismatch', async () => ({ args: ['--expect-scope', 'acme/api/production'] }), /SCOPE_MISMATCH/],
      ['unknown secret', async () => ({ args: ['--secrets', 'NOT_THERE'] }), /SECRET_NOT_FOUND: Secret NOT_THERE/],
      [
        'reserved name',
        async () => ({ args: ['--format', 'shell', '--secrets', 'PATH=API_TOKEN'] }),
        /UNSAFE_NAME: Secret API_TOKEN \(delivered as PATH\) is refused as a reserved name/,
      ],
      [
        'unwritable output',
        async () => ({ args: ['--output', '/dev/null/missing-dir/x.env'] }),
        /OUTPUT_FAILED: Could not write the secrets file/,
      ],
      ['output is a folder', async () => ({ args: ['--output', work] }), /OUTPUT_FAILED/],
    ];
    it.each(cases)('%s', async (_label, setup, message) => {
      const { args = [], env: extra = {} } = await setup();
      const target = join(work, 'out.env');
      const result = await runCli(['export', ...(args.includes('--output') ? [] : ['--output', target]), ...args], env(extra));
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(existsSync(target)).toBe(false);
      expect(Object.keys(readTree(work))).toStrictEqual([]);
      expectNoLeak({ stdout: result.stdout, stderr: result.stderr }, ALL_VALUES, token);
      expectNoLeak({ stderr: result.stderr }, [], extra.SEEKRIT_TOKEN || undefined);
    });
  });

  it('exits 2 on usage errors and 0 for --help and --version', async () => {
    const bad = await runCli(['export', '--format', 'yaml'], env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of dotenv, shell, json/);
    expect((await runCli(['export', '--bogus'], env())).code).toBe(2);
    for (const unknown of ['frobnicate', 'toString', '__proto__']) expect((await runCli([unknown], env())).code).toBe(2);
    expect((await runCli(['export', '--with', 'nogroup'], env())).stderr).toMatch(/--with entry "nogroup" is not group=env/);
    // Input errors are usage errors, found before any request.
    for (const args of [
      ['--api-url', 'http://seekrit.example'],
      ['--expect-scope', 'acme/web'],
      ['--prefix', '1-'],
      ['--secrets', 'A=B=C'],
      ['--allow-reserved-names', 'LD_*'],
      ['--files', 'NOT-A-NAME'],
    ]) {
      const result = await runCli(['export', ...args], env());
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/allow-reserved-names:|expect-scope:|prefix:/);
    }
    // Our own words, not Node's parser's (which suggests quoting with '--'), with the closest flag.
    for (const [args, says] of [
      [['export', '--formt', 'json'], 'unknown option --formt (did you mean --format?)'],
      [['export', '--secret', 'A'], 'unknown option --secret (did you mean --secrets?)'],
      [['export', '--Format=json'], 'unknown option --Format (did you mean --format?)'],
      [['export', '--format'], '--format needs a value'],
      [['export', '--__proto__'], 'unknown option --__proto__'],
      [['run', '-c', 'echo hi'], "unknown option -c (a command's own flags go after --, as in: seekrit-ci run -- sh -c …)"],
      [['export', '--token', 'skt_x_y'], 'there is no --token: a token on a command line is visible to every process'],
      [['run', '--token=skt_x_y', '--', 'true'], 'there is no --token'],
    ] as const) {
      const result = await runCli([...args], env());
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(`seekrit-ci: ${says}`);
      expect(result.stderr).not.toContain("'--'");
      expect(result.stderr).not.toContain('skt_x_y');
    }
    const help = await runCli(['--help'], env());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('seekrit-ci export');
    const version = await runCli(['--version'], env());
    expect(version.stdout).toBe(`${VERSION}\n`);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('environment fallbacks for flags', () => {
  it('reads SEEKRIT_SECRETS, SEEKRIT_PREFIX, SEEKRIT_WITH, SEEKRIT_INTERPOLATE and SEEKRIT_EXPECT_SCOPE; flags win', async () => {
    const fromEnv = await runCli(
      ['export', '--format', 'json', '-q'],
      env({
        SEEKRIT_SECRETS: 'DB=DATABASE_URL\nDB_HOST',
        SEEKRIT_PREFIX: 'E_',
        SEEKRIT_WITH: 'shared=staging',
        SEEKRIT_INTERPOLATE: 'false',
        SEEKRIT_EXPECT_SCOPE: 'acme/web/production',
      }),
    );
    expect(fromEnv.stderr).toBe('');
    expect(JSON.parse(fromEnv.stdout)).toStrictEqual({ E_DB: APP_VALUES.DATABASE_URL, E_DB_HOST: 'db.staging.example' });
    const flagsWin = await runCli(
      ['export', '--format', 'json', '-q', '--secrets', 'API_TOKEN', '--prefix', ''],
      env({ SEEKRIT_SECRETS: 'DB_HOST', SEEKRIT_PREFIX: 'E_' }),
    );
    expect(JSON.parse(flagsWin.stdout)).toStrictEqual({ API_TOKEN: APP_VALUES.API_TOKEN });
    const wrongScope = await runCli(['export'], env({ SEEKRIT_EXPECT_SCOPE: 'acme/web/staging' }));
    expect(wrongScope.code).toBe(1);
    expect((await runCli(['export'], env({ SEEKRIT_INTERPOLATE: 'maybe' }))).code).toBe(2);
  });
});
