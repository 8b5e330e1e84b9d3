/**
 * Redacting what a reader sees interleaved (streams.ts) and through terminal escape codes
 * (escapes.ts): a value split across stdout and stderr, a value in one stream cut by output of
 * the other, colour codes inside a value (vitest's diffs print them), under any chunking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactionNeedles } from '../src/core/policy/targets.js';
import { EscapeReader, sequenceEnd, withoutEscapes } from '../src/core/redact/escapes.js';
import { REDACTED, Redactor, redactText } from '../src/core/redact/redactor.js';
import { StreamsRedactor } from '../src/core/redact/streams.js';

const RUNS = process.env.CI ? 500 : 150;
const SECRET = 'hunter2-secret-value';
const red = (text: string) => `\x1b[31m${text}\x1b[39m`;

/** Feeds [stream, text] writes; returns each stream's output and the interleaved log. */
function interleave(values: string[], writes: Array<[number, string | Buffer]>, pauses: boolean[] = []) {
  const redactor = new StreamsRedactor(values, 2, REDACTED);
  const parts: Array<{ stream: number; bytes: Buffer }> = [];
  writes.forEach(([stream, text], index) => {
    parts.push(...redactor.push(stream, typeof text === 'string' ? Buffer.from(text, 'utf8') : text));
    if (pauses[index]) parts.push(...redactor.flush());
  });
  parts.push(...redactor.flush(true));
  const of = (stream: number) => Buffer.concat(parts.filter((p) => p.stream === stream).map((p) => p.bytes)).toString('utf8');
  return { out: of(0), err: of(1), log: Buffer.concat(parts.map((p) => p.bytes)).toString('utf8'), held: redactor.held };
}

