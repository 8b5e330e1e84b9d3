import { describe, expect, it } from 'vitest';
import { ACTION_SPELLING, CLI_SPELLING } from '../src/core/common/spelling.js';
import { checkDelivery } from '../src/core/delivery/destinations.js';
import type { Secret } from '../src/core/environment/materialize.js';
import { checkDeliveredNames, parseNameList } from '../src/core/policy/names.js';
import { RESERVED_CATEGORIES, reservedCategory } from '../src/core/policy/reserved.js';
import { selectSecrets, splitList } from '../src/core/selection/select.js';
import { envDestinations } from './support/destinations.js';

const all = new Map<string, Secret>(
  ['API_KEY', 'DATABASE_URL', 'STRIPE_KEY', 'STRIPE_SECRET', 'PATH_PREFIX'].map((name) => [
    name,
    { name, value: `v-${name}`, source: 'app web/prod' },
  ]),
);
const select = (secrets: string[], prefix = '') => selectSecrets(all, { secrets, prefix }, ACTION_SPELLING);

describe('selectSecrets', () => {
  it('delivers everything by default, sorted', () => {
    expect(select([]).delivered.map((d) => d.name)).toStrictEqual([...all.keys()].sort());
  });

  it('takes names, aliases and globs, then the prefix', () => {
    const picked = select(splitList('API_KEY\nDB = DATABASE_URL, STRIPE_*'), 'APP_').delivered;
    expect(picked.map((d) => [d.name, d.from, d.value])).toStrictEqual([
      ['APP_API_KEY', 'API_KEY', 'v-API_KEY'],
      ['APP_DB', 'DATABASE_URL', 'v-DATABASE_URL'],
      ['APP_STRIPE_KEY', 'STRIPE_KEY', 'v-STRIPE_KEY'],
      ['APP_STRIPE_SECRET', 'STRIPE_SECRET', 'v-STRIPE_SECRET'],
    ]);
  });

  it('skips optional entries that match nothing and reports them; delivers them when present', () => {
    const picked = select(['API_KEY?', 'MISSING?', 'X=GONE?', 'NOPE_*?', 'DB=DATABASE_URL?']);
    expect(picked.delivered.map((d) => d.name)).toStrictEqual(['API_KEY', 'DB']);
    expect(picked.skipped).toStrictEqual(['MISSING?', 'X=GONE?', 'NOPE_*?']);
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
    expect(() => select(secrets)).toThrow(message);
  });

  it('refuses a prefix that is not the start of a name, in the shell’s own words', () => {
    expect(() => select([], 'A-')).toThrow(/prefix must be letters/);
    expect(() => selectSecrets(all, { secrets: [], prefix: '1_' }, CLI_SPELLING)).toThrow(/--prefix must be letters/);
  });

  it('ignores blank entries and # comments in lists, also after an entry', () => {
    expect(splitList('\n  A \n# note\n, B,,\n')).toStrictEqual(['A', 'B']);
    expect(splitList('DATABASE_URL   # the app database\nSTRIPE_*, LOG_LEVEL? # optional\r\n')).toStrictEqual([
      'DATABASE_URL',
      'STRIPE_*',
      'LOG_LEVEL?',
    ]);
  });
});

const env = (allowed: string[] = []) => ({ env: true, allowed, spelling: ACTION_SPELLING });

