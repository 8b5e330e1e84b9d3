import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { commandEnvironment } from '../core/delivery/command-environment.js';
import { deliverFiles } from '../core/delivery/plan.js';
import { describeScope } from '../core/environment/scope.js';
import { RedactionTables, Redactor } from '../core/redact/redactor.js';
import type { RunFlags } from './options.js';
import { RedactStream } from './redact-stream.js';
import { resolveForCli } from './resolve.js';
import { restoreRuntimeVariables } from './runtime-env.js';

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
  const { environment, plan, tokenId } = await resolveForCli(flags, env, log, { env: true });
  const files = deliverFiles(plan.delivered, flags.files);
  const delivered = files.delivered;
  const childEnv = commandEnvironment(restoreRuntimeVariables(env), delivered, /^SEEKRIT_TOKEN$/);
  if (!flags.quiet) {
    log(
      `running ${flags.command[0]} with ${delivered.length} secret${delivered.length === 1 ? '' : 's'} of ${describeScope(environment.scope)} (token ${tokenId})${flags.redact ? ', output redacted' : ''}`,
    );
  }

  const [command, ...args] = flags.command as [string, ...string[]];
  const redact = flags.redact && plan.hide.length > 0;
  const child = spawn(command, args, { env: childEnv, stdio: ['inherit', redact ? 'pipe' : 'inherit', redact ? 'pipe' : 'inherit'] });
  const piped: Promise<void>[] = [];
  if (redact && child.stdout && child.stderr) {
    // One set of tables for both streams: building them is the costly part.
    const tables = new RedactionTables(plan.hide);
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      const stage = new RedactStream(new Redactor(tables));
      from.pipe(stage);
      stage.pipe(to, { end: false });
      piped.push(new Promise((resolve) => stage.on('end', () => resolve())));
    }
  }

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
    if (files.dir) rmSync(files.dir, { recursive: true, force: true });
  }
}
