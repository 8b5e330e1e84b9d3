/**
 * The bad-input matrix: every row is a way the world can go wrong, run against the bundled action
 * (dist/main then dist/post), `seekrit-ci export` and `seekrit-ci run`. Each must exit non-zero,
 * say what was wrong and what to do, leave GITHUB_ENV/GITHUB_OUTPUT untouched and no file behind,
 * never start the `run` command, and print no value, token or key segment. docs/FAILURES.md holds
 * the same table for readers (a test keeps them in step).
 */
import { webcrypto } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli } from './support/cli.js';
import { b64u, type Fault, SeekritEmulator, tamper } from './support/emulator.js';
import { expectNoLeak, readTree } from './support/leaks.js';
import { maskedLog, runAction } from './support/runner.js';

type Entry = 'action' | 'export' | 'run';

interface Setup {
  token: string;
  apiUrl: string;
  faults: Fault[];
  /** extra action inputs */
  inputs: Record<string, string>;
  /** extra CLI flags (export and run) */
  flags: string[];
  /** the same failure spelled for the CLI, when it differs from the action's input */
  cliFlags?: string[];
}

interface Case {
  /** what is wrong */
  what: string;
  /** what every entrypoint must say (code and the words that name the problem) */
  says: RegExp;
  setup?: (ctx: Context) => Promise<Partial<Setup>> | Partial<Setup>;
  /** entrypoints the case applies to (default all three) */
  only?: Entry[];
}

interface Context {
  emulator: SeekritEmulator;
  token: string;
  body: () => Record<string, unknown>;
}

const VALUES: Record<string, string> = {
  API_KEY: 'sk_matrix_live_4242424242',
  DB_URL: 'postgres://matrix:m4trix-pass@db/app',
  MULTI: 'matrix-line-one\nmatrix-line-two',
  SHARED_REF: '${GROUP_VALUE}-suffix-value',
};
const GROUP: Record<string, string> = { GROUP_VALUE: 'matrix-group-value', OTHER_GROUP: 'matrix-other-group' };

// biome-ignore lint/suspicious/noExplicitAny: rows rewrite an untyped JSON body on purpose
type Body = any;

/** Replace the body sent for one request. */
const body = (text: string, headers: Record<string, string> = {}): Partial<Setup> => ({ faults: [{ status: 200, body: text, headers }] });
const rewrite = (fn: (b: Body) => void): Partial<Setup> => ({
  faults: [
    {
      tamper: (b: Body) => {
        fn(b);
        return b;
      },
    },
  ],
});
const appSecret = (b: Body, name: string) => b.layers.at(-1).secrets.find((s: { name: string }) => s.name === name);
const quick = { inputs: { retries: '1' }, flags: ['--retries', '1'] };

