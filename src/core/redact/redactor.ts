/**
 * A streaming redactor: replaces every secret value, every non-blank line of a multi-line value
 * and their encoded forms (targets.ts decides which) with a marker, also when a value is split
 * across chunks. It works on bytes (UTF-8), makes one pass over each chunk for all secrets, and
 * holds back only bytes that could still begin one.
 *
 * Every byte inside any occurrence of any secret is hidden: overlapping or adjacent occurrences
 * become one marker, so no part of a secret shows because another one matched first. The scan
 * jumps ahead Wu-Manber style; a position it stops at is tested against a bitmap of the first
 * WINDOW bytes of every secret, and candidates are confirmed byte by byte.
 */
import { redactionNeedles } from '../policy/targets.js';

export const REDACTED = '[MASKED]';

/** How many leading bytes index a secret (fewer for secrets shorter than this). */
const WINDOW = 4;
const BITMAP_BITS = 1 << 20;
/** Wu-Manber block: the bytes whose hash decides how far the scan may jump. */
const BLOCK = 3;
const SHIFT_TABLE_BITS = 18;
/**
 * A window bucket with more secrets than this gets a second index on the next WINDOW bytes: values
 * that share a prefix (`value-1…`, `value-2…`, or their base64 forms) would otherwise all be
 * compared wherever the prefix occurs.
 */
const CROWDED = 16;

/**
 * Whether `needle` occurs in `data` at `at`; past the end of `data` a byte reads as undefined, which
 * matches nothing (a plain loop: Buffer#compare with offsets validates its arguments on every call,
 * which dominated redaction on Node.js 24).
 */
function occursAt(data: Buffer, at: number, needle: Buffer): boolean {
  for (let i = 0; i < needle.length; i++) if (data[at + i] !== needle[i]) return false;
  return true;
}

/** Length of the first (longest, as lists are sorted) needle of `list` that occurs at `at`. */
function firstMatch(list: readonly Buffer[] | undefined, data: Buffer, at: number): number | undefined {
  if (list) for (const needle of list) if (occursAt(data, at, needle)) return needle.length;
  return undefined;
}

// The three hashes below only make the scan fast: the tables and the scan apply each to the same
// bytes, so any function of those bytes (a worse one included) gives the same output.
function windowKey(bytes: Uint8Array, at: number, width: number): number {
  let key = 0;
  for (let i = 0; i < width; i++) key = (key << 8) | (bytes[at + i] as number);
  return key >>> 0;
}

function blockHash(bytes: Uint8Array, end: number, block: number): number {
  let key = 0;
  for (let i = end - block + 1; i <= end; i++) key = (key << 8) | (bytes[i] as number);
  return Math.imul(key, 0x9e3779b1) >>> (32 - SHIFT_TABLE_BITS);
}

/** The bitmap position of a window key: its top 20 bits after a multiplicative hash. */
function bitOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 12;
}

/**
 * The compiled form of what to hide: built once (tens of milliseconds for thousands of secrets
 * with their encoded forms) and shared by every stream that redacts the same values.
 */
