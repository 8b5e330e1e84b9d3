import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactionNeedles } from '../src/core/policy/targets.js';
import { REDACTED, RedactionTables, Redactor, redactText } from '../src/core/redact/redactor.js';

/**
 * The reference model, on whole strings: every character inside any occurrence of any needle is
 * hidden; a run of hidden characters that starts a new occurrence shows as one marker.
 */
function reference(text: string, values: string[]): string {
  const needles = redactionNeedles(values).sort((a, b) => b.length - a.length);
  let out = '';
  let cover = 0;
  for (let at = 0; at < text.length; at++) {
    const hit = needles.find((t) => text.startsWith(t, at));
    if (hit && at < cover) cover = Math.max(cover, at + hit.length);
    else if (hit) {
      out += REDACTED;
      cover = at + hit.length;
    } else if (at >= cover) out += text[at];
  }
  return out;
}

/** Streams `text` through a Redactor in the given byte chunks, with optional timer flushes between. */
function stream(text: string, values: string[], cuts: number[], flushAfter: boolean[]): string {
  const bytes = Buffer.from(text, 'utf8');
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const redactor = new Redactor(values);
  const out: Buffer[] = [];
  let previous = 0;
  points.forEach((point, index) => {
    out.push(redactor.push(bytes.subarray(previous, point)));
    if (flushAfter[index % Math.max(1, flushAfter.length)]) out.push(redactor.flush());
    previous = point;
  });
  out.push(redactor.push(bytes.subarray(previous)));
  out.push(redactor.flush(true));
  return Buffer.concat(out).toString('utf8');
}

const RUNS = process.env.CI ? 1000 : 200;
const secretArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  fc.constantFrom('ab', 'abc', 'bcd', 'a\nbc', 'x\r\ny'),
);

