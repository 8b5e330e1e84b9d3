import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { Transform, type TransformCallback } from 'node:stream';
import { SeekritError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { describeScope } from '../core/scope.js';
import type { RunFlags } from './options.js';
import { resolveForCli } from './resolve.js';

/** How long output may sit in the redactor before what is safe is released (interactive progress). */
const FLUSH_AFTER_MS = 25;

/** A stream stage that redacts secrets and releases held bytes after a short pause. */
class RedactStream extends Transform {
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

const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * `seekrit-ci run -- CMD`: resolves first (CMD never starts on failure), then runs CMD with the
 * secrets added to its environment only (SEEKRIT_TOKEN removed), its output redacted unless
 * --no-redact. Resolves to the exit status to use; a child killed by a signal is reported as such.
 */
export async function runCommand(
  flags: RunFlags,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<{ code: number; signal?: NodeJS.Signals }> {
  const { environment, delivered, tokenId } = await resolveForCli(flags, env, log);
  const childEnv: NodeJS.ProcessEnv = { ...env };
  delete childEnv.SEEKRIT_TOKEN;
  for (const d of delivered) childEnv[d.name] = d.value;
  if (!flags.quiet) {
    log(
      `running ${flags.command[0]} with ${delivered.length} secret${delivered.length === 1 ? '' : 's'} of ${describeScope(environment.scope)} (token ${tokenId})${flags.redact ? ', output redacted' : ''}`,
    );
  }

  const [command, ...args] = flags.command as [string, ...string[]];
  const redact = flags.redact && delivered.length > 0;
  const child = spawn(command, args, { env: childEnv, stdio: ['inherit', redact ? 'pipe' : 'inherit', redact ? 'pipe' : 'inherit'] });
  const values = delivered.map((d) => d.value);
  const piped: Promise<void>[] = [];
  if (redact && child.stdout && child.stderr) {
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      const stage = new RedactStream(new Redactor(values));
      from.pipe(stage);
      stage.pipe(to, { end: false });
      piped.push(new Promise((resolve) => stage.on('end', () => resolve())));
    }
  }

  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  try {
    const outcome = await new Promise<{ code: number; signal?: NodeJS.Signals }>((resolve, reject) => {
      child.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT')
          reject(new SeekritError('INVALID_INPUT', `Command not found: ${command}.`, 'Check the command after -- and that it is on PATH.'));
        else
          reject(
            new SeekritError('INVALID_INPUT', `Could not start ${command} (${error.code ?? 'error'}).`, 'Check the command after --.'),
          );
      });
      child.on('close', (code, signal) => resolve(signal ? { code: 128 + (constants.signals[signal] ?? 0), signal } : { code: code ?? 1 }));
    });
    await Promise.all(piped);
    return outcome;
  } finally {
    for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
  }
}