const CASES: Case[] = [
  // Tokens
  {
    what: 'empty token',
    says: /Input token is empty and SEEKRIT_TOKEN is not set|SEEKRIT_TOKEN is empty or not set/,
    setup: () => ({ token: '' }),
  },
  {
    what: 'token that is not a seekrit token',
    says: /MALFORMED_TOKEN: .*does not start with skt_/,
    setup: () => ({ token: 'ghp_0123456789abcdefghijklmnopqrstuvwxyz' }),
  },
  {
    what: 'token without a key segment',
    says: /MALFORMED_TOKEN: .*only a token id \(skt_<id>\), without its key/,
    setup: ({ token }) => ({ token: token.slice(0, 26) }),
  },
  { what: 'truncated token', says: /MALFORMED_TOKEN/, setup: ({ token }) => ({ token: token.slice(0, 120) }) },
  {
    what: 'token with characters outside base64url',
    says: /MALFORMED_TOKEN: .*does not match/,
    setup: ({ token }) => ({ token: `${token.slice(0, 60)}+/${token.slice(62)}` }),
  },
  {
    what: 'token holding a P-384 key',
    says: /MALFORMED_TOKEN: .*P-256/,
    setup: async ({ token }) => {
      const pair = (await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, [
        'deriveBits',
      ])) as webcrypto.CryptoKeyPair;
      const der = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
      return { token: `${token.slice(0, 26)}_${b64u(der)}` };
    },
  },
  {
    what: 'foreign token (valid, unknown to the server)',
    says: /UNAUTHORIZED: .*invalid, expired or revoked.*Mint a new service token/,
    setup: async () => ({ token: await new SeekritEmulator().mintToken('x', 'y') }),
  },
  {
    what: 'revoked token',
    says: /UNAUTHORIZED: .*revoked/,
    setup: async ({ emulator }) => {
      const token = await emulator.mintToken('web', 'production');
      emulator.revokeToken(token);
      return { token };
    },
  },
  {
    what: 'expired token',
    says: /UNAUTHORIZED: .*expired/,
    setup: async ({ emulator }) => ({ token: await emulator.mintToken('web', 'production', { expiresInMs: -1000 }) }),
  },
  {
    what: 'token without a grant',
    says: /FORBIDDEN: .*no grant.*seekrit grant --token skt_/,
    setup: async ({ emulator }) => ({ token: await emulator.mintToken('web', 'production', { granted: false }) }),
  },
  // Bodies
  { what: 'body that is not JSON', says: /INVALID_RESPONSE: .*not JSON/, setup: () => body('{"scope": ') },
  {
    what: 'HTML body (a login page)',
    says: /INVALID_RESPONSE: .*not JSON \(text\/html/,
    setup: () => body('<html><body>Sign in</body></html>', { 'content-type': 'text/html' }),
  },
  { what: 'JSON array body', says: /INVALID_RESPONSE: .*the body must be a JSON object, got an array/, setup: () => body('[1,2,3]') },
  { what: 'truncated JSON body', says: /INVALID_RESPONSE: .*not JSON/, setup: ({ body: b }) => body(JSON.stringify(b()).slice(0, 200)) },
  {
    what: 'body over the size limit',
    says: /RESPONSE_TOO_LARGE: .*larger than 33554432 bytes/,
    setup: () => ({ faults: [{ status: 200, body: 'x'.repeat(33 * 1024 * 1024) }] }),
  },
  {
    what: 'scope field of the wrong type',
    says: /INVALID_RESPONSE: .*scope.envSlug must be a string, got number/,
    setup: () =>
      rewrite((b) => {
        b.scope.envSlug = 42;
      }),
  },
  {
    what: 'layers missing',
    says: /INVALID_RESPONSE: .*layers must be an array, got undefined/,
    setup: () =>
      rewrite((b) => {
        delete b.layers;
      }),
  },
  {
    what: 'wrapped key missing',
    says: /INVALID_RESPONSE: .*wrappedDek must be a string, got undefined/,
    setup: () =>
      rewrite((b) => {
        delete b.layers.at(-1).wrappedDek;
      }),
  },
  {
    what: 'secret without a name',
    says: /INVALID_RESPONSE: .*secrets\[0\]\.name must be a name/,
    setup: () =>
      rewrite((b) => {
        delete b.layers.at(-1).secrets[0].name;
      }),
  },
  {
    what: 'unknown wrapped-key version',
    says: /UNSUPPORTED_VERSION: .*"wd9".*Update/,
    setup: () =>
      rewrite((b) => {
        b.layers.at(-1).wrappedDek = b.layers.at(-1).wrappedDek.replace(/^wd1/, 'wd9');
      }),
  },
  {
    what: 'unknown ciphertext version',
    says: /UNSUPPORTED_VERSION: Secret API_KEY .*"sc2"/,
    setup: () =>
      rewrite((b) => {
        appSecret(b, 'API_KEY').ciphertext = appSecret(b, 'API_KEY').ciphertext.replace(/^sc1/, 'sc2');
      }),
  },
  {
    what: 'base64 with padding',
    says: /MALFORMED_BLOB: Secret API_KEY .*not base64url/,
    setup: () =>
      rewrite((b) => {
        appSecret(b, 'API_KEY').ciphertext += '==';
      }),
  },
  {
    what: 'base64 with bad characters',
    says: /MALFORMED_BLOB: Secret DB_URL .*not base64url/,
    setup: () =>
      rewrite((b) => {
        appSecret(b, 'DB_URL').ciphertext = appSecret(b, 'DB_URL').ciphertext.replace(/.$/, '+');
      }),
  },
  {
    what: 'altered ciphertext (one bit)',
    says: /DECRYPT_FAILED: Could not decrypt secret \w+ in app web\/production/,
    setup: () => ({ faults: [{ tamper: tamper.alterCiphertext() }] }),
  },
  {
    what: 'swapped ciphertexts',
    says: /DECRYPT_FAILED: Could not decrypt secret \w+ in app web\/production/,
    setup: () => ({ faults: [{ tamper: tamper.swapCiphertexts() }] }),
  },
  {
    what: 'truncated ciphertext',
    says: /MALFORMED_BLOB: Secret API_KEY in app web\/production is shorter than an AES-GCM tag \(6 bytes\)/,
    setup: () =>
      rewrite((b) => {
        appSecret(b, 'API_KEY').ciphertext = appSecret(b, 'API_KEY').ciphertext.slice(0, 4 + 16 + 1 + 8);
      }),
  },
  {
    what: "another layer's data key",
    says: /DECRYPT_FAILED: Could not decrypt secret \w+ in app web\/production/,
    setup: () => ({ faults: [{ tamper: tamper.foreignDek() }] }),
  },
  {
    what: 'wrong environmentId on a group layer',
    says: /DECRYPT_FAILED: Could not decrypt secret \w+ in group shared\/production/,
    setup: () =>
      rewrite((b) => {
        b.layers[0].environmentId = 'env_someoneelse0000000';
      }),
  },
  {
    what: 'app layer of another environment',
    says: /INVALID_RESPONSE: .*environmentId does not match scope.envId/,
    setup: () =>
      rewrite((b) => {
        b.layers.at(-1).environmentId = 'env_someoneelse0000000';
      }),
  },
  {
    what: 'plaintext that is not UTF-8',
    says: /DECRYPT_FAILED: Secret BINARY in app web\/binary is not valid UTF-8/,
    setup: async ({ emulator }) => ({ token: await emulator.mintToken('web', 'binary') }),
  },
  {
    what: 'duplicate names in one layer',
    says: /INVALID_RESPONSE: .*repeats API_KEY within one layer/,
    setup: () => rewrite((b) => void b.layers.at(-1).secrets.push({ ...appSecret(b, 'API_KEY') })),
  },
  {
    what: 'secret name that is not a variable name',
    says: /INVALID_RESPONSE: .*name must be a name of letters, digits and _/,
    setup: () =>
      rewrite((b) => {
        appSecret(b, 'API_KEY').name = 'API-KEY';
      }),
  },
  // HTTP
  {
    what: 'redirect (302)',
    says: /REDIRECT_REFUSED: .*https:\/\/elsewhere\.example.*never followed/,
    setup: () => ({ faults: [{ status: 302, headers: { location: 'https://elsewhere.example/v1/resolve' } }] }),
  },
  { what: 'HTTP 400', says: /HTTP_ERROR: .*HTTP 400/, setup: () => ({ faults: [{ status: 400 }] }) },
  { what: 'HTTP 404', says: /NOT_FOUND: .*404.*Check api-url/, setup: () => ({ faults: [{ status: 404 }] }) },
  { what: 'HTTP 409', says: /HTTP_ERROR: .*HTTP 409/, setup: () => ({ faults: [{ status: 409 }] }) },
  {
    what: 'HTTP 500 on every attempt',
    says: /HTTP_ERROR: .*HTTP 503.*gave up after 2 attempts/,
    setup: () => ({ ...quick, faults: [{ status: 500 }, { status: 503 }] }),
  },
  {
    what: 'HTTP 429 on every attempt',
    says: /HTTP_ERROR: .*HTTP 429.*gave up after 2 attempts/,
    setup: () => ({
      ...quick,
      faults: [
        { status: 429, headers: { 'retry-after': '0' } },
        { status: 429, headers: { 'retry-after': '0' } },
      ],
    }),
  },
  {
    what: 'connection reset on every attempt',
    says: /NETWORK_ERROR: .*ECONNRESET.*gave up after 2 attempts/,
    setup: () => ({ ...quick, faults: [{ reset: true }, { reset: true }] }),
  },
  {
    what: 'server that never answers',
    says: /TIMEOUT: .*did not answer within 1000 ms/,
    setup: () => ({ inputs: { timeout: '1', retries: '0' }, flags: ['--timeout', '1', '--retries', '0'], faults: [{ hang: true }] }),
  },
  { what: 'connection refused', says: /NETWORK_ERROR: .*ECONNREFUSED/, setup: async () => ({ ...quick, apiUrl: await closedPort() }) },
  {
    what: 'unresolvable host',
    says: /NETWORK_ERROR: .*seekrit-matrix\.invalid|TIMEOUT: .*seekrit-matrix\.invalid/,
    setup: () => ({
      apiUrl: 'https://api.seekrit-matrix.invalid',
      inputs: { retries: '0', timeout: '5' },
      flags: ['--retries', '0', '--timeout', '5'],
    }),
  },
  {
    what: 'plain http:// to a remote host',
    says: /INSECURE_URL: .*plain http:\/\/ to seekrit\.example/,
    setup: () => ({ apiUrl: 'http://seekrit.example' }),
  },
  // Inputs and delivery
  {
    what: 'scope other than expected',
    says: /SCOPE_MISMATCH: The token resolves acme\/web\/production, but .*expects acme\/web\/staging/,
    setup: () => ({ inputs: { 'expect-scope': 'acme/web/staging' }, flags: ['--expect-scope', 'acme/web/staging'] }),
  },
  {
    what: 'named secret that does not exist',
    says: /SECRET_NOT_FOUND: Secret MISSING_ONE is not in this environment/,
    setup: () => ({ inputs: { secrets: 'API_KEY\nMISSING_ONE' }, flags: ['--secrets', 'API_KEY,MISSING_ONE'] }),
  },
  {
    what: 'reserved name (PATH)',
    says: /UNSAFE_NAME: Secret API_KEY \(delivered as PATH\) is refused as a reserved name \(shell and process basics\)/,
    setup: () => ({ inputs: { secrets: 'PATH=API_KEY' }, flags: ['--secrets', 'PATH=API_KEY'] }),
    only: ['action', 'run'],
  },
  {
    what: 'reserved name in a shell export (GIT_CONFIG_COUNT)',
    says: /UNSAFE_NAME: Secret API_KEY \(delivered as GIT_CONFIG_COUNT\) is refused as a reserved name \(git and ssh\)/,
    setup: () => ({ flags: ['--format', 'shell', '--secrets', 'GIT_CONFIG_COUNT=API_KEY'] }),
    only: ['export'],
  },
  {
    what: 'name bash cannot assign (UID)',
    says: /UNSAFE_NAME: Secret API_KEY \(delivered as UID\) cannot be set: UID is read-only in bash/,
    setup: () => ({
      inputs: { secrets: 'UID=API_KEY', 'allow-reserved-names': 'UID' },
      flags: ['--secrets', 'UID=API_KEY', '--allow-reserved-names', 'UID'],
    }),
    only: ['action', 'run'],
  },
  {
    what: 'value too large for an environment variable',
    says: /VALUE_TOO_LARGE: Secret API_KEY takes \d+ bytes as an environment variable \(with its name\), more than Linux.s MAX_ARG_STRLEN allows/,
    setup: async ({ emulator }) => {
      emulator.setEnvironment('web', 'huge', { API_KEY: 'm'.repeat(140_000) });
      return { token: await emulator.mintToken('web', 'huge') };
    },
    only: ['action', 'run'],
  },
  {
    what: 'value with a NUL byte',
    says: /UNSUPPORTED_VALUE: Secret NUL_VALUE contains a NUL byte/,
    setup: async ({ emulator }) => ({ token: await emulator.mintToken('web', 'nul'), flags: ['--format', 'shell'] }),
    only: ['action', 'export'],
  },
  {
    what: 'reference cycle',
    says: /INTERPOLATION_CYCLE: Secret references form a cycle: LOOP_A → LOOP_B → LOOP_A/,
    setup: async ({ emulator }) => ({ token: await emulator.mintToken('web', 'cycle') }),
  },
  {
    what: 'unwritable output path',
    says: /OUTPUT_FAILED: Could not write the secrets file .*no-such-dir/,
    setup: () => ({
      inputs: { file: '/dev/null/no-such-dir/secrets.env' },
      flags: ['--output', '/dev/null/no-such-dir/secrets.env'],
    }),
    only: ['action', 'export'],
  },
  {
    what: 'bad group override',
    says: /INVALID_INPUT|--with entry "shared" is not group=env/,
    setup: () => ({ inputs: { with: 'shared' }, flags: ['--with', 'shared'] }),
  },
];