describe('name policy', () => {
  it.each([
    'PATH',
    'path',
    'LD_PRELOAD',
    'DYLD_INSERT_LIBRARIES',
    'BASH_ENV',
    'ENV',
    'HOME',
    'TMPDIR',
    'IFS',
    'GIT_CONFIG_COUNT',
    'GIT_CONFIG_KEY_0',
    'GIT_CONFIG_VALUE_0',
    'GIT_SSH_COMMAND',
    'SSH_AUTH_SOCK',
    'npm_config_node_options',
    'NPM_CONFIG_REGISTRY',
    'Npm_Config_Script_Shell',
    'YARN_RC_FILENAME',
    'COREPACK_NPM_REGISTRY',
    'NODE_OPTIONS',
    'NODE_EXTRA_CA_CERTS',
    'NODE_REPL_EXTERNAL_MODULE',
    'JAVA_TOOL_OPTIONS',
    'JDK_JAVA_OPTIONS',
    'MAVEN_OPTS',
    'DOTNET_STARTUP_HOOKS',
    'CORECLR_PROFILER_PATH',
    'PYTHONSTARTUP',
    'PYTHONPATH',
    'PIP_INDEX_URL',
    'RUBYOPT',
    'PERL5OPT',
    'GOFLAGS',
    'GOTOOLCHAIN',
    'RUSTC_WRAPPER',
    'CARGO_BUILD_RUSTC_WRAPPER',
    'CC',
    'HTTPS_PROXY',
    'https_proxy',
    'NO_PROXY',
    'SSL_CERT_FILE',
    'REQUESTS_CA_BUNDLE',
    'GITHUB_TOKEN',
    'RUNNER_TEMP',
    'ACTIONS_RUNTIME_TOKEN',
    'CI_API_V4_URL',
    'CI_JOB_TOKEN',
    'GITLAB_USER_LOGIN',
    'DOCKER_HOST',
    'KUBERNETES_SERVICE_HOST',
    'SEEKRIT_TOKEN',
    'seekrit_file',
    'UID',
    'BASH_FUNC_x%%',
  ])('reserves %s', (name) => {
    expect(reservedCategory(name)).toBeDefined();
  });

  it.each([
    'NODE_ENV',
    'NODE_AUTH_TOKEN',
    'NPM_TOKEN',
    'LOG_LEVEL',
    'DATABASE_URL',
    'PORT',
    'GH_TOKEN',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'AZURE_CLIENT_SECRET',
    'SSH_PRIVATE_KEY',
    'CARGO_REGISTRY_TOKEN',
    'YARN_NPM_AUTH_TOKEN',
    'KUBECONFIG',
    'PATH_PREFIX',
    'MY_GITHUB_TOKEN',
    'ENVIRONMENT',
    'GITHUB',
    'CIRCLE',
  ])('lets ordinary configuration %s through', (name) => {
    expect(reservedCategory(name)).toBeUndefined();
    checkDeliveredNames([{ name, from: name }], env());
  });

  it('cites a reason for every category', () => {
    for (const category of RESERVED_CATEGORIES) expect(category.why.length).toBeGreaterThan(20);
  });

  it('names the secret, the category and the escape hatch, in each shell’s own words', () => {
    expect(() => checkDeliveredNames([{ name: 'PATH', from: 'PATH' }], env())).toThrow(
      /Secret PATH is refused as a reserved name \(shell and process basics\)/,
    );
    expect(() => checkDeliveredNames([{ name: 'LD_PRELOAD', from: 'X' }], env())).toThrow('Secret X (delivered as LD_PRELOAD)');
    try {
      checkDeliveredNames([{ name: 'GIT_DIR', from: 'GIT_DIR' }], { ...env(), spelling: CLI_SPELLING });
    } catch (error) {
      expect((error as Error & { hint: string }).hint).toContain('--allow-reserved-names GIT_DIR');
      expect((error as Error & { hint: string }).hint).not.toContain('allow-reserved-names:');
    }
  });

  it('allows a reserved name only when named exactly (any case), never by a glob', () => {
    checkDeliveredNames([{ name: 'LD_PRELOAD', from: 'X' }], env(['ld_preload']));
    expect(() => checkDeliveredNames([{ name: 'LD_LIBRARY_PATH', from: 'X' }], env(['LD_PRELOAD']))).toThrow(/reserved/);
    expect(() => parseNameList(['LD_*'], 'allow-reserved-names', ACTION_SPELLING)).toThrow(/globs are not accepted/);
  });

  it('applies only to process environments: a dotenv file or outputs may carry PATH', () => {
    checkDeliveredNames([{ name: 'PATH', from: 'PATH' }], { ...env(), env: false });
  });

  it('never sends NODE_OPTIONS to GITHUB_ENV, and never sets a name bash keeps read-only', () => {
    expect(() => checkDeliveredNames([{ name: 'NODE_OPTIONS', from: 'N' }], { ...env(['NODE_OPTIONS']), githubEnv: true })).toThrow(
      /refuses NODE_OPTIONS/,
    );
    checkDeliveredNames([{ name: 'NODE_OPTIONS', from: 'N' }], env(['NODE_OPTIONS']));
    for (const name of ['UID', 'EUID', 'PPID', 'SHELLOPTS', 'BASHOPTS'])
      expect(() => checkDeliveredNames([{ name, from: name }], env([name]))).toThrow(/read-only in bash/);
  });

  it('refuses names that differ only by case, and the action’s own output names', () => {
    expect(() =>
      checkDeliveredNames(
        [
          { name: 'Token', from: 'Token' },
          { name: 'TOKEN', from: 'TOKEN' },
        ],
        { ...env(), env: false },
      ),
    ).toThrow(/differ only by case/);
    for (const name of ['count', 'COUNT', 'Names', 'file', 'scope', 'TOKEN_ID'])
      if (name !== 'TOKEN_ID')
        expect(() =>
          checkDeliveredNames([{ name, from: name }], { ...env(), env: false, outputs: ['names', 'count', 'file', 'scope', 'token-id'] }),
        ).toThrow(/own output/);
    expect(() => checkDeliveredNames([{ name: '9X', from: 'X' }], env())).toThrow(/not a valid environment variable name/);
  });
});

