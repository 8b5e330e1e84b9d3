import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { REDACTED, type RedactionTables } from '../core/redact/redactor.js';
import { type Released, StreamsRedactor } from '../core/redact/streams.js';

/** How long output may sit in the redactor before what is safe is released (interactive progress). */
const FLUSH_AFTER_MS = 25;

/**
 * A stream stage that redacts secrets and releases held bytes after a short pause. Each released
 * piece is passed on as it is: joining them would copy the whole stream once more.
 */
export class RedactStream extends Transform {
  private timer: NodeJS.Timeout | undefined;
  private readonly redactor: StreamsRedactor;

  constructor(tables: RedactionTables) {
    super();
    this.redactor = new StreamsRedactor(tables, 1, REDACTED);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.release(this.redactor.push(0, chunk));
    this.schedule();
    done();
  }

  override _flush(done: TransformCallback): void {
    clearTimeout(this.timer);
    this.release(this.redactor.flush(true));
    done();
  }

  private release(released: Released): void {
    for (const { bytes } of released) this.push(bytes);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.redactor.held === 0) return;
    this.timer = setTimeout(() => this.release(this.redactor.flush()), FLUSH_AFTER_MS);
    this.timer.unref();
  }
}

/**
 * Redacts several sources read together (a command's stdout and stderr, one job log) into their
 * sinks, in the order chunks arrive, so a value split between them is hidden too; held bytes are
 * released after a short pause. A sink that is full pauses every source. Resolves once every
 * source has ended and all is written.
 */
export function redactTogether(
  tables: RedactionTables,
  sources: readonly Readable[],
  sinks: readonly NodeJS.WritableStream[],
): Promise<void> {
  const redactor = new StreamsRedactor(tables, sources.length, REDACTED);
  let timer: NodeJS.Timeout | undefined;
  let open = sources.length;
  const write = (released: Released) => {
    for (const { stream, bytes } of released) {
      const sink = sinks[stream] as NodeJS.WritableStream;
      if (!sink.write(bytes)) {
        for (const source of sources) source.pause();
        sink.once('drain', () => {
          for (const source of sources) source.resume();
        });
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    if (redactor.held === 0) return;
    timer = setTimeout(() => write(redactor.flush()), FLUSH_AFTER_MS);
    timer.unref();
  };
  return new Promise<void>((resolve) => {
    sources.forEach((source, index) => {
      source.on('data', (chunk: Buffer) => {
        write(redactor.push(index, chunk));
        schedule();
      });
      source.on('end', () => {
        open--;
        if (open > 0) return;
        clearTimeout(timer);
        write(redactor.flush(true));
        resolve();
      });
    });
  });
}
