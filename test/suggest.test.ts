import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../src/core/common/suggest.js';

const INPUTS = ['token', 'api-url', 'secrets', 'export-env', 'outputs', 'keep-file', 'timeout', 'summary'];

describe('closest', () => {
  it('matches across case and the - and _ spellings first', () => {
    expect(closest('EXPORT_ENV', INPUTS)).toBe('export-env');
    expect(closest('Api_Url', INPUTS)).toBe('api-url');
    expect(closest('a_b', ['ab', 'a-b'])).toBe('a-b');
    expect(closest('A-B', ['ab', 'a_b'])).toBe('a_b');
  });

  it('takes the nearest by edit distance, within a third of the word (at least 2)', () => {
    expect(closest('secret', INPUTS)).toBe('secrets');
    expect(closest('ouputs', INPUTS)).toBe('outputs');
    expect(closest('tokn', INPUTS)).toBe('token');
    expect(closest('sumary', INPUTS)).toBe('summary');
    expect(closest('keepfiles', INPUTS)).toBe('keep-file');
    // Three edits from "token": too far for a five-letter word.
    expect(closest('taken12', INPUTS)).toBeUndefined();
    expect(closest('timeout-seconds', INPUTS)).toBeUndefined();
    expect(closest('', INPUTS)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });

  it('prefers the first of equally near words', () => {
    expect(closest('ab', ['ax', 'ay'])).toBe('ax');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
