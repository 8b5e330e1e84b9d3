import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exitWhenFlushed } from '../src/github/runner.js';

/** A stream that takes `delayMs` to hand each write to the system, like a pipe on macOS. */
function slowStream(delayMs: number, log: string[], name: string): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      setTimeout(() => {
        if (chunk.length) log.push(`${name}: ${chunk.toString()}`);
        done();
      }, delayMs);
    },
  });
}

describe('exitWhenFlushed', () => {
  it('exits only after every earlier write to every stream has been flushed, and exits once', async () => {
    const log: string[] = [];
    const out = slowStream(30, log, 'out');
    const err = slowStream(5, log, 'err');
    out.write('::add-mask::first');
    out.write('::add-mask::second');
    err.write('a warning');
    let exits = 0;
    const exited = new Promise<void>((resolve) => {
      exitWhenFlushed([out, err], () => {
        exits++;
        log.push('exit');
        resolve();
      });
    });
    expect(log).toEqual([]);
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log).toEqual(['err: a warning', 'out: ::add-mask::first', 'out: ::add-mask::second', 'exit']);
    expect(exits).toBe(1);
  });

  it('exits also when a stream can no longer be written (the runner closed the pipe)', async () => {
    const closed = new Writable({ write: (_chunk, _encoding, done) => done() });
    closed.on('error', () => {});
    closed.destroy();
    await new Promise<void>((resolve) => exitWhenFlushed([closed], resolve));
  });
});
