import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDotenv, formatJson, formatShell, quoteDotenv } from '../src/core/delivery/formats.js';
import { hasPythonDotenv, readWithPythonDotenv } from './support/python.js';
import { TRICKY } from './support/values.js';

const entries = Object.entries(TRICKY).map(([name, value]) => ({ name, value }));
const dir = mkdtempSync(join(tmpdir(), 'seekrit-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Prints the named variables of the environment as JSON from a child node, after the shell sourced a file. */
function sourceWith(shell: string, file: string): Record<string, string> {
  const names = JSON.stringify(Object.keys(TRICKY));
  const script = `. "${file}" && exec "${process.execPath}" -e 'const n=${names};const o={};for(const k of n) o[k]=process.env[k];process.stdout.write(JSON.stringify(o))'`;
  return JSON.parse(execFileSync(shell, ['-c', script], { env: { PATH: process.env.PATH ?? '' } }).toString('utf8'));
}

describe('shell format', () => {
  const file = join(dir, 'secrets.sh');
  writeFileSync(file, formatShell(entries));
  for (const shell of ['sh', 'bash', 'dash']) {
    it.skipIf(!existsSync(`/bin/${shell}`))(`sources back exactly in ${shell}`, () => {
      expect(sourceWith(`/bin/${shell}`, file)).toStrictEqual(TRICKY);
    });
  }

  it('refuses a NUL byte by name', () => {
    expect(() => formatShell([{ name: 'BIN', value: 'a\0b' }])).toThrow('Secret BIN contains a NUL byte');
  });
});

describe('dotenv format', () => {
  const file = join(dir, 'secrets.env');
  writeFileSync(file, formatDotenv(entries));

  it('single-quotes what it can and double-quotes with escapes otherwise', () => {
    expect(quoteDotenv('plain $x #y', 'X')).toBe("'plain $x #y'");
    expect(quoteDotenv('a\nb', 'X')).toBe("'a\nb'");
    expect(quoteDotenv("it's", 'X')).toBe(`"it's"`);
    expect(quoteDotenv('x\ry', 'X')).toBe('"x\\ry"');
    expect(quoteDotenv('a\\"b\nc', 'X')).toBe('"a\\\\\\"b\\nc"');
    expect(quoteDotenv('C:\\dir\\', 'X')).toBe('C:\\dir\\');
  });

  it('refuses, by name, a value ending in a backslash that it cannot write bare', () => {
    for (const value of ['a\nb\\', ' x\\', 'a#b\\']) {
      expect(() => formatDotenv([{ name: 'WIN_PATH', value }])).toThrow('Secret WIN_PATH ends with a backslash');
    }
  });

  const pythonDotenv = hasPythonDotenv();
  it.skipIf(!pythonDotenv)('reads back exactly with python-dotenv (interpolation off)', () => {
    expect(readWithPythonDotenv(file)).toStrictEqual(TRICKY);
  });

  it('reads back exactly with the npm dotenv package, except where its dialect cannot say it', () => {
    const parsed = dotenv.parse(formatDotenv(entries));
    // npm dotenv keeps backslash escapes literally inside double quotes: values that need them
    // (a backslash or a double quote together with a single quote or CR) cannot round-trip there.
    const expressible = Object.fromEntries(
      Object.entries(TRICKY).filter(([, v]) => !(/['\r]/.test(v) && /["\\]/.test(v)) && !/\\/.test(v)),
    );
    for (const [name, value] of Object.entries(expressible)) expect(parsed[name], name).toBe(value);
    expect(Object.keys(expressible).length).toBeGreaterThan(15);
  });

  if (!pythonDotenv && process.env.CI) {
    it('has python-dotenv in CI', () => {
      expect.fail('python3-dotenv is missing: .ci/run installs it');
    });
  }
});

describe('json format', () => {
  it('is a flat object that parses back exactly, NUL included', () => {
    const withNul = [...entries, { name: 'NUL', value: 'a\0b' }];
    expect(JSON.parse(formatJson(withNul))).toStrictEqual({ ...TRICKY, NUL: 'a\0b' });
  });
});
