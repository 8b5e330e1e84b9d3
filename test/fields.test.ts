/** Fields of JSON secrets and name transforms in `secrets` (issue: structured secrets), through the core functions. */
import { describe, expect, it } from 'vitest';
import { ACTION_SPELLING, CLI_SPELLING } from '../src/core/common/spelling.js';
import { checkDelivery } from '../src/core/delivery/destinations.js';
import type { Secret } from '../src/core/environment/materialize.js';
import { redactionNeedles, valuesToHide } from '../src/core/policy/targets.js';
import { parseFieldPath } from '../src/core/selection/fields.js';
import { parseNameCase } from '../src/core/selection/name-case.js';
import { parseSelection, selectSecrets } from '../src/core/selection/select.js';
import { envDestinations } from './support/destinations.js';
import { failureText } from './support/failure.js';

const DB_CONFIG = JSON.stringify({
  user: 'db_user_field',
  password: 'db-pass-field-7781',
  host: 'db.fields.internal',
  port: 5432,
  tls: { ca: '-----BEGIN CA-----\nfield-ca-line\n-----END CA-----', verify: true },
  hosts: ['replica-one.internal', 'replica-two.internal'],
  'my-key': 'dashed-key-value',
  ünï: 'unicode-key-value',
  'a.b': 'dotted-key-value',
});
const secrets = (values: Record<string, string>): Map<string, Secret> =>
  new Map(Object.entries(values).map(([name, value]) => [name, { name, value, source: 'app web/production' }]));
const ALL = secrets({ DB_CONFIG, PLAIN: 'not json at all', LIST: '["zero","one"]', NUM: '42' });
const select = (entries: string[], extra: object = {}) => selectSecrets(ALL, { secrets: entries, prefix: '', ...extra }, ACTION_SPELLING);
const message = (fn: () => unknown): string => failureText(fn, { code: true });

describe('field paths', () => {
  it('.key, ["any key"] and [index], one after another; .* at the end', () => {
    expect(parseFieldPath('.tls.ca')).toStrictEqual({ steps: [{ key: 'tls' }, { key: 'ca' }], flatten: false });
    expect(parseFieldPath('["my-key"][0]["a\\"b"]')).toStrictEqual({
      steps: [{ key: 'my-key' }, { index: 0 }, { key: 'a"b' }],
      flatten: false,
    });
    expect(parseFieldPath('.*')).toStrictEqual({ steps: [], flatten: true });
    expect(parseFieldPath('.tls.*')).toStrictEqual({ steps: [{ key: 'tls' }], flatten: true });
    for (const bad of ['', '.', '..a', '.1a', '[01]', '[-1]', '[a]', "['a']", '["a"', '.a.*.b', '.*x', '[1', '["\\x"]', '.a-b'])
      expect(parseFieldPath(bad), bad).toBeUndefined();
  });
});