export class RedactionTables {
  readonly width: number;
  readonly maxLength: number;
  readonly minLength: number;
  readonly block: number;
  /** block hash → how far the scan may safely jump when the window ends in that block */
  readonly shift = new Uint8Array(1 << SHIFT_TABLE_BITS);
  readonly bitmap = new Uint8Array(BITMAP_BITS >>> 3);
  /** window key → needles starting with it, longest first */
  readonly byKey = new Map<number, Buffer[]>();
  /** crowded window key → its needles of 2·WINDOW bytes or more by their next window, and the shorter ones */
  readonly byNextKey = new Map<number, { next: Map<number, Buffer[]>; short: Buffer[] }>();
  /** prefixes shorter than the window (latin1 strings of bytes), to decide what to hold back */
  readonly shortPrefixes = new Set<string>();
  readonly marker: Buffer;
  /** `values` are secret values; their lines and encoded forms are added (redactionNeedles). */
  constructor(values: Iterable<string>, marker = REDACTED) {
    const needles = redactionNeedles(values).map((t) => Buffer.from(t, 'utf8'));
    needles.sort((a, b) => b.length - a.length);
    this.marker = Buffer.from(marker, 'utf8');
    this.maxLength = needles[0]?.length ?? 0;
    this.minLength = needles.at(-1)?.length ?? 0;
    this.width = Math.min(WINDOW, this.minLength);
    this.block = Math.min(BLOCK, this.minLength);
    // Wu-Manber: every secret's first minLength bytes, block by block, bound the safe jump.
    this.shift.fill(Math.min(255, this.minLength - this.block + 1));
    for (const needle of needles) {
      for (let j = 0; j <= this.minLength - this.block; j++) {
        const h = blockHash(needle, j + this.block - 1, this.block);
        this.shift[h] = Math.min(this.shift[h] as number, this.minLength - this.block - j);
      }
    }
    for (const needle of needles) {
      const key = windowKey(needle, 0, this.width);
      const bit = bitOf(key);
      this.bitmap[bit >>> 3] = (this.bitmap[bit >>> 3] as number) | (1 << (bit & 7));
      const list = this.byKey.get(key);
      if (list) list.push(needle);
      else this.byKey.set(key, [needle]);
      // Every needle is at least `width` long.
      for (let length = 1; length < this.width; length++) this.shortPrefixes.add(needle.toString('latin1', 0, length));
    }
    // A speed index only: confirm gives the same answer from the bucket list without it, so which
    // buckets get one changes no output.
    // Stryker disable next-line BlockStatement,ConditionalExpression,EqualityOperator,LogicalOperator: see above.
    for (const [key, list] of this.byKey) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: see above.
      if (list.length <= CROWDED || this.width < WINDOW) continue;
      const next = new Map<number, Buffer[]>();
      const short: Buffer[] = [];
      for (const needle of list) {
        if (needle.length < 2 * WINDOW) {
          short.push(needle);
          continue;
        }
        const nextKey = windowKey(needle, WINDOW, WINDOW);
        const bucket = next.get(nextKey);
        if (bucket) bucket.push(needle);
        else next.set(nextKey, [needle]);
      }
      this.byNextKey.set(key, { next, short });
    }
  }
}

export class Redactor {
  private readonly t: RedactionTables;
  private pending: Buffer = Buffer.alloc(0);
  /** How many leading bytes of `pending` lie inside a secret whose marker was already written. */
  private hidden = 0;
  /** Within one push or flush: where output has been written up to (earlier bytes are out or hidden). */
  private emitted = 0;

  /** Secret values (their lines and encoded forms are added), or tables already built from them. */
  constructor(source: Iterable<string> | RedactionTables, marker = REDACTED) {
    this.t = source instanceof RedactionTables ? source : new RedactionTables(source, marker);
  }

