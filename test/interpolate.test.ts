import { describe, expect, it } from 'vitest';
import type { SeekritError } from '../src/core/common/errors.js';
import { interpolate, MAX_EXPANDED_LENGTH, MAX_TOTAL_EXPANDED_LENGTH } from '../src/core/environment/interpolate.js';

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

describe('interpolation limits, exactly', () => {
  const MiB = 1_048_576;
  const failure = (input: Map<string, string>) => {
    try {
      interpolate(input);
    } catch (error) {
      return `${(error as SeekritError).code}: ${(error as Error).message} | ${(error as SeekritError).hint}`;
    }
    return 'accepted';
  };

  it('one value may expand to exactly 1 MiB, not one character more', () => {
    const exact = new Map([
      ['BIG', 'a'.repeat(MiB - 1)],
      ['USE', '${BIG}b'],
    ]);
    expect(interpolate(exact).values.get('USE')).toHaveLength(MiB);
    expect(failure(new Map([...exact, ['USE', '${BIG}bc']]))).toBe(
      `VALUE_TOO_LARGE: Secret USE expands to more than ${MiB} characters. | Check its \${…} references in seekrit, or turn interpolation off.`,
    );
  });

  it('a value that references a large one many times stops growing at the limit', () => {
    const input = new Map([
      ['BIG', 'a'.repeat(MiB)],
      ['MANY', '${BIG}'.repeat(1000)],
    ]);
    expect(failure(input)).toMatch(/^VALUE_TOO_LARGE: Secret MANY expands to more than 1048576 characters\./);
  });

  it('all values together may expand to exactly 32 MiB, each counted once, whatever the order', () => {
    const input = new Map<string, string>();
    for (let i = 1; i <= 31; i++) input.set(`USE_${i}`, '${BIG}'); // referenced before it is defined
    input.set('BIG', 'a'.repeat(MiB));
    const values = interpolate(input).values;
    expect([...values.values()].reduce((sum, v) => sum + v.length, 0)).toBe(MAX_TOTAL_EXPANDED_LENGTH);
    input.set('ONE_MORE', 'x');
    expect(failure(input)).toBe(
      `VALUE_TOO_LARGE: Secret values expand to more than ${MAX_TOTAL_EXPANDED_LENGTH} characters in all (stopped at ONE_MORE). | Check the \${…} references in seekrit, or turn interpolation off.`,
    );
  });

  it('a cycle says how to get out of it', () => {
    expect(
      failure(
        new Map([
          ['A', '${B}'],
          ['B', '${A}'],
        ]),
      ),
    ).toBe(
      'INTERPOLATION_CYCLE: Secret references form a cycle: A → B → A. | Break the cycle in seekrit, or turn interpolation off (interpolate: false / --no-interpolate).',
    );
  });

  it('records every reference and every holder of an unknown name', () => {
    const result = interpolate(
      new Map([
        ['A', 'a'],
        ['B', 'b'],
        ['BOTH', '${A}${B}${A}'],
        ['X', '${NOPE}'],
        ['Y', '${NOPE}${ALSO}'],
      ]),
    );
    expect(Object.fromEntries([...result.references].map(([k, v]) => [k, [...v]]))).toStrictEqual({ BOTH: ['A', 'B'] });
    expect(Object.fromEntries([...result.unresolvedIn].map(([k, v]) => [k, [...v]]))).toStrictEqual({ NOPE: ['X', 'Y'], ALSO: ['Y'] });
    expect(result.unresolved).toStrictEqual(['ALSO', 'NOPE']);
  });
});
