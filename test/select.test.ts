import { describe, expect, it } from 'vitest';
import type { Secret } from '../src/core/materialize.js';
import { checkDeliveredNames, reservedRule } from '../src/core/names.js';
import { selectSecrets, splitList } from '../src/core/select.js';

const all = new Map<string, Secret>(
  ['API_KEY', 'DATABASE_URL', 'STRIPE_KEY', 'STRIPE_SECRET', 'PATH_PREFIX'].map((name) => [
    name,
    { name, value: `v-${name}`, source: 'app web/prod' },
  ]),
);

describe('selectSecrets', () => {
  it('delivers everything by default, sorted', () => {
    expect(selectSecrets(all, { secrets: [], prefix: '' }).map((d) => d.name)).toStrictEqual([...all.keys()].sort());
  });

  it('takes names, aliases and globs, then the prefix', () => {
    const picked = selectSecrets(all, { secrets: splitList('API_KEY\nDB = DATABASE_URL, STRIPE_*'), prefix: 'APP_' });
    expect(picked.map((d) => [d.name, d.from, d.value])).toStrictEqual([
      ['APP_API_KEY', 'API_KEY', 'v-API_KEY'],
      ['APP_DB', 'DATABASE_URL', 'v-DATABASE_URL'],
      ['APP_STRIPE_KEY', 'STRIPE_KEY', 'v-STRIPE_KEY'],
      ['APP_STRIPE_SECRET', 'STRIPE_SECRET', 'v-STRIPE_SECRET'],
    ]);
  });

  it.each([
    [['MISSING'], /Secret MISSING is not in this environment/],
    [['api_key'], /Secret api_key is not in this environment/],
    [['NOPE_*'], /pattern NOPE_\* matches no secret/],
    [['A=B=C'], /not ALIAS=NAME/],
    [['X=STRIPE_*'], /not ALIAS=NAME/],
    [['BAD-NAME'], /not a valid name/],
    [['API_KEY', 'API_KEY=STRIPE_KEY'], /Two secrets would be delivered as API_KEY/],
  ])('refuses %j', (secrets, message) => {
    expect(() => selectSecrets(all, { secrets, prefix: '' })).toThrow(message);
  });

  it('refuses a prefix that is not a name part', () => {
    expect(() => selectSecrets(all, { secrets: [], prefix: 'A-' })).toThrow(/prefix may contain only/);
  });

  it('ignores blank entries and # comments in lists', () => {
    expect(splitList('\n  A \n# note\n, B,,\n')).toStrictEqual(['A', 'B']);
  });
});

describe('name safety', () => {
  it.each([
    'PATH',
    'path',
    'LD_PRELOAD',
    'DYLD_INSERT_LIBRARIES',
    'BASH_ENV',
    'ENV',
    'GITHUB_TOKEN',
    'RUNNER_TEMP',
    'ACTIONS_RUNTIME_TOKEN',
    'NODE_OPTIONS',
    'NODE_EXTRA_CA_CERTS',
    'JAVA_TOOL_OPTIONS',
    'BASH_FUNC_x%%',
  ])('reserves %s', (name) => {
    expect(reservedRule(name)).toBeDefined();
  });

  it.each(['PATH_PREFIX', 'NODE_AUTH_TOKEN', 'DATABASE_URL', 'MY_GITHUB_TOKEN', 'ENVIRONMENT'])('allows %s', (name) => {
    expect(reservedRule(name)).toBeUndefined();
  });

  it('names the secret and the rule, and accepts an explicit allow', () => {
    expect(() => checkDeliveredNames([{ name: 'PATH', from: 'PATH' }], { allowed: [], toGithubEnv: true })).toThrow(
      'Secret PATH is refused: PATH decides which programs later steps run.',
    );
    expect(() => checkDeliveredNames([{ name: 'LD_PRELOAD', from: 'X' }], { allowed: [], toGithubEnv: false })).toThrow(
      'Secret X (delivered as LD_PRELOAD)',
    );
    checkDeliveredNames([{ name: 'LD_PRELOAD', from: 'X' }], { allowed: ['LD_*'], toGithubEnv: true });
    expect(() => checkDeliveredNames([{ name: 'NODE_OPTIONS', from: 'NODE_OPTIONS' }], { allowed: ['*'], toGithubEnv: true })).toThrow(
      /refuses NODE_OPTIONS/,
    );
    checkDeliveredNames([{ name: 'NODE_OPTIONS', from: 'NODE_OPTIONS' }], { allowed: ['NODE_OPTIONS'], toGithubEnv: false });
    expect(() => checkDeliveredNames([{ name: '9X', from: 'X' }], { allowed: [], toGithubEnv: false })).toThrow(
      /not a valid environment variable name/,
    );
  });
});
