/**
 * Terminal escape sequences a value may be printed with inside it: a coloured diff (vitest, git,
 * jest) puts SGR colour codes between the characters of a value, and log viewers render or drop
 * them, so the value shows whole. The redactor reads through every CSI sequence (ESC [ parameters
 * intermediates final byte, SGR among them) and hides the value with the codes inside it.
 */

const ESC = 0x1b;
const CSI = 0x5b; // '['
/** Longer than any real sequence; a longer run is text, so a lone ESC cannot hold output back. */
const MAX_SEQUENCE = 32;

/** Where a CSI sequence starting at `at` ends (exclusive); 'partial' if `data` ends inside one; undefined if none starts there. */
export function sequenceEnd(data: Uint8Array, at: number): number | 'partial' | undefined {
  if (data[at] !== ESC) return undefined;
  if (at + 1 >= data.length) return 'partial';
  if (data[at + 1] !== CSI) return undefined;
  let i = at + 2;
  while (i < data.length && (data[i] as number) >= 0x30 && (data[i] as number) <= 0x3f) i++;
  while (i < data.length && (data[i] as number) >= 0x20 && (data[i] as number) <= 0x2f) i++;
  if (i - at >= MAX_SEQUENCE) return undefined;
  if (i >= data.length) return 'partial';
  const final = data[i] as number;
  return final >= 0x40 && final <= 0x7e ? i + 1 : undefined;
}

/** A chunk split into what is shown (visible ranges) and the escape sequences between them. */
export interface Split {
  /** The bytes to pass on, escape sequences included. */
  bytes: Buffer;
  /** [start, end) ranges of `bytes` that are shown, in order. */
  visible: Array<[number, number]>;
}

/**
 * Splits a stream's chunks into visible ranges and escape sequences, holding back a sequence
 * that a chunk ends inside until the next chunk completes it.
 */
export class EscapeReader {
  private held: Buffer = Buffer.alloc(0);

  /** `final` (or a pause) releases a held partial sequence as text. */
  read(chunk: Buffer, release = false): Split {
    const bytes = this.held.length ? Buffer.concat([this.held, chunk]) : chunk;
    this.held = Buffer.alloc(0);
    let next = bytes.indexOf(ESC);
    // Nearly every chunk has no escape at all (speed only: the loop below gives the same).
    // Stryker disable next-line ConditionalExpression: see above.
    if (next < 0) return { bytes, visible: bytes.length ? [[0, bytes.length]] : [] };
    const visible: Array<[number, number]> = [];
    let from = 0;
    while (next >= 0) {
      const end = sequenceEnd(bytes, next);
      if (end === 'partial' && !release) {
        if (next > from) visible.push([from, next]);
        this.held = Buffer.from(bytes.subarray(next));
        return { bytes: bytes.subarray(0, next), visible };
      }
      if (typeof end === 'number') {
        if (next > from) visible.push([from, next]);
        from = end;
      }
      next = bytes.indexOf(ESC, typeof end === 'number' ? end : next + 1);
    }
    if (bytes.length > from) visible.push([from, bytes.length]);
    return { bytes, visible };
  }

  /** Bytes held back inside a partial sequence. */
  get holding(): number {
    return this.held.length;
  }
}

/** `text` without its escape sequences (how the redactor reads a needle). */
export function withoutEscapes(text: string): string {
  if (!text.includes('\x1b')) return text;
  const split = new EscapeReader().read(Buffer.from(text, 'utf8'), true);
  return Buffer.concat(split.visible.map(([a, b]) => split.bytes.subarray(a, b))).toString('utf8');
}