describe('fields in secrets', () => {
  it('ALIAS=NAME.path delivers one field: strings as they are, anything else as its JSON text', () => {
    const { delivered } = select([
      'DB_PASSWORD=DB_CONFIG.password',
      'DB_PORT=DB_CONFIG.port',
      'CA=DB_CONFIG.tls.ca',
      'TLS=DB_CONFIG.tls',
      'R2=DB_CONFIG.hosts[1]',
    ]);
    expect(Object.fromEntries(delivered.map((d) => [d.name, d.value]))).toStrictEqual({
      CA: '-----BEGIN CA-----\nfield-ca-line\n-----END CA-----',
      DB_PASSWORD: 'db-pass-field-7781',
      DB_PORT: '5432',
      R2: 'replica-two.internal',
      TLS: '{"ca":"-----BEGIN CA-----\\nfield-ca-line\\n-----END CA-----","verify":true}',
    });
    expect(delivered.find((d) => d.name === 'R2')).toMatchObject({ from: 'DB_CONFIG', field: 'DB_CONFIG.hosts[1]' });
  });

  it('keys that are not identifiers are quoted, unicode included; a . inside a quoted key is part of it', () => {
    const { delivered } = select(['A=DB_CONFIG["my-key"]', 'B=DB_CONFIG["ünï"]', 'C=DB_CONFIG["a.b"]', 'D=LIST[0]']);
    expect(delivered.map((d) => d.value)).toStrictEqual(['dashed-key-value', 'unicode-key-value', 'dotted-key-value', 'zero']);
  });

  it('NAME.* flattens an object into NAME_KEY names: upper case, other characters _, values as fields are', () => {
    const { delivered } = select(['DB_CONFIG.*']);
    expect(Object.fromEntries(delivered.map((d) => [d.name, d.value]))).toStrictEqual({
      DB_CONFIG_USER: 'db_user_field',
      DB_CONFIG_PASSWORD: 'db-pass-field-7781',
      DB_CONFIG_HOST: 'db.fields.internal',
      DB_CONFIG_PORT: '5432',
      DB_CONFIG_TLS: '{"ca":"-----BEGIN CA-----\\nfield-ca-line\\n-----END CA-----","verify":true}',
      DB_CONFIG_HOSTS: '["replica-one.internal","replica-two.internal"]',
      DB_CONFIG_MY_KEY: 'dashed-key-value',
      DB_CONFIG__N_: 'unicode-key-value',
      DB_CONFIG_A_B: 'dotted-key-value',
    });
    expect(select(['DB=DB_CONFIG.tls.*']).delivered.map((d) => [d.name, d.field])).toStrictEqual([
      ['DB_CA', 'DB_CONFIG.tls.ca'],
      ['DB_VERIFY', 'DB_CONFIG.tls.verify'],
    ]);
  });

  it('two keys that flatten to one name are refused by name', () => {
    const twins = secrets({ CFG: '{"a-b":"1","a_b":"2"}' });
    expect(message(() => selectSecrets(twins, { secrets: ['CFG.*'], prefix: '' }, ACTION_SPELLING))).toBe(
      'INVALID_INPUT: CFG["a-b"] and CFG.a_b would both be delivered as CFG_A_B. | Deliver one of them by name instead, with ALIAS=NAME.path.',
    );
  });

  it('an absent field fails naming the secret and the path, unless the entry ends in ?', () => {
    expect(message(() => select(['X=DB_CONFIG.passwd']))).toBe(
      'SECRET_NOT_FOUND: Secret DB_CONFIG has no field .passwd. | Check the path against the secret in seekrit (keys are case-sensitive, indexes start at 0), or add a trailing ? to make it optional.',
    );
    expect(message(() => select(['X=DB_CONFIG.hosts[2]']))).toMatch(/has no field \.hosts\[2\]\./);
    expect(select(['X=DB_CONFIG.passwd?', 'Y=MISSING.a?'])).toStrictEqual({
      delivered: [],
      skipped: ['X=DB_CONFIG.passwd?', 'Y=MISSING.a?'],
    });
    expect(message(() => select(['Y=MISSING.a']))).toMatch(/^SECRET_NOT_FOUND: Secret MISSING is not in this environment/);
  });

  it('a value that is not JSON, or a path into something else, fails naming the secret and never quoting the value', () => {
    expect(message(() => select(['X=PLAIN.a']))).toBe(
      'UNSUPPORTED_VALUE: Secret PLAIN is not JSON (character 1): its fields cannot be read. | Fix the value in seekrit, or deliver it whole.',
    );
    expect(message(() => select(['X=DB_CONFIG.user.first']))).toBe(
      'UNSUPPORTED_VALUE: DB_CONFIG.user is a string, not an object, so DB_CONFIG.user.first cannot be read. | Check the path against the secret in seekrit.',
    );
    expect(message(() => select(['X=DB_CONFIG[0]']))).toMatch(/^UNSUPPORTED_VALUE: DB_CONFIG is an object, not an array/);
    expect(message(() => select(['NUM.*']))).toMatch(/^UNSUPPORTED_VALUE: NUM is a number, not an object, so NUM\.\* has no fields/);
    expect(message(() => select(['X=DB_CONFIG.port.*']))).toMatch(/DB_CONFIG\.port is a number, not an object/);
    const dup = secrets({ D: '{"password":"dup-one","password":"dup-two"}' });
    const text = message(() => selectSecrets(dup, { secrets: ['P=D.password'], prefix: '' }, ACTION_SPELLING));
    expect(text).toBe(
      'UNSUPPORTED_VALUE: Secret D has a key twice in one object (at D), so which one is meant is unclear: its fields cannot be read. | Fix the value in seekrit, or deliver it whole.',
    );
    for (const value of ['not json at all', 'dup-one', 'dup-two']) expect(text).not.toContain(value);
  });

  it('a field needs a name of its own; malformed paths fail before any request', () => {
    expect(message(() => parseSelection({ secrets: ['DB_CONFIG.password'], prefix: '' }, ACTION_SPELLING))).toBe(
      'INVALID_INPUT: secrets entry "DB_CONFIG.password" delivers one field, which needs a name of its own. | Write ALIAS=DB_CONFIG.password. For example secrets: DB_PASSWORD=DB_CONFIG.password, DB_CONFIG["my-key"], DB_CONFIG.hosts[0] or DB_CONFIG.*.',
    );
    expect(message(() => parseSelection({ secrets: ['A=DB_CONFIG.'], prefix: '' }, CLI_SPELLING))).toMatch(
      /^INVALID_INPUT: --secrets entry "A=DB_CONFIG\." is not NAME followed by a field path\./,
    );
    expect(message(() => parseSelection({ secrets: ['1A=DB_CONFIG.a'], prefix: '' }, ACTION_SPELLING))).toMatch(
      /has an alias that is not a valid name/,
    );
    expect(message(() => parseSelection({ secrets: ['A=DB_CONFIG["x"'], prefix: '' }, ACTION_SPELLING))).toMatch(
      /is not NAME followed by a field path/,
    );
  });

  it('deep paths to the nesting limit, and big arrays, by index', () => {
    const depth = 99;
    let nested = '"bottom-leaf-value"';
    for (let i = 0; i < depth; i++) nested = `{"k${i % 3}":${nested}}`;
    const deep = secrets({ DEEP: nested, BIG: JSON.stringify(Array.from({ length: 50_000 }, (_, i) => `item-${i}`)) });
    const path = Array.from({ length: depth }, (_, i) => `.k${(depth - 1 - i) % 3}`).join('');
    expect(
      selectSecrets(deep, { secrets: [`X=DEEP${path}`, 'Y=BIG[49999]'], prefix: '' }, ACTION_SPELLING).delivered.map((d) => d.value),
    ).toStrictEqual(['bottom-leaf-value', 'item-49999']);
    expect(message(() => selectSecrets(deep, { secrets: ['Y=BIG[50000]'], prefix: '' }, ACTION_SPELLING))).toMatch(
      /has no field \[50000\]/,
    );
    expect(parseFieldPath('.a'.repeat(101))).toBeUndefined();
  });

  it('messages name what the path reached, and where a duplicate or too deep a nesting is', () => {
    expect(message(() => select(['X=DB_CONFIG.hosts[0].x']))).toMatch(
      /^UNSUPPORTED_VALUE: DB_CONFIG\.hosts\[0\] is a string, not an object/,
    );
    expect(message(() => select(['X=DB_CONFIG.tls.verify.x']))).toMatch(/DB_CONFIG\.tls\.verify is true or false, not an object/);
    expect(message(() => select(['X=DB_CONFIG.tls.verify[0]']))).toMatch(/is true or false, not an array/);
    expect(message(() => select(['DB_CONFIG.user.*']))).toMatch(/\| Name the fields one by one, or check the path\.$/);
    const odd = secrets({ D: '{"db":{"u":1,"u":2}}', N: `${'['.repeat(101)}${']'.repeat(101)}`, Z: '{"n":null,"e":1e10}' });
    const pick = (entry: string) => message(() => selectSecrets(odd, { secrets: [entry], prefix: '' }, ACTION_SPELLING));
    expect(pick('X=D.db')).toMatch(/has a key twice in one object \(at D\.db\)/);
    expect(pick('X=N[0]')).toMatch(/^UNSUPPORTED_VALUE: Secret N nests deeper than 100 levels: its fields cannot be read\./);
    expect(pick('X=Z.n.x')).toMatch(/Z\.n is null, not an object/);
    expect(selectSecrets(odd, { secrets: ['E=Z.e'], prefix: '' }, ACTION_SPELLING).delivered[0]?.value).toBe('1e10');
    expect(parseFieldPath('.a["\\x"]')).toBeUndefined();
    expect(parseFieldPath('.a b')).toBeUndefined();
  });

  it('two entries that would deliver one name from different fields are refused', () => {
    expect(message(() => select(['A=DB_CONFIG.user', 'A=DB_CONFIG.host']))).toBe(
      'INVALID_INPUT: Two secrets would be delivered as A (DB_CONFIG.user and DB_CONFIG.host). | Give one of them another name with secrets: ALIAS=NAME.',
    );
  });

  it('the name policy judges flattened and aliased names as any other', () => {
    const risky = secrets({ GIT: '{"config_count":"1","ssh_command":"evil"}' });
    const { delivered } = selectSecrets(risky, { secrets: ['GIT.*'], prefix: '' }, ACTION_SPELLING);
    const to = envDestinations('linux');
    expect(message(() => checkDelivery(delivered, to))).toMatch(
      /^UNSAFE_NAME: Secret GIT \(delivered as GIT_CONFIG_COUNT\) is refused as a reserved name \(git and ssh\)/,
    );
    const path = selectSecrets(risky, { secrets: ['PATH=GIT.ssh_command'], prefix: '' }, ACTION_SPELLING).delivered;
    expect(message(() => checkDelivery(path, to))).toMatch(/reserved name \(shell and process basics\)/);
  });
});

