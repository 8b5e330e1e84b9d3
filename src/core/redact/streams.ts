/**
 * Redacts one or more output streams that a reader sees interleaved (a command's stdout and
 * stderr in one job log), in the order their chunks arrive:
 * - terminal escape sequences are read through (escapes.ts), so a coloured value is hidden with
 *   the codes inside it;
 * - a value split across the streams is hidden, as the log shows it whole;
 * - a value split within one stream by output of another is hidden too, as that stream alone
 *   (redirected to a file) shows it whole: from the first switch between streams on, each stream
 *   also gets a matcher of its own, forked from the shared one (until then they read the same).
 * Every byte inside an occurrence is hidden; each stream shows one marker per hidden run.
 */
import { EscapeReader, type Split } from './escapes.js';
import { Matcher } from './matcher.js';
import { RedactionTables } from './tables.js';

/** What a push or flush releases, in order: bytes for a stream. */
export type Released = Array<{ stream: number; bytes: Buffer }>;

/** Output offsets [from, to) to hide, in every stream (undefined) or in one; `grows` continues the run that ends at `from`. */
interface Hidden {
  from: number;
  to: number;
  stream: number | undefined;
  grows: boolean;
}

/**
 * Some of the output's visible bytes (all of them, or one stream's) as one sequence for a
 * matcher, and where each of its bytes lies in the output.
 */
class View {
  /** Contiguous runs of the sequence: [sequence offset, output offset, length] each. */
  private spans: Array<[number, number, number]> = [];
  private length = 0;
  matcher: Matcher;

  constructor(
    private readonly tables: RedactionTables,
    readonly stream: number | undefined,
    private readonly hide: (range: Hidden) => void,
  ) {
    this.matcher = new Matcher(tables, this.onRun);
  }

  /** A view of one stream in this view's state: until the first switch, this view read only that stream. */
  forkFor(stream: number): View {
    const fork = new View(this.tables, stream, this.hide);
    fork.spans = this.spans.map(([start, output, length]) => [start, output, length]);
    fork.length = this.length;
    fork.matcher = this.matcher.fork(fork.onRun);
    return fork;
  }

  /** Output offset of sequence offset `at` (it is in a span: spans are kept back to decided - 1). */
  private outputAt(at: number): number {
    let low = 0;
    let high = this.spans.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.spans[mid] as [number, number, number])[0] <= at) low = mid;
      else high = mid - 1;
    }
    const [start, output] = this.spans[low] as [number, number, number];
    return output + (at - start);
  }

  /** A run from the matcher, in output offsets: the escape codes inside it are hidden with it. */
  private readonly onRun = (start: number, end: number, extended: boolean): void => {
    const from = extended ? this.outputAt(start - 1) + 1 : this.outputAt(start);
    this.hide({ from, to: this.outputAt(end - 1) + 1, stream: this.stream, grows: extended });
  };

  /** Feeds visible ranges of `split`, whose first byte is at output offset `at`. */
  feed(split: Split, at: number): void {
    for (const [start, end] of split.visible) {
      this.spans.push([this.length, at + start, end - start]);
      this.length += end - start;
    }
    const parts = split.visible.map(([start, end]) => split.bytes.subarray(start, end));
    this.matcher.push(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts));
    this.forget();
  }

  flush(final: boolean): void {
    this.matcher.flush(final);
    this.forget();
  }

  /** Output offset before which this view has decided everything (Infinity: all it was fed). */
  get frontier(): number {
    const decided = this.matcher.decided;
    if (decided >= this.length) return Number.POSITIVE_INFINITY;
    // Escape codes right after the last decided byte may still join a run that grows.
    return decided > 0 ? this.outputAt(decided - 1) + 1 : this.outputAt(decided);
  }

  /** Memory only: spans before decided - 1 are never looked up again. */
  // Stryker disable next-line all: keeping more spans changes no output.
  private forget(): void {
    const keepFrom = this.matcher.decided - 1;
    let drop = 0;
    while (
      drop < this.spans.length - 1 &&
      (this.spans[drop] as [number, number, number])[0] + (this.spans[drop] as [number, number, number])[2] <= keepFrom
    )
      drop++;
    if (drop) this.spans.splice(0, drop);
  }
}

