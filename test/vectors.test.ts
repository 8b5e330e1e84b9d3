import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SeekritError } from '../src/core/common/errors.js';
import { interpolate } from '../src/core/environment/interpolate.js';
import { materialize } from '../src/core/environment/materialize.js';
import { parseToken } from '../src/core/keys/token.js';
import { validateResolveResponse } from '../src/core/wire/response.js';

const vectors = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8'));

describe('golden vectors', () => {
  it('parses the token and exposes its id', () => {
    const token = parseToken(vectors.token);
    expect(token.id).toBe(vectors.tokenId);
    expect(token.privateKey).toHaveLength(32);
  });

  it('decrypts, merges and expands to expectedManagedValues exactly', () => {
    const token = parseToken(vectors.token);
    const result = materialize(validateResolveResponse(vectors.resolve), token.privateKey);
    const values = Object.fromEntries([...result.secrets.values()].map((s) => [s.name, s.value]));
    expect(values).toStrictEqual(vectors.expectedManagedValues);
    expect(result.unresolved).toStrictEqual(['NOT_A_SECRET']);
    expect(result.secrets.get('SHARED')?.source).toBe('app web/production');
    expect(result.secrets.get('DATABASE_URL')?.source).toBe('group shared/production');
    expect(result.scope).toStrictEqual(vectors.resolve.scope);
  });

  for (const testCase of vectors.interpolation.cases) {
    it(`interpolation: ${testCase.name}`, () => {
      const result = interpolate(new Map(Object.entries(testCase.input as Record<string, string>)));
      expect(Object.fromEntries(result.values)).toStrictEqual(testCase.expected);
      expect(result.unresolved).toStrictEqual(testCase.unresolved);
    });
  }

  for (const testCase of vectors.interpolation.cycles) {
    it(`interpolation cycle: ${testCase.name}`, () => {
      const run = () => interpolate(new Map(Object.entries(testCase.input as Record<string, string>)));
      expect(run).toThrow(SeekritError);
      expect(run).toThrow(/cycle: (\w+ → )+\w+/);
    });
  }
});