describe('name-case', () => {
  it('applies after aliases and flattening, before the prefix: Terraform’s TF_VAR_name', () => {
    const { delivered } = select(['DB_PASSWORD=DB_CONFIG.password', 'Mixed_Name=PLAIN'], { nameCase: 'lower', prefix: 'TF_VAR_' });
    expect(delivered.map((d) => d.name)).toStrictEqual(['TF_VAR_db_password', 'TF_VAR_mixed_name']);
    expect(select(['Mixed_Name=PLAIN'], { nameCase: 'upper' }).delivered[0]?.name).toBe('MIXED_NAME');
    expect(select(['Mixed_Name=PLAIN'], { nameCase: 'keep' }).delivered[0]?.name).toBe('Mixed_Name');
    expect(select(['DB_CONFIG.*'], { nameCase: 'lower' }).delivered.map((d) => d.name)).toContain('db_config_password');
  });

  it('two names that one case makes equal are refused, naming both', () => {
    const two = secrets({ Api_Key: 'one-value', API_KEY: 'two-value' });
    expect(message(() => selectSecrets(two, { secrets: [], prefix: '', nameCase: 'upper' }, ACTION_SPELLING))).toMatch(
      /^INVALID_INPUT: Two secrets would be delivered as API_KEY \((API_KEY and Api_Key|Api_Key and API_KEY)\)/,
    );
  });

  it('reads keep, upper and lower in any case; anything else is named', () => {
    expect(parseNameCase('', ACTION_SPELLING)).toBe('keep');
    expect(parseNameCase(' Lower ', ACTION_SPELLING)).toBe('lower');
    expect(message(() => parseNameCase('snake', CLI_SPELLING))).toBe(
      'INVALID_INPUT: --name-case must be keep, upper or lower, not "snake". | For Terraform, --name-case lower with --prefix TF_VAR_.',
    );
  });
});

