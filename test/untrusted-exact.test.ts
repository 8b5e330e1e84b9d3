import { describe, expect, it } from 'vitest';
import { SCRUBBED, untrustedText } from '../src/core/common/untrusted.js';

describe('untrustedText, exactly', () => {
  it('leaves ordinary text alone, byte for byte', () => {
    expect(untrustedText('token expired: mint a new one', 100)).toBe('token expired: mint a new one');
    expect(untrustedText('short', 5)).toBe('short');
  });

  it('cuts at max and marks the cut, also when only the raw text was longer', () => {
    expect(untrustedText('abcdef', 5)).toBe('abcde…');
    expect(untrustedText('abcde', 5)).toBe('abcde');
    expect(untrustedText(`ok${'\u0000'.repeat(30)}`, 8)).toBe('ok??????…');
  });

  it('replaces control and non-ASCII characters with ?', () => {
    expect(untrustedText('a\nb\tc\u001bd é', 50)).toBe('a?b?c?d ?');
  });

  it('breaks :: and ## so no workflow command can form', () => {
    expect(untrustedText('::add-mask::x', 50)).toBe(': :add-mask: :x');
    expect(untrustedText('##[stop-commands]', 50)).toBe('# #[stop-commands]');
  });

  it('scrubs runs of 20 or more base64url characters, not 19', () => {
    expect(untrustedText(`id ${'a'.repeat(19)} end`, 100)).toBe(`id ${'a'.repeat(19)} end`);
    expect(untrustedText(`id ${'a'.repeat(20)} end`, 100)).toBe(`id ${SCRUBBED} end`);
  });

  it('scrubs each piece of the secret of 4 or more characters, keeping what lies between', () => {
    const secret = 'ABCDwxyz';
    expect(untrustedText('see ABCD and wxyz and ABC', 100, secret)).toBe(`see ${SCRUBBED} and ${SCRUBBED} and ABC`);
    expect(untrustedText('BCDw!', 100, secret)).toBe(`${SCRUBBED}!`);
    expect(untrustedText('xABCDwxyzx', 100, secret)).toBe(`x${SCRUBBED}x`);
    expect(untrustedText('ABCDwxyz', 100, 'abc')).toBe('ABCDwxyz');
    expect(untrustedText('abcd', 100, 'abcd')).toBe(SCRUBBED);
  });

  it('scrubs only base64url runs: long runs of anything else are ordinary text', () => {
    const spaced = `a${' '.repeat(25)}b${'.'.repeat(25)}c`;
    expect(untrustedText(spaced, 100)).toBe(spaced);
  });

  it('marks the cut when scrubbing shrank a text that was longer than it may be read', () => {
    expect(untrustedText('x'.repeat(500), 100)).toBe(`${SCRUBBED}…`);
  });

  it('without a secret, no fragment is scrubbed', () => {
    expect(untrustedText('Stryker was here!', 100)).toBe('Stryker was here!');
  });

  it('finds a piece of the secret at its very start and at its very end', () => {
    expect(untrustedText('-ABCD-', 100, 'ABCDwxyz')).toBe(`-${SCRUBBED}-`);
    expect(untrustedText('-wxyz-', 100, 'ABCDwxyz')).toBe(`-${SCRUBBED}-`);
    expect(untrustedText('wxyz', 100, 'ABCDwxyz')).toBe(SCRUBBED);
    expect(untrustedText('yz', 100, 'ABCDwxyz')).toBe('yz');
  });
});
