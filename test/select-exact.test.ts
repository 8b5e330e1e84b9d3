import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_SPELLING, CLI_SPELLING } from '../src/core/common/spelling.js';
import type { Secret } from '../src/core/environment/materialize.js';
import { checkExpectedScope, parseExpectedScope } from '../src/core/environment/scope.js';
import { loadEnvironment } from '../src/core/index.js';
import { parseToken } from '../src/core/keys/token.js';
import { listNames, selectSecrets, splitList } from '../src/core/selection/select.js';
import { SeekritEmulator } from './support/emulator.js';
import { failureText } from './support/failure.js';

const all = new Map<string, Secret>(['B', 'A', 'C_1', 'DB'].map((name) => [name, { name, value: `v-${name}`, source: 's' }]));
const message = failureText;

describe('secrets entries, exactly', () => {
  it('delivers in name order', () => {
    expect(selectSecrets(all, { secrets: [], prefix: '' }, ACTION_SPELLING).delivered.map((d) => d.name)).toStrictEqual([
      'A',
      'B',
      'C_1',
      'DB',
    ]);
  });

  it('parses NAME?, ALIAS=NAME? and spaces around =', () => {
    const picked = selectSecrets(all, { secrets: ['X = DB ?', 'A?', 'MISSING?'], prefix: '' }, ACTION_SPELLING);
    expect(picked.delivered.map((d) => [d.name, d.from])).toStrictEqual([
      ['A', 'A'],
      ['X', 'DB'],
    ]);
    expect(picked.skipped).toStrictEqual(['MISSING?']);
  });

  it.each([
    [
      '=DB',
      'secrets entry "=DB" is not ALIAS=NAME with two valid names. | Write ALIAS=NAME, for example secrets: DB=DATABASE_URL (no globs in aliases).',
    ],
    ['X=', 'secrets entry "X=" is not ALIAS=NAME with two valid names.'],
    [
      '-A*',
      'secrets entry "-A*" is not a valid pattern. | Patterns use letters, digits, _, * and ?; a trailing ? makes an entry optional.',
    ],
    ['A*-', 'secrets entry "A*-" is not a valid pattern.'],
    [
      'A-B',
      'secrets entry "A-B" is not a valid name. | Write NAME, ALIAS=NAME or a glob such as STRIPE_*; add a trailing ? to make it optional.',
    ],
    [
      'Z*',
      'secrets pattern Z* matches no secret in this environment. | Check the pattern, remove it, or add a trailing ? to make it optional.',
    ],
    ['NOPE', 'Secret NOPE is not in this environment. | Check the name (names are case-sensitive)'],
  ])('refuses %s, saying so', (entry, expected) => {
    expect(message(() => selectSecrets(all, { secrets: [entry], prefix: '' }, ACTION_SPELLING)).startsWith(expected)).toBe(true);
  });

  it('names a secret one typo or a case change away, and guesses nothing for a name far from all', () => {
    const near = new Map<string, Secret>(
      ['DATABASE_URL', 'API_KEY', 'STRIPE_SECRET_KEY'].map((name) => [name, { name, value: `v-${name}`, source: 's' }]),
    );
    const refused = (entry: string) => message(() => selectSecrets(near, { secrets: [entry], prefix: '' }, ACTION_SPELLING));
    expect(refused('api_key')).toMatch(/^Secret api_key is not in this environment \(did you mean API_KEY\?\)\. \| /);
    expect(refused('DATABASE_UR')).toContain('(did you mean DATABASE_URL?)');
    expect(refused('STRIPE_SECRT_KEY')).toContain('(did you mean STRIPE_SECRET_KEY?)');
    expect(refused('REDIS_URL')).toMatch(/^Secret REDIS_URL is not in this environment\. \| /);
  });

  it('a trailing ? makes an exact name optional, not a one-character glob', () => {
    const near = new Map<string, Secret>(['API_KEYS', 'TOKEN'].map((name) => [name, { name, value: `v-${name}`, source: 's' }]));
    const picked = selectSecrets(near, { secrets: ['API_KEY?', 'TOKEN'], prefix: '' }, ACTION_SPELLING);
    expect(picked.delivered.map((d) => d.name)).toStrictEqual(['TOKEN']);
    expect(picked.skipped).toStrictEqual(['API_KEY?']);
  });

  it('quotes at most 100 characters of a bad entry', () => {
    for (const [entry, kind] of [
      [`${'A'.repeat(120)}-`, 'is not a valid name'],
      [`${'A'.repeat(120)}*-`, 'is not a valid pattern'],
      [`X=${'A'.repeat(120)}-`, 'is not ALIAS=NAME with two valid names'],
    ] as const)
      expect(message(() => selectSecrets(all, { secrets: [entry], prefix: '' }, ACTION_SPELLING))).toMatch(
        new RegExp(`^secrets entry "${entry.slice(0, 100).replace(/[*]/g, '\\*')}" ${kind}\\.`),
      );
  });

  it('globs: * any run, ? one character, matched against the whole name', () => {
    const names = ['STRIPE_KEY', 'XSTRIPE_KEY', 'STRIPE', 'ABC', 'ABBC', 'ABCD', 'AC'];
    const pool = new Map<string, Secret>(names.map((name) => [name, { name, value: `v-${name}`, source: 's' }]));
    const pick = (pattern: string) => selectSecrets(pool, { secrets: [pattern], prefix: '' }, ACTION_SPELLING).delivered.map((d) => d.name);
    expect(pick('STRIPE_*')).toStrictEqual(['STRIPE_KEY']);
    expect(pick('STRIPE*')).toStrictEqual(['STRIPE', 'STRIPE_KEY']);
    expect(pick('A?C')).toStrictEqual(['ABC']);
    expect(pick('*C')).toStrictEqual(['ABBC', 'ABC', 'AC']);
  });

  it('one secret picked by two entries is delivered once', () => {
    const picked = selectSecrets(all, { secrets: ['DB', 'D*', 'DB?'], prefix: '' }, ACTION_SPELLING);
    expect(picked.delivered.map((d) => [d.name, d.from])).toStrictEqual([['DB', 'DB']]);
  });

  it('delivers in name order whatever order the entries pick in', () => {
    const picked = selectSecrets(all, { secrets: ['DB', 'C_1', 'B', 'A'], prefix: 'P_' }, ACTION_SPELLING);
    expect(picked.delivered.map((d) => d.name)).toStrictEqual(['P_A', 'P_B', 'P_C_1', 'P_DB']);
  });

  it('names the two secrets that would share a name, and the flag to rename in the CLI', () => {
    expect(message(() => selectSecrets(all, { secrets: ['A', 'A=B'], prefix: '' }, CLI_SPELLING))).toBe(
      'Two secrets would be delivered as A (A and B). | Give one of them another name with --secrets ALIAS=NAME.',
    );
    expect(message(() => selectSecrets(all, { secrets: [], prefix: '9' }, CLI_SPELLING))).toBe(
      '--prefix must be letters, digits and _, not starting with a digit. | For example --prefix APP_.',
    );
  });

  it('lists names for a log line, at most max of them', () => {
    const delivered = selectSecrets(all, { secrets: [], prefix: '' }, ACTION_SPELLING).delivered;
    expect(listNames(delivered)).toBe('A, B, C_1, DB');
    expect(listNames(delivered, 4)).toBe('A, B, C_1, DB');
    expect(listNames(delivered, 3)).toBe('A, B, C_1, … 1 more');
    expect(listNames([])).toBe('');
  });

  it('splits lists on commas and lines, without comments or blanks', () => {
    expect(splitList(undefined)).toStrictEqual([]);
    expect(splitList('')).toStrictEqual([]);
    expect(splitList('A,B\r\nC # c\n#only\n D ')).toStrictEqual(['A', 'B', 'C', 'D']);
  });
});

