import { Transform, type TransformCallback } from 'node:stream';
import type { Redactor } from '../core/redact/redactor.js';

/** How long output may sit in the redactor before what is safe is released (interactive progress). */
const FLUSH_AFTER_MS = 25;

/** A stream stage that redacts secrets and releases held bytes after a short pause. */
export class RedactStream extends Transform {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly redactor: Redactor) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const out = this.redactor.push(chunk);
    if (out.length) this.push(out);
    this.schedule();
    done();
  }

  override _flush(done: TransformCallback): void {
    clearTimeout(this.timer);
    const out = this.redactor.flush(true);
    if (out.length) this.push(out);
    done();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.redactor.held === 0) return;
    this.timer = setTimeout(() => {
      const out = this.redactor.flush();
      if (out.length) this.push(out);
    }, FLUSH_AFTER_MS);
    this.timer.unref();
  }
}
