import { describe, expect, it } from 'vitest';
import { interpolate, MAX_EXPANDED_LENGTH } from '../src/core/interpolate.js';

describe('interpolate beyond the vectors', () => {
  it('names the whole chain of a cycle, starting where it closes', () => {
    expect(() =>
      interpolate(
        new Map([
          ['X', '${A}'],
          ['A', '${B}'],
          ['B', '${C}'],
          ['C', '${A}'],
        ]),
      ),
    ).toThrow('cycle: A → B → C → A');
  });

  it('follows a 10,000-long chain of references', () => {
    const input = new Map<string, string>();
    for (let i = 0; i < 10_000; i++) input.set(`V${i}`, i === 9_999 ? 'end' : `\${V${i + 1}}`);
    expect(interpolate(input).values.get('V0')).toBe('end');
  });

  it('caps exponential expansion', () => {
    const input = new Map<string, string>([['L0', 'x'.repeat(1024)]]);
    for (let i = 1; i <= 12; i++) input.set(`L${i}`, `\${L${i - 1}}\${L${i - 1}}`);
    expect(() => interpolate(input)).toThrow(expect.objectContaining({ code: 'VALUE_TOO_LARGE' }));
    expect(MAX_EXPANDED_LENGTH).toBe(1_048_576);
  });

  it('does not re-expand text that an escape produced', () => {
    const result = interpolate(
      new Map([
        ['A', 'a'],
        ['LIT', '$${A}'],
        ['USE', '<${LIT}>'],
      ]),
    );
    expect(result.values.get('USE')).toBe('<${A}>');
  });

  it('treats names case-sensitively and leaves lone dollars alone', () => {
    const result = interpolate(
      new Map([
        ['a', 'lower'],
        ['T', '${A}|${a}|$|$$|$${|${'],
      ]),
    );
    expect(result.values.get('T')).toBe('${A}|lower|$|$$|${|${');
    expect(result.unresolved).toStrictEqual(['A']);
  });
});