describe('expect-scope, exactly', () => {
  const scope = { orgId: 'o', orgSlug: 'acme', appId: 'a', appSlug: 'web', envId: 'e', envSlug: 'production' };
  it('is three slugs or nothing', () => {
    expect(parseExpectedScope(' acme/web/production ', 'expect-scope')).toBe('acme/web/production');
    expect(parseExpectedScope('', 'x')).toBeUndefined();
    expect(parseExpectedScope(undefined, 'x')).toBeUndefined();
    for (const bad of ['acme/web', 'acme/web/prod/x', 'acme/-web/prod', 'acme//prod', 'a b/web/prod'])
      expect(
        message(() => parseExpectedScope(bad, '--expect-scope')),
        bad,
      ).toBe(
        '--expect-scope must be org/app/env slugs, for example acme/web/production. | Set --expect-scope to the three slugs separated by /.',
      );
  });
  it('must equal the resolved scope', () => {
    checkExpectedScope(scope, 'acme/web/production', 'expect-scope');
    checkExpectedScope(scope, undefined, 'expect-scope');
    expect(message(() => checkExpectedScope(scope, 'acme/web/staging', 'expect-scope'))).toBe(
      'The token resolves acme/web/production, but expect-scope expects acme/web/staging. | Store the token of the expected environment in this CI secret, or correct the expected scope.',
    );
  });
});

describe('loadEnvironment passes its options through', () => {
  let emulator: SeekritEmulator;
  let token: string;
  beforeAll(async () => {
    emulator = new SeekritEmulator();
    emulator.setEnvironment('web', 'production', { REF: 'x-${OTHER}', OTHER: 'o' });
    await emulator.listen();
    token = await emulator.mintToken('web', 'production');
  });
  afterAll(() => emulator.close());
  const load = (extra: Partial<Parameters<typeof loadEnvironment>[0]> = {}) =>
    loadEnvironment({ token: parseToken(token), apiUrl: emulator.url, client: 'cli', ...extra });

  it('a request that fails at once rejects the load, and nothing is left unhandled', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      await expect(load({ apiUrl: 'http://example.com' })).rejects.toThrow(/plain http:\/\/ to example\.com/);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toStrictEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('interpolate: false leaves references; the default expands them', async () => {
    expect((await load()).secrets.get('REF')?.value).toBe('x-o');
    expect((await load({ interpolate: false })).secrets.get('REF')?.value).toBe('x-${OTHER}');
  });

  it('retries and the per-attempt timeout reach the client', async () => {
    emulator.requests.length = 0;
    emulator.inject({ status: 503 }, { status: 503 });
    await expect(load({ retries: 0 })).rejects.toThrow(/after 1 attempt/);
    expect(emulator.requests).toHaveLength(1);
    emulator.faults.length = 0;
    emulator.inject({ hang: true });
    await expect(load({ retries: 0, timeoutMs: 200 })).rejects.toThrow(/did not answer within 200 ms/);
    emulator.faults.length = 0;
    await expect(load({ expectScope: 'acme/web/staging', expectScopeInput: '--expect-scope' })).rejects.toThrow(
      /--expect-scope expects acme\/web\/staging/,
    );
  });
});
