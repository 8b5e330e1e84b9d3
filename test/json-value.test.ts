/** JSON values for fields (src/core/selection/json-value.ts): exact numbers, refused duplicates, bounded depth, leaves. */
import { describe, expect, it } from 'vitest';
import {
  fieldText,
  type JsonValueError,
  jsonLeavesOf,
  jsonText,
  leafStrings,
  MAX_JSON_DEPTH,
  parseJson,
} from '../src/core/selection/json-value.js';

const problem = (text: string) => {
  try {
    parseJson(text);
  } catch (error) {
    return `${(error as JsonValueError).problem} at ${(error as JsonValueError).where}`;
  }
  return 'parsed';
};

describe('parseJson', () => {
  it('reads what JSON.parse reads, the same strings and structure', () => {
    const samples = [
      '{"user":"app","password":"p\\u00e4ss\\"w\\\\ord","port":5432,"tls":true,"ca":null,"hosts":["a","b"],"nested":{"x":[{"y":-1.5e3}]}}',
      '[]',
      '{}',
      '"just a string"',
      ' \t\r\n[ 1 , [ ] , { } , "\\ud83d\\ude00" ] \n',
      '{"":"empty key","ä-ü":"unicode key","a b":"space"}',
    ];
    for (const text of samples) {
      const parsed = parseJson(text);
      expect(JSON.parse(jsonText(parsed)), text).toStrictEqual(JSON.parse(text));
    }
  });

  it('keeps numbers and literals as written: no precision lost, no reformatting', () => {
    const parsed = parseJson('{"id":12345678901234567890,"ratio":1.10,"e":1E+2,"n":-0}');
    expect(jsonText(parsed)).toBe('{"id":12345678901234567890,"ratio":1.10,"e":1E+2,"n":-0}');
    if (parsed.kind !== 'object') throw new Error('object expected');
    expect(fieldText(parsed.entries.get('id') as never)).toBe('12345678901234567890');
  });

  it('refuses what is not JSON, saying where and never what', () => {
    for (const [text, where] of [
      ['', 'syntax at character 1'],
      ['{"a":1,}', 'syntax at character 8'],
      ["{'a':1}", 'syntax at character 2'],
      ['[1 2]', 'syntax at character 4'],
      ['{"a":01}', 'syntax at character 7'],
      ['"tab\there"', 'syntax at character 1'],
      ['"bad \\x escape"', 'syntax at character 1'],
      ['NaN', 'syntax at character 1'],
      ['{"a":1} trailing', 'syntax at character 9'],
      ['[1,', 'syntax at character 4'],
    ] as const)
      expect(problem(text), text).toBe(where);
  });

  it('refuses a key written twice in one object, naming where (which one a tool keeps differs)', () => {
    expect(problem('{"a":1,"a":2}')).toBe('duplicate at the top level');
    expect(problem('{"db":{"creds":[{"u":1,"u":2}]}}')).toBe('duplicate at .db.creds[0]');
    expect(problem('{"my key":{"x":1,"x":1}}')).toBe('duplicate at ["my key"]');
    // The same key in two objects is fine.
    expect(problem('[{"a":1},{"a":2}]')).toBe('parsed');
  });

  it(`nests at most ${MAX_JSON_DEPTH} levels`, () => {
    expect(problem(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBe('parsed');
    expect(problem(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`)).toMatch(/^depth at /);
  });

  it('handles big arrays and long strings in linear time', () => {
    const big = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => `item-${i}`));
    const started = performance.now();
    const parsed = parseJson(big);
    expect(leafStrings(parsed)).toHaveLength(100_000);
    expect(parseJson(JSON.stringify('x'.repeat(1_000_000)))).toStrictEqual({ kind: 'string', value: 'x'.repeat(1_000_000) });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('leaves', () => {
  it('every string inside, not the keys, not numbers', () => {
    expect(leafStrings(parseJson('{"k":"v","a":["x",{"deep":"y"}],"n":5,"t":true}'))).toStrictEqual(['v', 'x', 'y']);
  });

  it('of a secret: only when it is a JSON object or array; any other value gives none', () => {
    expect(jsonLeavesOf(' {"password":"hunter2-leaf"}')).toStrictEqual(['hunter2-leaf']);
    expect(jsonLeavesOf('["a-leaf"]')).toStrictEqual(['a-leaf']);
    expect(jsonLeavesOf('"a string"')).toStrictEqual([]);
    expect(jsonLeavesOf('{not json')).toStrictEqual([]);
    expect(jsonLeavesOf('postgres://u:p@h/db')).toStrictEqual([]);
    expect(jsonLeavesOf('{"a":1,"a":2}')).toStrictEqual([]);
  });
});
