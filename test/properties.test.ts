/**
 * Property tests (fast-check): 1,000 runs per property in CI. Formats must carry arbitrary Unicode
 * exactly or refuse a value by name; interpolation must agree with a small reference model.
 * (The redactor's properties live in redact.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dotenv from 'dotenv';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { SeekritError } from '../src/core/common/errors.js';
import { formatDotenv, formatJson, formatShell, type NamedValue } from '../src/core/delivery/formats.js';
import { interpolate } from '../src/core/environment/interpolate.js';
import { encodeFileCommand } from '../src/github/filecommand.js';
import { hasPythonDotenv, readWithPythonDotenv } from './support/python.js';
import { parseFileCommands } from './support/runner.js';

const RUNS = process.env.CI ? 1000 : 200;
const dir = mkdtempSync(join(tmpdir(), 'seekrit-props-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Arbitrary Unicode text, weighted towards the characters encoders get wrong. */
const tricky = fc.constantFrom(
  "'",
  '"',
  '\\',
  '$',
  '`',
  '#',
  '=',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  '${A}',
  '$${',
  '%0A',
  '::',
  '\u2028',
  '🌍',
  'é',
  '\uFEFF',
);
const valueArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join('')),
);
/** Values as environment variables can hold them (no NUL; lone surrogates cannot be UTF-8). */
const envValueArb = valueArb.map((v) => v.replaceAll('\0', '').replace(/[\uD800-\uDFFF]/g, '?'));

const asEntries = (values: string[]): NamedValue[] => values.map((value, i) => ({ name: `V${i}`, value }));
const expected = (values: string[]) => Object.fromEntries(values.map((v, i) => [`V${i}`, v]));

describe('format round trips', () => {
  it('json carries any value exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          valueArb.map((v) => v.replace(/[\uD800-\uDFFF]/g, '?')),
          { maxLength: 8 },
        ),
        (values) => {
          expect(JSON.parse(formatJson(asEntries(values)))).toStrictEqual(expected(values));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("GITHUB_ENV encoding reads back exactly with the runner's rules", () => {
    fc.assert(
      fc.property(fc.array(valueArb, { maxLength: 8 }), (values) => {
        expect(Object.fromEntries(parseFileCommands(encodeFileCommand(asEntries(values))))).toStrictEqual(expected(values));
      }),
      { numRuns: RUNS },
    );
  });

  it('shell sources back exactly in sh and bash, and refuses NUL by name', () => {
    const values = fc.sample(envValueArb, RUNS);
    const file = join(dir, 'props.sh');
    writeFileSync(file, formatShell(asEntries(values)));
    const dump = `"${process.execPath}" -e 'const o={};for(let i=0;i<${values.length};i++)o["V"+i]=process.env["V"+i];process.stdout.write(JSON.stringify(o))'`;
    for (const shell of ['/bin/sh', '/bin/bash']) {
      const out = execFileSync(shell, ['-c', `. "${file}" && ${dump}`], {
        env: { PATH: process.env.PATH ?? '' },
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(JSON.parse(out.toString('utf8')), shell).toStrictEqual(expected(values));
    }
    expect(() => formatShell([{ name: 'HAS_NUL', value: 'a\0b' }])).toThrow('Secret HAS_NUL contains a NUL byte');
  });

  const pythonDotenv = hasPythonDotenv();

  it.skipIf(!pythonDotenv && !process.env.CI)('dotenv reads back exactly with python-dotenv, or the value is refused by name', () => {
    const values = fc.sample(envValueArb, RUNS);
    const accepted: NamedValue[] = [];
    for (const entry of asEntries(values)) {
      try {
        formatDotenv([entry]);
        accepted.push(entry);
      } catch (error) {
        expect(error).toBeInstanceOf(SeekritError);
        expect((error as SeekritError).message).toContain(`Secret ${entry.name} `);
      }
    }
    expect(accepted.length).toBeGreaterThan(values.length * 0.9);
    const file = join(dir, 'props.env');
    writeFileSync(file, formatDotenv(accepted));
    expect(readWithPythonDotenv(file)).toStrictEqual(Object.fromEntries(accepted.map((e) => [e.name, e.value])));
    // npm dotenv agrees on every value its dialect can express (no backslash, and no double quote
    // together with a single quote or CR: it keeps escapes inside double quotes literally).
    const parsed = dotenv.parse(formatDotenv(accepted));
    for (const { name, value } of accepted) {
      if (!value.includes('\\') && !(/['\r]/.test(value) && value.includes('"'))) expect(parsed[name], name).toBe(value);
    }
  });
});

/** The reference model: token by token with one regular expression, recursion on names. */
function model(input: Map<string, string>): { values: Record<string, string>; unresolved: string[] } | 'cycle' {
  const unresolved = new Set<string>();
  const cache = new Map<string, string>();
  const resolve = (name: string, stack: string[]): string => {
    if (stack.includes(name)) throw new Error('cycle');
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
    const out = (input.get(name) as string).replace(/\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (token, ref: string | undefined) => {
      if (ref === undefined) return '${';
      if (!input.has(ref)) {
        unresolved.add(ref);
        return token;
      }
      return resolve(ref, [...stack, name]);
    });
    cache.set(name, out);
    return out;
  };
  try {
    const values: Record<string, string> = {};
    for (const name of input.keys()) values[name] = resolve(name, []);
    return { values, unresolved: [...unresolved].sort() };
  } catch {
    return 'cycle';
  }
}

describe('interpolation', () => {
  const names = ['A', 'B', 'C', 'D', 'E', 'X_1'];
  const piece = fc.oneof(
    fc.constantFrom(...names).map((n) => `\${${n}}`),
    fc.constantFrom('NOPE', 'MISSING').map((n) => `\${${n}}`),
    fc.constantFrom('$${A}', '${', '${ ', '}', '$', '$$', '${A', '${1}', '${A:-x}', 'lit', 'é🌍', ' '),
    fc.string({ maxLength: 3 }),
  );
  const graph = fc
    .uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: names.length })
    .chain((keys) => fc.tuple(...keys.map((k) => fc.array(piece, { maxLength: 5 }).map((parts) => [k, parts.join('')] as const))));

  it('agrees with the reference model on random reference graphs, cycles included', () => {
    fc.assert(
      fc.property(graph, (entries) => {
        const input = new Map(entries);
        const want = model(input);
        if (want === 'cycle') {
          expect(() => interpolate(input)).toThrow(expect.objectContaining({ code: 'INTERPOLATION_CYCLE' }));
          return;
        }
        const got = interpolate(input);
        expect(Object.fromEntries(got.values)).toStrictEqual(want.values);
        expect(got.unresolved).toStrictEqual(want.unresolved);
      }),
      { numRuns: RUNS },
    );
  });
});
