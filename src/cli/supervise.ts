import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { RedactionTables } from '../core/redact/redactor.js';
import { redactTogether } from './redact-stream.js';

const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Everything the process that runs the command needs, and nothing it must not hold (no token). */
export interface Supervision {
  command: string[];
  /** The command's whole environment. */
  env: Record<string, string>;
  /** What the redactor hides; empty passes output through. */
  hide: string[];
  /** The per-secret files' folder, removed when the command ends. */
  filesDir?: string | undefined;
}

/**
 * Runs the command with its environment, its stdout and stderr redacted when there is anything
 * to hide, signals forwarded; resolves to its exit status (a command killed by a signal is
 * reported as such). The files folder is removed however the command ends.
 */
export async function superviseCommand(job: Supervision, log: (line: string) => void): Promise<{ code: number; signal?: NodeJS.Signals }> {
  const [command, ...args] = job.command as [string, ...string[]];
  const redact = job.hide.length > 0;
  const child = spawn(command, args, { env: job.env, stdio: ['inherit', redact ? 'pipe' : 'inherit', redact ? 'pipe' : 'inherit'] });
  const piped: Promise<void>[] = [];
  // Both streams are read together: a value split between them (the log shows it whole) is hidden.
  if (redact && child.stdout && child.stderr)
    piped.push(redactTogether(new RedactionTables(job.hide), [child.stdout, child.stderr], [process.stdout, process.stderr]));

  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  try {
    const outcome = await new Promise<{ code: number; signal?: NodeJS.Signals }>((resolve) => {
      child.on('error', (error: NodeJS.ErrnoException) => {
        // As a shell reports them: 127 when the command is not found, 126 when it cannot run.
        const notFound = error.code === 'ENOENT';
        log(
          `error: ${notFound ? `command not found: ${command.slice(0, 200)} (check the command after -- and PATH)` : `could not start ${command.slice(0, 200)} (${error.code ?? 'error'})`}`,
        );
        resolve({ code: notFound ? 127 : 126 });
      });
      child.on('close', (code, signal) => resolve(signal ? { code: 128 + (constants.signals[signal] ?? 0), signal } : { code: code ?? 1 }));
    });
    await Promise.all(piped);
    return outcome;
  } finally {
    for (const signal of FORWARDED_SIGNALS) process.off(signal, forward);
    if (job.filesDir) rmSync(job.filesDir, { recursive: true, force: true });
  }
}
