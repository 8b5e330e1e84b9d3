import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { describeError } from '../core/common/errors.js';
import { exitStatusOf, signalsWhileRunning, startCommand } from '../core/platform/command.js';
import { currentOs, type Os } from '../core/platform/os.js';
import { RedactionTables } from '../core/redact/redactor.js';
import { redactTogether } from './redact-stream.js';

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
 * to hide, signals passed on as the OS allows (platform/command.ts); resolves to its exit status
 * (a command killed by a signal is reported as such). The files folder is removed however the
 * command ends.
 */
export async function superviseCommand(
  job: Supervision,
  log: (line: string) => void,
  os: Os = currentOs(),
): Promise<{ code: number; signal?: NodeJS.Signals }> {
  const [command, ...args] = job.command as [string, ...string[]];
  let start: ReturnType<typeof startCommand>;
  try {
    start = startCommand(command, args, job.env, os);
  } catch (error) {
    if (job.filesDir) rmSync(job.filesDir, { recursive: true, force: true });
    log(`error: ${describeError(error)}`);
    return { code: 126 };
  }
  const redact = job.hide.length > 0;
  const child = spawn(start.file, start.args, {
    env: job.env,
    stdio: ['inherit', redact ? 'pipe' : 'inherit', redact ? 'pipe' : 'inherit'],
    ...(start.windowsVerbatimArguments ? { windowsVerbatimArguments: true } : {}),
  });
  const piped: Promise<void>[] = [];
  // Both streams are read together: a value split between them (the log shows it whole) is hidden.
  if (redact && child.stdout && child.stderr)
    piped.push(redactTogether(new RedactionTables(job.hide), [child.stdout, child.stderr], [process.stdout, process.stderr]));

  const signals = signalsWhileRunning(os);
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  const waitThrough = () => undefined;
  for (const signal of signals.forward) process.on(signal, forward);
  for (const signal of signals.waitThrough) process.on(signal, waitThrough);
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
      child.on('close', (code, signal) => resolve(exitStatusOf(code, signal, os, constants.signals)));
    });
    await Promise.all(piped);
    return outcome;
  } finally {
    for (const signal of signals.forward) process.off(signal, forward);
    for (const signal of signals.waitThrough) process.off(signal, waitThrough);
    if (job.filesDir) rmSync(job.filesDir, { recursive: true, force: true });
  }
}