async function closedPort(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

let emulator: SeekritEmulator;
let token: string;
let work: string;
const allValues = [...Object.values(VALUES), ...Object.values(GROUP), 'matrix-group-value-suffix-value', 'matrix-loop-value-a'];

beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator
    .setGroupEnvironment('shared', 'production', GROUP)
    .setEnvironment('web', 'production', VALUES)
    .setEnvironment('web', 'binary', { OK_VALUE: 'matrix-fine-value', BINARY: Uint8Array.of(0x61, 0xff, 0xfe, 0x62) })
    .setEnvironment('web', 'nul', { NUL_VALUE: 'matrix\u0000nul' })
    .setEnvironment('web', 'cycle', { LOOP_A: 'matrix-loop-value-a${LOOP_B}', LOOP_B: '${LOOP_A}' })
    .compose('web', 'shared');
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
  work = mkdtempSync(join(tmpdir(), 'seekrit-matrix-'));
});
afterAll(async () => {
  await emulator.close();
  rmSync(work, { recursive: true, force: true });
});

async function prepare(testCase: Case): Promise<Setup> {
  emulator.faults.length = 0;
  const partial = (await testCase.setup?.({ emulator, token, body: () => emulator.resolveBody(token) })) ?? {};
  return { token, apiUrl: emulator.url, faults: [], inputs: {}, flags: [], ...partial };
}

