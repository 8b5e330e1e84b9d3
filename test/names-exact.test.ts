import { describe, expect, it } from 'vitest';
import type { SeekritError } from '../src/core/common/errors.js';
import { ACTION_SPELLING, CLI_SPELLING } from '../src/core/common/spelling.js';
import { checkDeliveredNames, parseNameList, parseNames } from '../src/core/policy/names.js';
import { isGlob } from '../src/core/selection/select.js';

const caught = (fn: () => unknown): SeekritError => {
  try {
    fn();
  } catch (error) {
    return error as SeekritError;
  }
  throw new Error('did not throw');
};
const rules = { env: true, allowed: [] as string[], spelling: ACTION_SPELLING };

describe('name checks say exactly what is wrong and what to do', () => {
  it('parseNameList: names pass through; a glob or a bad entry is refused with the input and an example', () => {
    expect(parseNameList(['A', 'B_2'], 'files', ACTION_SPELLING)).toStrictEqual(['A', 'B_2']);
    const glob = caught(() => parseNameList(['OK', 'LOG_*'], 'unmasked', ACTION_SPELLING));
    expect(glob.code).toBe('INVALID_INPUT');
    expect(glob.message).toBe('unmasked entry "LOG_*" is not a name (globs are not accepted here: name each one).');
    expect(glob.hint).toBe('List delivered names one by one, for example unmasked: DATABASE_URL.');
    const bad = caught(() => parseNameList(['9x'], 'files', CLI_SPELLING));
    expect(bad.message).toBe('--files entry "9x" is not a name.');
    expect(bad.hint).toBe('List delivered names one by one, for example --files DATABASE_URL.');
  });

  it('reserved names: the secret, the category, why, and both ways out', () => {
    const error = caught(() => checkDeliveredNames([{ name: 'HOME', from: 'H' }], rules));
    expect(error.code).toBe('UNSAFE_NAME');
    expect(error.message).toMatch(
      /^Secret H \(delivered as HOME\) is refused as a reserved name \(shell and process basics\): they decide/,
    );
    expect(error.hint).toBe(
      'Rename it with secrets: NEW_NAME=NAME, or set prefix, or allow it explicitly with allow-reserved-names: HOME.',
    );
  });

  it('names bash keeps read-only, in every spelling', () => {
    for (const name of ['UID', 'EUID', 'PPID', 'BASHOPTS', 'SHELLOPTS', 'BASH_VERSINFO']) {
      const error = caught(() => checkDeliveredNames([{ name, from: name }], { ...rules, allowed: [name] }));
      expect(error.message).toBe(`Secret ${name} cannot be set: ${name} is read-only in bash, so the job's shell would stop half-way.`);
      expect(error.hint).toBe('Rename it with secrets: NEW_NAME=NAME, or set prefix.');
    }
    expect(() => checkDeliveredNames([{ name: 'uid', from: 'uid' }], { ...rules, allowed: ['uid'] })).toThrow(/read-only in bash/);
    checkDeliveredNames([{ name: 'UID', from: 'UID' }], { ...rules, env: false });
  });

  it('NODE_OPTIONS into GITHUB_ENV, case twins, own outputs, invalid names', () => {
    expect(
      caught(() => checkDeliveredNames([{ name: 'NODE_OPTIONS', from: 'N' }], { ...rules, githubEnv: true, allowed: ['NODE_OPTIONS'] }))
        .message,
    ).toBe('Secret N (delivered as NODE_OPTIONS): the runner refuses NODE_OPTIONS from GITHUB_ENV.');
    const twins = caught(() =>
      checkDeliveredNames(
        [
          { name: 'Key', from: 'Key' },
          { name: 'KEY', from: 'KEY' },
        ],
        { ...rules, env: false },
      ),
    );
    expect(twins.message).toBe(
      'Secret KEY and Key differ only by case, so one would overwrite the other (Windows and step outputs ignore case).',
    );
    expect(
      caught(() => checkDeliveredNames([{ name: 'Scope', from: 'Scope' }], { ...rules, env: false, outputs: ['scope'] })).message,
    ).toBe(`Secret Scope would overwrite the action's own output "scope".`);
    const invalid = caught(() => checkDeliveredNames([{ name: 'A-B', from: 'X' }], { ...rules, spelling: CLI_SPELLING }));
    expect(invalid.message).toBe('Secret X (delivered as A-B): "A-B" is not a valid environment variable name.');
    expect(invalid.hint).toBe('Use letters, digits and _ only, not starting with a digit (check --prefix and aliases).');
  });

  it('hints for twins and own outputs; NODE_OPTIONS allowed outside GITHUB_ENV; long entries quoted to 80 characters', () => {
    const twins = caught(() =>
      checkDeliveredNames(
        [
          { name: 'Key', from: 'Key' },
          { name: 'KEY', from: 'KEY' },
        ],
        { ...rules, env: false },
      ),
    );
    expect(twins.hint).toBe('Rename it with secrets: NEW_NAME=NAME, or set prefix.');
    const own = caught(() => checkDeliveredNames([{ name: 'Scope', from: 'Scope' }], { ...rules, env: false, outputs: ['scope'] }));
    expect(own.hint).toBe('Rename it with secrets: NEW_NAME=NAME, or set prefix, or deliver without outputs.');
    expect(own.code).toBe('UNSAFE_NAME');
    const options = caught(() =>
      checkDeliveredNames([{ name: 'NODE_OPTIONS', from: 'NODE_OPTIONS' }], { ...rules, githubEnv: true, allowed: ['NODE_OPTIONS'] }),
    );
    expect(options.hint).toBe('Rename it with secrets: NEW_NAME=NAME, or set prefix.');
    checkDeliveredNames([{ name: 'NODE_OPTIONS', from: 'NODE_OPTIONS' }], { ...rules, allowed: ['NODE_OPTIONS'] });
    checkDeliveredNames([{ name: 'Scope', from: 'Scope' }], { ...rules, env: false });
    const long = `${'A'.repeat(90)}-`;
    expect(caught(() => parseNameList([long], 'files', ACTION_SPELLING)).message).toBe(`files entry "${'A'.repeat(80)}" is not a name.`);
  });

  it('globs', () => {
    expect(isGlob('A*')).toBe(true);
    expect(isGlob('A?')).toBe(true);
    expect(isGlob('A')).toBe(false);
  });
});

describe('parseNames (files, unmasked)', () => {
  it('takes names, each optional with a trailing ?, and refuses globs and non-names naming the input', () => {
    const list = parseNames(['LOG_LEVEL', 'SENTRY_DSN?', 'TRACE ?'], 'unmasked', ACTION_SPELLING);
    expect([...list]).toStrictEqual(['LOG_LEVEL', 'SENTRY_DSN', 'TRACE']);
    expect([...list.optional]).toStrictEqual(['SENTRY_DSN', 'TRACE']);
    expect(list.has('SENTRY_DSN')).toBe(true);
    expect(() => parseNames(['LOG_*?'], 'unmasked', ACTION_SPELLING)).toThrow(
      'unmasked entry "LOG_*" is not a name (globs are not accepted here',
    );
    expect(() => parseNames(['A??'], 'files', ACTION_SPELLING)).toThrow('files entry "A?" is not a name');
    expect([...parseNames([], 'files', ACTION_SPELLING)]).toStrictEqual([]);
  });
});