describe('escape codes inside a value', () => {
  it('hides a value with colour codes inside it, keeping the codes around it', () => {
    expect(redactText(`- ${red('hunter2-')}secret-value\n`, [SECRET])).toBe(`- \x1b[31m${REDACTED}\n`);
    expect(redactText(`x hunt\x1b[1;31mer2-sec\x1b[0mret-value y`, [SECRET])).toBe(`x ${REDACTED} y`);
    // Other CSI sequences (erase line, cursor moves) are read through too.
    expect(redactText(`hunter2\x1b[2K-secret\x1b[1G-value`, [SECRET])).toBe(REDACTED);
    expect(redactText(`\x1b[32mplain green\x1b[0m ${SECRET}`, [SECRET])).toBe(`\x1b[32mplain green\x1b[0m ${REDACTED}`);
  });

  it('finds the value when a code is split across chunks, and lets lone or overlong escapes through as text', () => {
    const text = `a hunter2-\x1b[38;5;196msecret-value b`;
    for (let cut = 0; cut <= text.length; cut++) {
      const redactor = new Redactor([SECRET]);
      const out = Buffer.concat([
        redactor.push(Buffer.from(text.slice(0, cut))),
        redactor.push(Buffer.from(text.slice(cut))),
        redactor.flush(true),
      ]);
      expect(out.toString(), `cut at ${cut}`).toBe(`a ${REDACTED} b`);
    }
    expect(redactText('esc \x1b alone \x1b[', ['zzzzzzzz'])).toBe('esc \x1b alone \x1b[');
    const overlong = `\x1b[${'1;'.repeat(40)}m`;
    expect(redactText(`${overlong}x`, ['zzzzzzzz'])).toBe(`${overlong}x`);
    const reader = new EscapeReader();
    expect(reader.read(Buffer.from('ab\x1b[3')).bytes.toString()).toBe('ab');
    expect(reader.holding).toBe(3);
    expect(reader.read(Buffer.from('1mc')).visible).toStrictEqual([[5, 6]]);
  });

  it('a secret that itself holds an escape code is hidden with it and without it', () => {
    const value = 'warn-\x1b[33mcolour-secret';
    expect(redactText(`${value} / warn-colour-secret`, [value])).toBe(`${REDACTED} / ${REDACTED}`);
    expect(withoutEscapes(value)).toBe('warn-colour-secret');
  });

  it('a value that is nothing but escape codes hides its encoded forms and leaves text and codes as they are', () => {
    const value = '\x1b[31m\x1b[1m';
    const b64 = Buffer.from(value).toString('base64');
    const text = `plain ${red('coloured')} and ${value} and ${b64}\n`;
    expect(redactText(text, [value])).toBe(`plain ${red('coloured')} and ${value} and ${REDACTED}\n`);
  });

  it('property: with codes put anywhere, the output read without codes is the reference for the text read without them', () => {
    const codes = fc.constantFrom('\x1b[31m', '\x1b[0m', '\x1b[1;32m', '\x1b[K', '\x1b[38;2;1;2;3m');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ab', 'abc', 'secret-one', 'x\ny'), { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat({ max: 5 }), codes), { maxLength: 14 }),
        fc.array(fc.nat({ max: 200 }), { maxLength: 8 }),
        (secrets, parts, cuts) => {
          const withCodes = parts.map((p) => (typeof p === 'number' ? (secrets[p % secrets.length] as string) : p)).join('');
          // A code inside a value: split each value's characters with one.
          const text = withCodes.replaceAll('secret-one', 'secr\x1b[31met-one');
          const bytes = Buffer.from(text, 'utf8');
          const redactor = new Redactor(secrets);
          const out: Buffer[] = [];
          let previous = 0;
          for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
            out.push(redactor.push(bytes.subarray(previous, cut)));
            previous = cut;
          }
          out.push(redactor.push(bytes.subarray(previous)), redactor.flush(true));
          const shown = withoutEscapes(Buffer.concat(out).toString('utf8'));
          expect(shown).toBe(withoutEscapes(redactText(withoutEscapes(text), secrets)));
          for (const segment of shown.split(REDACTED))
            for (const needle of redactionNeedles(secrets)) expect(segment).not.toContain(needle);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('streams read together', () => {
  it('hides a value written half to stdout and half to stderr, in both and in the log', () => {
    const r = interleave(
      [SECRET],
      [
        [0, 'out: hunter2-'],
        [1, 'secret-value err\n'],
        [0, ' done\n'],
      ],
    );
    expect(r.log).not.toContain('hunter2-');
    expect(r.log).not.toContain('secret-value');
    expect(r.out).toBe(`out: ${REDACTED} done\n`);
    expect(r.err).toBe(`${REDACTED} err\n`);
  });

  it('hides a value in one stream cut by output of the other, and lets that output through', () => {
    const r = interleave(
      [SECRET],
      [
        [0, 'token hunter2'],
        [1, 'progress 50%\n'],
        [0, '-secret-value end\n'],
      ],
    );
    expect(r.out).toBe(`token ${REDACTED} end\n`);
    expect(r.err).toBe('progress 50%\n');
  });

  it('keeps the order of the streams, and holds nothing once a pause shows nothing can grow', () => {
    const r = interleave(
      [SECRET],
      [
        [0, 'one\n'],
        [1, 'two\n'],
        [0, 'three\n'],
      ],
      [true, true, true],
    );
    expect(r.log).toBe('one\ntwo\nthree\n');
    expect(r.held).toBe(0);
  });

  it('property: under any interleaving and chunking, no needle shows in the log or in either stream', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ab', 'abc', 'secret-one', 'hunter2-secret-value', 'x\ny'), { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.nat({ max: 5 })), { maxLength: 10 }),
        fc.array(fc.tuple(fc.nat({ max: 300 }), fc.boolean()), { maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        (secrets, parts, cuts, pauses) => {
          const text = parts.map((p) => (typeof p === 'number' ? (secrets[p % secrets.length] as string) : p)).join('');
          const bytes = Buffer.from(text, 'utf8');
          // Cut the text into writes, each to stdout or stderr: the log holds the text in order.
          const points = [...new Map(cuts.map(([c, s]) => [c % (bytes.length + 1), s])).entries()].sort((a, b) => a[0] - b[0]);
          const writes: Array<[number, Buffer]> = [];
          let previous = 0;
          for (const [point, toErr] of points) {
            writes.push([toErr ? 1 : 0, bytes.subarray(previous, point)]);
            previous = point;
          }
          writes.push([0, bytes.subarray(previous)]);
          const r = interleave(secrets, writes, pauses);
          const needles = redactionNeedles(secrets);
          for (const shown of [r.log, r.out, r.err])
            for (const segment of shown.split(REDACTED)) for (const needle of needles) expect(segment).not.toContain(needle);
          expect(r.held).toBe(0);
          // Text without any needle comes through byte for byte, in order.
          if (!needles.some((n) => text.includes(n))) expect(r.log).toBe(text);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('sequenceEnd', () => {
  const end = (text: string) => sequenceEnd(Buffer.from(text, 'latin1'), 0);
  it('reads CSI sequences: parameters 0x30-0x3f, then intermediates 0x20-0x2f, then one final byte 0x40-0x7e', () => {
    expect(end('\x1b[31m')).toBe(5);
    expect(end('\x1b[m')).toBe(3);
    expect(end('\x1b[?25h')).toBe(6);
    expect(end('\x1b[0;1:2<=>?@')).toBe(12);
    expect(end('\x1b[ q')).toBe(4);
    expect(end('\x1b[1/~')).toBe(5);
    expect(end('\x1b[!"#$%&\'()*+,-./@')).toBe(18);
    // A parameter after an intermediate, or a final byte out of range, is no sequence.
    expect(end('\x1b[ 1m')).toBeUndefined();
    expect(end('\x1b[1\x7f')).toBeUndefined();
    expect(end('\x1b[1\x1f')).toBeUndefined();
    expect(end('\x1b]8;;x\x07')).toBeUndefined();
    expect(end('\x1bX')).toBeUndefined();
    expect(end('x\x1b[m')).toBeUndefined();
    expect(end('x[31m')).toBeUndefined();
  });

  it('says partial when the data ends inside one, and bounds a sequence at 32 bytes', () => {
    expect(end('\x1b')).toBe('partial');
    expect(end('\x1b[')).toBe('partial');
    expect(end('\x1b[12;3')).toBe('partial');
    expect(end('\x1b[1 ')).toBe('partial');
    expect(end(`\x1b[${'1'.repeat(29)}m`)).toBe(32);
    expect(end(`\x1b[${'1'.repeat(30)}m`)).toBeUndefined();
    expect(end(`\x1b[${'1'.repeat(29)}`)).toBe('partial');
    expect(end(`\x1b[${'1'.repeat(30)}`)).toBeUndefined();
  });

  it('gives exact visible ranges, none empty, and releases a partial sequence as text when asked', () => {
    const reader = new EscapeReader();
    expect(reader.read(Buffer.from('\x1b[31mab\x1b[0m')).visible).toStrictEqual([[5, 7]]);
    expect(reader.read(Buffer.from('ab')).visible).toStrictEqual([[0, 2]]);
    expect(reader.read(Buffer.alloc(0)).visible).toStrictEqual([]);
    expect(reader.read(Buffer.from('\x1b[1m\x1b[2m')).visible).toStrictEqual([]);
    expect(reader.read(Buffer.from('a\x1b\x1b[1mb')).visible).toStrictEqual([
      [0, 2],
      [6, 7],
    ]);
    const held = reader.read(Buffer.from('x\x1b[3'));
    expect(held.bytes.toString()).toBe('x');
    const released = reader.read(Buffer.alloc(0), true);
    expect(released.bytes.toString()).toBe('\x1b[3');
    expect(released.visible).toStrictEqual([[0, 3]]);
    expect(withoutEscapes('a\x1b[3')).toBe('a\x1b[3');
    expect(withoutEscapes('plain')).toBe('plain');
  });

  it('counts a held partial sequence as held, and a pause releases it', () => {
    const redactor = new StreamsRedactor(['zzzzzzzz'], 1, REDACTED);
    expect(Buffer.concat(redactor.push(0, Buffer.from('ok \x1b[3')).map((p) => p.bytes)).toString()).toBe('');
    // Three bytes the matcher holds (they could begin a value) and three inside the sequence.
    expect(redactor.held).toBe(6);
    expect(Buffer.concat(redactor.flush().map((p) => p.bytes)).toString()).toBe('ok \x1b[3');
    expect(redactor.held).toBe(0);
  });
});