describe('failure matrix', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it('is documented row for row in docs/FAILURES.md', () => {
    const doc = readFileSync(fileURLToPath(new URL('../docs/FAILURES.md', import.meta.url)), 'utf8');
    for (const testCase of CASES) expect(doc, testCase.what).toContain(`| ${testCase.what} |`);
  });

  describe.each(CASES)('$what', (testCase) => {
    const applies = (entry: Entry) => !testCase.only || testCase.only.includes(entry);

    if (applies('action')) {
      it('action: fails closed', async () => {
        const setup = await prepare(testCase);
        emulator.inject(...setup.faults);
        const run = await runAction({ token: setup.token, 'api-url': setup.apiUrl, outputs: 'true', file: 'secrets.env', ...setup.inputs });
        try {
          expect(run.main.code).not.toBe(0);
          const errorLine = run.main.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
          expect(errorLine).toMatch(testCase.says);
          expect(errorLine.split(': ').length, 'the error says what to do as well').toBeGreaterThan(1);
          expect(run.files.env).toBe('');
          expect(run.files.output).toBe('');
          expect(existsSync(join(run.workspace, 'secrets.env'))).toBe(false);
          expect(Object.keys(readTree(run.workspace))).toStrictEqual([]);
          expect(run.post.code).toBe(0);
          const shown = {
            log: maskedLog(run.main.stdout + run.post.stdout),
            stderr: run.main.stderr + run.post.stderr,
            summary: run.summary,
          };
          expectNoLeak(shown, allValues, setup.token || undefined);
          expectNoLeak(shown, allValues, token);
        } finally {
          run.cleanup();
        }
      });
    }

    if (applies('export')) {
      it('seekrit-ci export: fails closed', async () => {
        const setup = await prepare(testCase);
        emulator.inject(...setup.faults);
        const output = join(work, 'export.env');
        const flags = setup.flags.includes('--output') ? setup.flags : ['--output', output, ...setup.flags];
        const result = await runCli(['export', ...flags], cleanEnv({ SEEKRIT_TOKEN: setup.token, SEEKRIT_API_URL: setup.apiUrl }));
        expect(result.code).not.toBe(0);
        expect(result.stderr).toMatch(testCase.says);
        expect(result.stdout).toBe('');
        expect(readdirSync(work)).toStrictEqual([]);
        expectNoLeak({ stdout: result.stdout, stderr: result.stderr }, allValues, setup.token || undefined);
        expectNoLeak({ stderr: result.stderr }, allValues, token);
      });
    }

    if (applies('run')) {
      it('seekrit-ci run: fails closed and never starts the command', async () => {
        const setup = await prepare(testCase);
        emulator.inject(...setup.faults);
        const marker = join(work, 'started');
        const result = await runCli(
          ['run', ...setup.flags, '--', 'sh', '-c', `touch ${marker}`],
          cleanEnv({ SEEKRIT_TOKEN: setup.token, SEEKRIT_API_URL: setup.apiUrl }),
        );
        expect(result.code).not.toBe(0);
        expect(result.stderr).toMatch(testCase.says);
        expect(existsSync(marker)).toBe(false);
        expectNoLeak({ stdout: result.stdout, stderr: result.stderr }, allValues, setup.token || undefined);
      });
    }
  });
});