describe('Redactor', () => {
  it('replaces values and each trimmed line of multi-line values', () => {
    expect(redactText('user=alice pw=hunter22 end', ['hunter22'])).toBe(`user=alice pw=${REDACTED} end`);
    const pem = '-----BEGIN-----\n  MIIBsecretline  \n-----END-----';
    expect(redactText(`key:\n${pem}\nline only: MIIBsecretline`, [pem])).toBe(`key:\n${REDACTED}\nline only: ${REDACTED}`);
  });

  it('prefers the longest secret at a position and handles nested and overlapping secrets', () => {
    expect(redactText('xabcdx', ['abc', 'abcd', 'bcd'])).toBe(`x${REDACTED}x`);
    // Overlapping secrets: no tail of the second one shows.
    expect(redactText('abcd', ['abc', 'bcd'])).toBe(REDACTED);
    expect(redactText('[password1-tail]', ['password1', 'rd1-tail'])).toBe(`[${REDACTED}]`);
    expect(redactText('xx-secret-one-secret-two-yy', ['secret-one-secret', 'secret-two'])).toBe(`xx-${REDACTED}-yy`);
    // A run extended by an overlap, then a secret right after it: nothing in between shows.
    expect(redactText('abcd¡', ['bcd', '¡', 'ab'])).toBe(`${REDACTED}${REDACTED}`);
    // … also when both are found in one pass over a chunk.
    expect(redactText('abcd¡zzz', ['bcd', '¡', 'ab'])).toBe(`${REDACTED}${REDACTED}zzz`);
    expect(redactText('xxabcd¡zzzzzzzzzzzzz', ['bcd', '¡', 'ab'])).toBe(`xx${REDACTED}${REDACTED}zzzzzzzzzzzzz`);
  });

  it('property: many secrets sharing a prefix (a crowded index bucket) give the reference output under any chunking', () => {
    const shared = ['valu', 'value', 'value-', ...Array.from({ length: 40 }, (_, i) => `value-${i}-${'x'.repeat(i % 7)}`)];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...shared), fc.string({ maxLength: 8 }), fc.constantFrom('valux', 'value-9', 'val')), {
          maxLength: 14,
        }),
        fc.array(fc.nat({ max: 300 }), { maxLength: 8 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
        (parts, cuts, flushes) => {
          const text = parts.join(' ');
          expect(stream(text, shared, cuts, flushes)).toBe(reference(text, shared));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('shares one set of tables between streams, each keeping its own held-back bytes', () => {
    const tables = new RedactionTables(['shared-secret-1']);
    const out = new Redactor(tables);
    const err = new Redactor(tables);
    const outParts = [out.push(Buffer.from('x shared-se'))];
    const errParts = [err.push(Buffer.from('y shared-'))];
    outParts.push(out.push(Buffer.from('cret-1 z')), out.flush(true));
    errParts.push(err.push(Buffer.from('plain')), err.flush(true));
    expect(Buffer.concat(outParts).toString()).toBe(`x ${REDACTED} z`);
    expect(Buffer.concat(errParts).toString()).toBe('y shared-plain');
  });

  it('adds no encoded form short enough to mask ordinary text', () => {
    const json = '{\n  "k": "v"\n}';
    expect(redactText('every e and } stays', [json])).toBe('every e and } stays'.replace('}', REDACTED));
    for (const needle of redactionNeedles([json, 'abc'])) expect(['{', '}', 'abc'].includes(needle) || needle.length >= 8).toBe(true);
  });

  it('hides base64 (at every byte offset), base64url, JSON-escaped, URL-encoded and XML-escaped forms', () => {
    const value = 'p@ss "word"/+ & <é>\\end';
    const forms = [
      Buffer.from(value).toString('base64'),
      Buffer.from(value).toString('base64url'),
      JSON.stringify(value),
      encodeURIComponent(value),
      encodeURIComponent(value).replaceAll('%20', '+'),
      value.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`),
    ];
    for (const form of forms) expect(redactText(`before ${form} after`, [value])).not.toContain(form.slice(1, -1));
    // Inside a larger base64 blob, whatever bytes come before it.
    for (const before of ['', 'a', 'ab', 'abc', 'abcd']) {
      const blob = Buffer.from(`${before}${value}trailing bytes`).toString('base64');
      const shown = redactText(blob, [value]);
      expect(shown).toContain(REDACTED);
      // At most two characters of the value's own bits can show next to the marker on each side.
      expect(shown.replace(REDACTED, '').length).toBeLessThanOrEqual(blob.length - Math.floor((value.length * 4) / 3) + 6);
    }
  });

  it('finds a secret split across chunks, even byte by byte inside a multibyte character', () => {
    const secret = 'p€ss🌍word';
    const text = `before ${secret} after`;
    const bytes = Buffer.from(text);
    const redactor = new Redactor([secret]);
    const out: Buffer[] = [];
    for (const byte of bytes) out.push(redactor.push(Buffer.from([byte])));
    out.push(redactor.flush(true));
    expect(Buffer.concat(out).toString()).toBe(`before ${REDACTED} after`);
  });

  it('holds back only what could still become a secret, and releases it on flush', () => {
    const redactor = new Redactor(['supersecret']);
    const first = redactor.push(Buffer.from('progress 10%... sup'));
    expect(first.toString() + redactor.flush().toString()).toBe('progress 10%... ');
    expect(redactor.held).toBe(3);
    expect(redactor.push(Buffer.from('ersecret!')).toString() + redactor.flush(true).toString()).toBe(`${REDACTED}!`);
  });

  it('holds back exactly the longest secret less one byte, and a pause releases all that cannot grow into one', () => {
    const tables = new RedactionTables(['supersecret']);
    const redactor = new Redactor(tables);
    expect(redactor.push(Buffer.from('x'.repeat(100))).length).toBe(100 - (tables.maxLength - 1));
    expect(redactor.held).toBe(tables.maxLength - 1);
    expect(redactor.push(Buffer.from('y')).toString()).toBe('x');
    expect(redactor.held).toBe(tables.maxLength - 1);
    expect(redactor.flush().toString()).toBe(`${'x'.repeat(tables.maxLength - 2)}y`);
    // A whole secret at the very end is decided: hidden and released, nothing held.
    expect(redactor.push(Buffer.from('end supersecret')).toString() + redactor.flush().toString()).toBe(`end ${REDACTED}`);
    expect(redactor.held).toBe(0);
    // A tail that shares a secret's first bytes but then differs cannot grow into it.
    expect(redactor.push(Buffer.from('xx superX')).toString() + redactor.flush().toString()).toBe('xx superX');
    expect(redactor.held).toBe(0);
    expect(REDACTED).toBe('[MASKED]');
  });

  it('passes text through unchanged when there is nothing to redact', () => {
    const redactor = new Redactor(['', '   ']);
    expect(redactor.push(Buffer.from('abc')).toString()).toBe('abc');
  });

  it('property: any chunking and flush schedule gives the reference output', () => {
    fc.assert(
      fc.property(
        fc.array(secretArb, { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.nat({ max: 5 })), { maxLength: 12 }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 10 }),
        fc.array(fc.boolean(), { maxLength: 10 }),
        (secrets, parts, cuts, flushes) => {
          // Text: random strings interleaved with the secrets (a number picks a secret).
          const text = parts.map((p) => (typeof p === 'number' ? (secrets[p % secrets.length] as string) : p)).join('');
          expect(stream(text, secrets, cuts, flushes)).toBe(reference(text, secrets));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('property: no secret survives outside the markers and all other text is unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(secretArb, { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.nat({ max: 5 })), { maxLength: 12 }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 10 }),
        (secrets, parts, cuts) => {
          const text = parts.map((p) => (typeof p === 'number' ? (secrets[p % secrets.length] as string) : p)).join('');
          const output = stream(text, secrets, cuts, []);
          const targets = redactionNeedles(secrets);
          for (const segment of output.split(REDACTED)) for (const t of targets) expect(segment.includes(t)).toBe(false);
          if (targets.length === 0) expect(output).toBe(text);
          // Text without any secret comes through byte for byte.
          if (!targets.some((t) => text.includes(t))) expect(output).toBe(text);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