export class StreamsRedactor {
  private readonly tables: RedactionTables;
  private readonly readers: EscapeReader[];
  private readonly shared: View;
  /** Each stream's own view, from the first switch between streams on. */
  private own: Array<View | undefined> | undefined;
  private lastStream: number | undefined;
  /** Output not yet released, in order, and its offsets. */
  private pieces: Array<{ stream: number; bytes: Buffer; at: number }> = [];
  private written = 0;
  private length = 0;
  private hidden: Hidden[] = [];
  /** Per stream: the output offset its current marker covers up to. */
  private readonly cover: number[];

  constructor(source: Iterable<string> | RedactionTables, streams: number, marker: string) {
    this.tables = source instanceof RedactionTables ? source : new RedactionTables(source, marker);
    this.readers = Array.from({ length: streams }, () => new EscapeReader());
    this.cover = new Array<number>(streams).fill(0);
    this.shared = new View(this.tables, undefined, this.addHidden);
  }

  private readonly addHidden = (range: Hidden): void => {
    this.hidden.push(range);
  };

  /** Feeds a chunk of stream `stream`; returns what can be written now. */
  push(stream: number, chunk: Buffer): Released {
    this.add(stream, (this.readers[stream] as EscapeReader).read(chunk));
    return this.release();
  }

  /**
   * Releases held bytes after a pause: all but a tail that could still grow into a secret. With
   * `final` (the streams have ended) it releases everything; hidden bytes are never released.
   */
  flush(final = false): Released {
    this.readers.forEach((reader, stream) => {
      if (reader.holding) this.add(stream, reader.read(Buffer.alloc(0), true));
    });
    this.shared.flush(final);
    for (const view of this.own ?? []) view?.flush(final);
    return this.release();
  }

  /** Bytes currently held back. */
  get held(): number {
    return this.length - this.written + this.readers.reduce((sum, reader) => sum + reader.holding, 0);
  }

  private add(stream: number, split: Split): void {
    const at = this.length;
    if (split.bytes.length === 0) return;
    this.pieces.push({ stream, bytes: split.bytes, at });
    this.length += split.bytes.length;
    if (split.visible.length === 0) return;
    if (this.own === undefined && this.lastStream !== undefined && this.lastStream !== stream) {
      this.own = [];
      this.own[this.lastStream] = this.shared.forkFor(this.lastStream);
    }
    this.lastStream = stream;
    this.shared.feed(split, at);
    if (this.own) {
      this.own[stream] ??= new View(this.tables, stream, this.addHidden);
      (this.own[stream] as View).feed(split, at);
    }
  }

  /** Writes out what every view has decided, hiding each run and marking it once per stream. */
  private release(): Released {
    let frontier = this.shared.frontier;
    for (const view of this.own ?? []) if (view) frontier = Math.min(frontier, view.frontier);
    frontier = Math.min(frontier, this.length);
    const out: Released = [];
    while (this.pieces.length && this.written < frontier) {
      const piece = this.pieces[0] as { stream: number; bytes: Buffer; at: number };
      const end = piece.at + piece.bytes.length;
      const upTo = Math.min(end, frontier);
      this.releasePiece(piece, this.written, upTo, out);
      this.written = upTo;
      if (upTo === end) this.pieces.shift();
    }
    // Memory only: a range that ends before what is written is never relevant again.
    // Stryker disable next-line all: keeping more ranges changes no output.
    if (this.hidden.length) this.hidden = this.hidden.filter((range) => range.to > this.written);
    return out;
  }

  private releasePiece(piece: { stream: number; bytes: Buffer; at: number }, from: number, to: number, out: Released): void {
    const { stream } = piece;
    const plain = (start: number, end: number) => {
      if (end > start) out.push({ stream, bytes: piece.bytes.subarray(start - piece.at, end - piece.at) });
    };
    let at = from;
    const ranges = this.hidden.filter((r) => (r.stream === undefined || r.stream === stream) && r.to > from && r.from < to);
    ranges.sort((a, b) => a.from - b.from);
    for (const range of ranges) {
      const start = Math.max(range.from, from);
      const cover = this.cover[stream] as number;
      if (start < cover || (range.grows && start === cover)) {
        this.cover[stream] = Math.max(cover, range.to);
        continue;
      }
      plain(Math.max(at, cover), start);
      out.push({ stream, bytes: this.tables.marker });
      this.cover[stream] = range.to;
      at = start;
    }
    plain(Math.max(at, this.cover[stream] as number), to);
  }
}