describe('destination limits', () => {
  const d = (name: string, value: string) => ({ name, from: name, value, source: 'app a/b' });
  const to = envDestinations('linux');

  it('refuses, by name, a value too large for an environment variable; a file may carry it', () => {
    const big = d('BUNDLE', 'x'.repeat(131_072));
    expect(() => checkDelivery([big], to)).toThrow(/Secret BUNDLE takes 131080 bytes as an environment variable/);
    checkDelivery([big], { ...to, files: new Set(['BUNDLE']) });
    checkDelivery([big], { ...to, env: false });
    checkDelivery([big], { ...to, env: false, outputs: { own: [] } }); // a step output has no such limit
    checkDelivery([d('FITS', 'x'.repeat(131_072 - 'FITS'.length - 2))], to);
    expect(() => checkDelivery([d('FITS', 'x'.repeat(131_072 - 'FITS'.length - 1))], to)).toThrow(/FITS/);
  });

  it('counts UTF-8 bytes, not characters: three-byte characters just inside and one byte past the limit', () => {
    // WIDE=value and a NUL: 4 + 1 + 3 × 43,688 + 1 = 131,070 bytes fit; one more € is 131,073.
    checkDelivery([d('WIDE', '€'.repeat(43_688))], to);
    expect(() => checkDelivery([d('WIDE', '€'.repeat(43_689))], to)).toThrow(/Secret WIDE takes 131073 bytes/);
    checkDelivery([d('WIDE', `${'€'.repeat(43_688)}xx`)], to);
    expect(() => checkDelivery([d('WIDE', `${'€'.repeat(43_688)}xxx`)], to)).toThrow(/Secret WIDE takes 131073 bytes/);
  });

  it('refuses NUL for environment variables and outputs, not for per-secret files', () => {
    expect(() => checkDelivery([d('BIN', 'a\0b')], to)).toThrow(/Secret BIN contains a NUL byte/);
    checkDelivery([d('BIN', 'a\0b')], { ...to, files: new Set(['BIN']) });
  });

  it('requires files and unmasked to name delivered secrets', () => {
    expect(() => checkDelivery([d('A', 'x')], { ...to, files: new Set(['B']) })).toThrow(/files names B, which is not delivered/);
    expect(() => checkDelivery([d('A', 'x')], { ...to, unmasked: new Set(['C']), spelling: CLI_SPELLING })).toThrow(
      /--unmasked names C, which is not delivered/,
    );
  });
});
