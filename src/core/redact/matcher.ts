/**
 * Finds where secrets lie in one sequence of bytes fed in chunks, also when one is split across
 * chunks: it reports hidden runs in the sequence's own offsets and how far everything is decided,
 * holding back only bytes that could still begin a secret. What to print is the caller's job
 * (streams.ts), so the same matcher serves one stream, the interleaving of several, or the text
 * between escape sequences.
 *
 * Every byte inside any occurrence of any secret is hidden; an occurrence that starts inside a
 * hidden run extends it, so no part of a secret shows because another one matched first. The scan
 * jumps ahead Wu-Manber style; a position it stops at is tested against a bitmap of the first
 * WINDOW bytes of every secret, and candidates are confirmed byte by byte.
 */
import { bitOf, blockHash, firstMatch, prefixKey, type RedactionTables, WINDOW, windowKey } from './tables.js';

/**
 * Called for each new hidden run (`extended` false) and each growth of the current one
 * (`extended` true: it continues the run that ended at `start`), in sequence offsets.
 */
export type RunListener = (start: number, end: number, extended: boolean) => void;

export class Matcher {
  private pending: Buffer = Buffer.alloc(0);
  /** The sequence offset of pending[0]: everything before it is decided. */
  private base = 0;
  /** The sequence offset where the current hidden run ends (nothing is hidden from there on yet). */
  private hiddenEnd = 0;

  constructor(
    private readonly t: RedactionTables,
    private readonly onRun: RunListener,
  ) {}

  /** A copy with the same state reporting to `onRun` (a stream that gets a matcher of its own). */
  fork(onRun: RunListener): Matcher {
    const copy = new Matcher(this.t, onRun);
    copy.pending = this.pending;
    copy.base = this.base;
    copy.hiddenEnd = this.hiddenEnd;
    return copy;
  }

  /** Sequence offset before which everything is decided. */
  get decided(): number {
    return this.base;
  }

  /** Longest needle that starts at `at` and lies entirely inside `data`, or undefined. */
  private matchAt(data: Buffer, at: number): number | undefined {
    const key = windowKey(data, at, this.t.width);
    const bit = bitOf(key);
    // Speed only: confirm gives the same answer without the bitmap.
    // Stryker disable next-line ConditionalExpression: see above.
    if (((this.t.bitmap[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return undefined;
    return this.confirm(data, at, key);
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

  /** Hides the longest secret starting at data[at] (sequence offset `offset + at`), if any: extends the hidden run or starts a new one. */
  private hideMatchAt(data: Buffer, at: number, offset: number): void {
    const length = this.matchAt(data, at);
    if (length === undefined) return;
    const start = offset + at;
    const end = start + length;
    if (start < this.hiddenEnd) {
      if (end > this.hiddenEnd) {
        this.onRun(this.hiddenEnd, end, true);
        this.hiddenEnd = end;
      }
      return;
    }
    this.onRun(start, end, false);
    this.hiddenEnd = end;
  }

  /**
   * Wu-Manber: the block that ends the shortest secret's window says how far no secret can start,
   * so most of the text is jumped over. Positions inside a hidden run are still tested, so a secret
   * that overlaps it extends the run instead of showing its tail. Tests the positions from `from`
   * to before `until` of `data` (whose first byte is at sequence offset `offset`); every window
   * there must fit inside `data`. Returns where the scan stopped, which a jump may put past `until`.
   */
  private scan(data: Buffer, offset: number, from: number, until: number): number {
    const { shift, block, minLength } = this.t;
    let at = from;
    while (at < until) {
      const jump = shift[blockHash(data, at + minLength - 1, block)] as number;
      // Stryker disable next-line BlockStatement,ConditionalExpression: not jumping only tests more positions.
      if (jump > 0) {
        at += jump;
        continue;
      }
      this.hideMatchAt(data, at, offset);
      at++;
    }
    return at;
  }

  /** Decides every position of `data` (at sequence offset `base`) from `from` on whose windows fit, and keeps the rest pending. */
  private scanAndSettle(data: Buffer, from: number): void {
    const decideBefore = Math.max(0, data.length - this.holdBack);
    const at = this.scan(data, this.base, from, decideBefore);
    // A jump may have passed decideBefore: those positions start no secret, and the next chunk's
    // scan finds that again.
    const settled = Math.min(at, decideBefore);
    this.base += settled;
    this.pending = Buffer.from(data.subarray(settled));
  }

  /** Bytes at the end of the data whose secrets could end past it: they wait for more. */
  private get holdBack(): number {
    return Math.max(0, this.t.maxLength - 1);
  }

  /**
   * Feeds a chunk and decides every position a secret starting there would end inside the data.
   * The held bytes are decided in a short join of them and the chunk's head, and the chunk is then
   * scanned where it lies: joining them whole copied every chunk, which cost more than the scan.
   */
  push(chunk: Buffer): void {
    const held = this.pending.length;
    // Speed only: the join below decides the same positions as a join of everything.
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: see above.
    if (held === 0 || chunk.length <= this.holdBack) {
      this.scanAndSettle(held ? Buffer.concat([this.pending, chunk]) : chunk, 0);
      return;
    }
    // Every secret starting in the held bytes ends inside this join.
    const head = Buffer.concat([this.pending, chunk.subarray(0, this.holdBack)]);
    const at = this.scan(head, this.base, 0, held);
    this.base += held;
    this.scanAndSettle(chunk, at - held);
  }

  /**
   * Decides what it can after a pause: all but a tail that could still grow into a secret. With
   * `final` (the sequence has ended) it decides everything.
   */
  flush(final: boolean): void {
    const data = this.pending;
    let at = 0;
    for (; at < data.length; at++) {
      if (!final && this.couldGrowAt(data, at)) break;
      this.hideMatchAt(data, at, this.base);
    }
    this.base += at;
    this.pending = Buffer.from(data.subarray(at));
  }

  /** True when data[at..] is a proper prefix of some secret, so more bytes could complete it. */
  private couldGrowAt(data: Buffer, at: number): boolean {
    const rest = data.length - at;
    if (rest < this.t.width) return this.t.shortPrefixes.has(prefixKey(data, at, rest));
    const candidates = this.t.byKey.get(windowKey(data, at, this.t.width));
    return candidates?.some((n) => n.length > rest && data.compare(n, 0, rest, at, data.length) === 0) ?? false;
  }
}