describe('what is hidden for fields', () => {
  const environment = { secrets: ALL, references: new Map<string, Set<string>>() };

  it('a field delivered masked hides the field, the whole secret and every leaf string of it', () => {
    const { delivered } = select(['DB_PASSWORD=DB_CONFIG.password']);
    const hide = valuesToHide(delivered, environment);
    expect(hide).toContain('db-pass-field-7781');
    expect(hide).toContain(DB_CONFIG);
    for (const leaf of [
      'db_user_field',
      'db.fields.internal',
      'replica-one.internal',
      'dashed-key-value',
      'unicode-key-value',
      'field-ca-line',
    ])
      expect(hide.join('\n'), leaf).toContain(leaf);
    // And in every form the redactor hides (a leaf printed by jq, JSON-escaped, base64).
    const needles = redactionNeedles(hide);
    expect(needles).toContain(Buffer.from('replica-two.internal').toString('base64'));
  });

  it('a JSON secret delivered whole has its leaves hidden too (jq -r .password prints one)', () => {
    const hide = valuesToHide(select(['DB_CONFIG']).delivered, environment);
    expect(hide).toContain('db-pass-field-7781');
    expect(hide).toContain('replica-two.internal');
  });

  it('a value one name delivers unmasked stays hidden when another name delivers it masked', () => {
    const same = secrets({ A: 'shared-value-123', B: 'shared-value-123' });
    const { delivered } = selectSecrets(same, { secrets: [], prefix: '' }, ACTION_SPELLING);
    expect(valuesToHide(delivered, { secrets: same, references: new Map() }, new Set(['A']))).toStrictEqual(['shared-value-123']);
  });

  it('an unmasked field stays visible, while the rest of its secret is hidden', () => {
    const { delivered } = select(['DB_HOST=DB_CONFIG.host', 'DB_PASSWORD=DB_CONFIG.password']);
    const hide = valuesToHide(delivered, environment, new Set(['DB_HOST']));
    expect(hide).not.toContain('db.fields.internal');
    expect(hide).toContain('db-pass-field-7781');
    expect(hide).toContain('db_user_field');
    // Only an unmasked field delivered: nothing else of the secret is delivered, nothing to hide.
    expect(valuesToHide(select(['DB_HOST=DB_CONFIG.host']).delivered, environment, new Set(['DB_HOST']))).toStrictEqual([]);
  });
});
