/**
 * The compiled form of what to hide, shared by every matcher that hides the same values: the
 * needles (targets.ts decides them) indexed for a Wu-Manber scan, a bitmap of every needle's
 * first WINDOW bytes, and a second index for crowded buckets.
 */
import { redactionNeedles } from '../policy/targets.js';
import { withoutEscapes } from './escapes.js';

/** How many leading bytes index a secret (fewer for secrets shorter than this). */
/** What a hidden run shows instead (the GitHub runner's own marker is ***; GitLab's is [MASKED]). */
export const REDACTED = '[MASKED]';

export const WINDOW = 4;
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
export function occursAt(data: Buffer, at: number, needle: Buffer): boolean {
  for (let i = 0; i < needle.length; i++) if (data[at + i] !== needle[i]) return false;
  return true;
}

/** Length of the first (longest, as lists are sorted) needle of `list` that occurs at `at`. */
export function firstMatch(list: readonly Buffer[] | undefined, data: Buffer, at: number): number | undefined {
  if (list) for (const needle of list) if (occursAt(data, at, needle)) return needle.length;
  return undefined;
}

// The three hashes below only make the scan fast: the tables and the scan apply each to the same
// bytes, so any function of those bytes (a worse one included) gives the same output.
export function windowKey(bytes: Uint8Array, at: number, width: number): number {
  let key = 0;
  // Stryker disable next-line all: speed only (see above).
  for (let i = 0; i < width; i++) key = (key << 8) | (bytes[at + i] as number);
  return key >>> 0;
}

export function blockHash(bytes: Uint8Array, end: number, block: number): number {
  let key = 0;
  // Stryker disable next-line all: speed only (see above).
  for (let i = end - block + 1; i <= end; i++) key = (key << 8) | (bytes[i] as number);
  return hashOfBlock(key);
}

/** The shift-table slot of a block's bytes read as one number (blockHash, and the tables' rolling read). */
function hashOfBlock(key: number): number {
  // Stryker disable next-line all: speed only (see above).
  return Math.imul(key, 0x9e3779b1) >>> (32 - SHIFT_TABLE_BITS);
}

/** A number for the `length` (< WINDOW) bytes at `at`, unique across lengths. */
export function prefixKey(bytes: Uint8Array, at: number, length: number): number {
  // Stryker disable next-line ArithmeticOperator: any key that tells prefixes apart gives the same answers.
  return length * 0x1000000 + windowKey(bytes, at, length);
}

/** The bitmap position of a window key: its top 20 bits after a multiplicative hash. */
export function bitOf(key: number): number {
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
  /** prefixes shorter than the window (prefixKey), to decide what to hold back */
  readonly shortPrefixes = new Set<number>();
  readonly marker: Buffer;
  /**
   * `values` are secret values; their lines and encoded forms are added (redactionNeedles). The
   * scan reads through terminal escape sequences, so needles are matched without theirs too.
   */
  constructor(values: Iterable<string>, marker = REDACTED) {
    const needles = [...new Set(redactionNeedles(values).map(withoutEscapes))].filter((t) => t !== '').map((t) => Buffer.from(t, 'utf8'));
    needles.sort((a, b) => b.length - a.length);
    this.marker = Buffer.from(marker, 'utf8');
    this.maxLength = needles[0]?.length ?? 0;
    this.minLength = needles.at(-1)?.length ?? 0;
    this.width = Math.min(WINDOW, this.minLength);
    this.block = Math.min(BLOCK, this.minLength);
    // Wu-Manber: every secret's first minLength bytes, block by block, bound the safe jump.
    this.shift.fill(Math.min(255, this.minLength - this.block + 1));
    // The block ending at byte i allows a jump of minLength - 1 - i; its bytes are read rolling
    // (the key blockHash computes), one byte a step, as thousands of needles make this the
    // costliest part of the build.
    const blockMask = 2 ** (8 * this.block) - 1;
    for (const needle of needles) {
      let key = 0;
      for (let i = 0; i < this.minLength; i++) {
        key = ((key << 8) | (needle[i] as number)) & blockMask;
        // Stryker disable next-line ConditionalExpression: a partial block's jump is never below the default.
        if (i < this.block - 1) continue;
        const h = hashOfBlock(key);
        const jump = this.minLength - 1 - i;
        // Stryker disable next-line EqualityOperator: an equal jump changes nothing.
        if (jump < (this.shift[h] as number)) this.shift[h] = jump;
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
      for (let length = 1; length < this.width; length++) this.shortPrefixes.add(prefixKey(needle, 0, length));
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
