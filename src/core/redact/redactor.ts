/**
 * The redactor for one stream: replaces every secret value, every non-blank line of a multi-line
 * value and their encoded forms (targets.ts decides which) with a marker, also when a value is
 * split across chunks or printed with terminal colour codes inside it. It works on bytes (UTF-8),
 * makes one pass over each chunk for all secrets, and holds back only bytes that could still
 * begin one. Several streams read together (stdout and stderr): streams.ts.
 */
import { StreamsRedactor } from './streams.js';
import { REDACTED, RedactionTables } from './tables.js';

export { REDACTED, RedactionTables } from './tables.js';

/** The bytes released, as one buffer (without copying when they are one slice). */
function joined(released: Array<{ bytes: Buffer }>): Buffer {
  return released.length === 1 ? (released[0]?.bytes as Buffer) : Buffer.concat(released.map((part) => part.bytes));
}

export class Redactor {
  private readonly streams: StreamsRedactor;

  /** Secret values (their lines and encoded forms are added), or tables already built from them. */
  constructor(source: Iterable<string> | RedactionTables, marker = REDACTED) {
    this.streams = new StreamsRedactor(source instanceof RedactionTables ? source : new RedactionTables(source, marker), 1, marker);
  }

  /** Feeds a chunk; returns what can be written now. */
  push(chunk: Buffer): Buffer {
    return joined(this.streams.push(0, chunk));
  }

  /**
   * Releases held bytes after a pause: all but a tail that could still grow into a secret. With
   * `final` (the stream has ended) it releases everything; hidden bytes are never released.
   */
  flush(final = false): Buffer {
    return joined(this.streams.flush(final));
  }

  /** Bytes currently held back. */
  get held(): number {
    return this.streams.held;
  }
}

/** Redacts a whole string at once (for messages and tests): the values, their lines and encoded forms. */
export function redactText(text: string, values: Iterable<string>): string {
  const redactor = new Redactor(values);
  return Buffer.concat([redactor.push(Buffer.from(text, 'utf8')), redactor.flush(true)]).toString('utf8');
}
