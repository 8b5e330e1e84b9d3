import { describe, expect, it } from 'vitest';
import { untrustedText } from '../src/core/common/untrusted.js';
import { interpolate, MAX_TOTAL_EXPANDED_LENGTH } from '../src/core/environment/interpolate.js';

const token = `skt_3kT9sQ2mXvB7nL4pR8wZ1c_${'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgH3x-Yq_9TzKv0p2WcLrN'}`;
const key = token.slice(token.indexOf('_', 4) + 1);

describe('untrustedText (server-chosen text before it reaches a log line)', () => {
  it('scrubs any fragment of the token from any offset, such as a gateway echoing the header', () => {
    for (const [from, length] of [
      [0, 125],
      [7, 40],
      [30, 9],
      [token.length - 12, 12],
      [41, 4],
    ] as const) {
      const echoed = `bad header "Bearer ${token.slice(from, from + length)}" rejected`;
      const shown = untrustedText(echoed, 300, token);
      for (let i = 0; i + 4 <= key.length; i++) expect(shown.includes(key.slice(i, i + 4)), `key piece at ${i}`).toBe(false);
      expect(shown).toContain('rejected');
    }
  });

  it('never forms a workflow command, and keeps to printable ASCII within the bound', () => {
    const shown = untrustedText('ok ##[stop-commands]x ::add-mask::y \u001b[31m\nnext line', 300);
    expect(shown).not.toContain('##[');
    expect(shown).not.toContain('::');
    expect(shown).toMatch(/^[\x20-\x7e]*$/);
    expect(untrustedText('a'.repeat(1000), 50).length).toBeLessThanOrEqual(51);
  });
});

describe('the total expansion bound', () => {
  it('fails fast when many values each expand one large value', () => {
    const big = 'x'.repeat(1_000_000);
    const values = new Map<string, string>([['BIG', big]]);
    const count = Math.ceil(MAX_TOTAL_EXPANDED_LENGTH / big.length) + 2;
    for (let i = 0; i < count; i++) values.set(`COPY_${i}`, '${BIG}');
    expect(() => interpolate(values)).toThrow(/expand to more than 33554432 characters in all/);
  });
});