  /** Longest needle that starts at `at` and lies entirely inside `data`, or undefined. */
  private matchAt(data: Buffer, at: number): number | undefined {
    const key = windowKey(data, at, this.t.width);
    const bit = bitOf(key);
    if (((this.t.bitmap[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return undefined;
    return this.confirm(data, at, key);
  }

  /**
   * Redacts `data[0..decideBefore)` (a match that starts there may run past it) and keeps the
   * rest pending. Wu-Manber: the block that ends the shortest secret's window says how far no
   * secret can start, so most of the text is jumped over. Positions inside a hidden run are still
   * tested, so a secret that overlaps it extends the run instead of showing its tail.
   */
  private scan(data: Buffer, decideBefore: number, out: Buffer[]): void {
    const { shift, block, minLength } = this.t;
    let at = 0;
    // decideBefore <= data.length - maxLength + 1, so every window below fits inside data, and
    // a jump never passes data.length.
    while (at < decideBefore) {
      const jump = shift[blockHash(data, at + minLength - 1, block)] as number;
      // Stryker disable next-line BlockStatement: not jumping only tests more positions.
      if (jump > 0) {
        at += jump;
        continue;
      }
      this.hideMatchAt(data, at, out);
      at++;
    }
    // Hold back exactly the undecided tail. A jump may have passed decideBefore: those positions
    // start no secret, and the next chunk's scan finds that again.
    this.settle(data, Math.min(at, decideBefore), out);
  }

  /** Hides the longest secret starting at `at`, if any: extends the hidden run or starts a new one. */
  private hideMatchAt(data: Buffer, at: number, out: Buffer[]): void {
    const length = this.matchAt(data, at);
    if (length === undefined) return;
    const end = at + length;
    if (at < this.hidden) {
      if (end > this.hidden) this.hidden = end;
      return;
    }
    this.emitBefore(data, at, out);
    out.push(this.t.marker);
    this.hidden = end;
    this.emitted = end;
  }

  /** Emits what lies before `at` that is neither out yet nor hidden. */
  private emitBefore(data: Buffer, at: number, out: Buffer[]): void {
    const from = Math.max(this.emitted, this.hidden);
    if (at > from) out.push(data.subarray(from, at));
  }

  /** Emits what lies before `at` and is not hidden, and keeps data[at..] pending. */
  private settle(data: Buffer, at: number, out: Buffer[]): void {
    this.emitBefore(data, at, out);
    this.hidden = Math.max(0, this.hidden - at);
    this.pending = Buffer.from(data.subarray(at));
  }

  /** Longest needle with this window key that lies entirely inside `data` at `at`. */
  private confirm(data: Buffer, at: number, key: number): number | undefined {
    const crowded = this.t.byNextKey.get(key);
    if (!crowded) return firstMatch(this.t.byKey.get(key), data, at);
    // Every needle in `next` is longer than any in `short`, so a match there is the longest. Near
    // the end the key reads past `data`; no needle of `next` fits there, so none matches.
    const long = firstMatch(crowded.next.get(windowKey(data, at + WINDOW, WINDOW)), data, at);
    return long ?? firstMatch(crowded.short, data, at);
  }

  /** Feeds a chunk; returns what can be written now. */
  push(chunk: Buffer): Buffer {
    const data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    // Any secret that starts before this point ends inside `data`, so those positions are decided.
    const decideBefore = Math.max(0, data.length - (this.t.maxLength - 1));
    const out: Buffer[] = [];
    this.emitted = this.hidden;
    this.scan(data, decideBefore, out);
    // Without a match the output is one slice of the input: hand it on without copying.
    return out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out);
  }

  /**
   * Releases held bytes after a pause: all but a tail that could still grow into a secret. With
   * `final` (the stream has ended) it releases everything; hidden bytes are never released.
   */
  flush(final = false): Buffer {
    const data = this.pending;
    const out: Buffer[] = [];
    this.emitted = this.hidden;
    let at = 0;
    for (; at < data.length; at++) {
      if (!final && this.couldGrowAt(data, at)) break;
      this.hideMatchAt(data, at, out);
    }
    this.settle(data, at, out);
    return Buffer.concat(out);
  }

  /** True when data[at..] is a proper prefix of some secret, so more bytes could complete it. */
  private couldGrowAt(data: Buffer, at: number): boolean {
    const rest = data.length - at;
    if (rest < this.t.width) return this.t.shortPrefixes.has(data.toString('latin1', at));
    const candidates = this.t.byKey.get(windowKey(data, at, this.t.width));
    return candidates?.some((n) => n.length > rest && data.compare(n, 0, rest, at, data.length) === 0) ?? false;
  }

  /** Bytes currently held back. */
  get held(): number {
    return this.pending.length;
  }
}

/** Redacts a whole string at once (for messages and tests): the values, their lines and encoded forms. */
export function redactText(text: string, values: Iterable<string>): string {
  const redactor = new Redactor(values);
  return Buffer.concat([redactor.push(Buffer.from(text, 'utf8')), redactor.flush(true)]).toString('utf8');
}
