import { execveOf } from '../core/delivery/become.js';
import { commandEnvironment } from '../core/delivery/command-environment.js';
import { deliverFiles } from '../core/delivery/plan.js';
import { removeWhenGone } from '../core/delivery/sweep.js';
import { describeScope } from '../core/environment/scope.js';
import { currentOs, type Os } from '../core/platform/os.js';
import { handOff, withoutToken } from './handoff.js';
import type { RunFlags } from './options.js';
import { resolveForCli } from './resolve.js';
import { restoreRuntimeVariables } from './runtime-env.js';
import { superviseCommand } from './supervise.js';

/**
 * `seekrit-ci run -- CMD`: resolves first (CMD never starts on failure), then runs CMD with the
 * secrets added to its environment only (the token removed), its output redacted unless
 * --no-redact. Where Node.js can execve, this process first becomes a fresh seekrit-ci without
 * the token (handoff.ts), so no process that CMD can read holds it. Resolves to the exit status
 * to use; a child killed by a signal is reported as such.
 */
export async function runCommand(
  flags: RunFlags,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  execve = execveOf(),
  os: Os = currentOs(),
): Promise<{ code: number; signal?: NodeJS.Signals }> {
  const { environment, plan, tokenId } = await resolveForCli(flags, env, log, { env: true });
  const files = deliverFiles(plan.delivered, flags.files);
  // This PID supervises the command (execve keeps it): the files go when it does, even by SIGKILL.
  if (files.dir) removeWhenGone(process.pid, [files.dir]);
  const delivered = files.delivered;
  const token = env.SEEKRIT_TOKEN?.trim() ?? '';
  const childEnv = commandEnvironment(
    withoutToken(restoreRuntimeVariables(env), token),
    delivered,
    /^SEEKRIT_TOKEN$/,
    os,
    (name, existing) => {
      if (!flags.quiet) log(`${name} replaces the job's ${existing} (Windows ignores case in variable names)`);
    },
  );
  if (!flags.quiet) {
    log(
      `running ${flags.command[0]} with ${delivered.length} secret${delivered.length === 1 ? '' : 's'} of ${describeScope(environment.scope)} (token ${tokenId})${flags.redact ? ', output redacted' : ''}`,
    );
  }
  const job = { command: flags.command, env: childEnv, hide: flags.redact ? plan.hide : [], filesDir: files.dir };
  if (execve) await handOff(job, withoutToken(env, token), execve);
  const command = flags.command[0]?.slice(0, 100);
  if (os === 'win32') {
    // Windows keeps a process's environment in its memory, where deleting edits it: what another
    // process reads there no longer holds the token. Its memory still does, until the command ends.
    dropFromOwnEnvironment(token);
    log(
      `warning: on Windows ${command} runs as a child of this process (there is no execve), which holds the token in its memory until the command ends: a process of the same user could read it there`,
    );
  } else {
    log(
      `warning: Node.js ${process.version} cannot drop the token before ${command} starts (that needs process.execve: Node.js 22.15 or later, or the standalone bundle), so the command could read it from this process's environment`,
    );
  }
  return superviseCommand(job, log, os);
}

/** Removes every variable of this process that holds the token or is its own, by the OS's case rule. */
export function dropFromOwnEnvironment(token: string, env: NodeJS.ProcessEnv = process.env): void {
  const kept = withoutToken(env, token, 'win32');
  for (const name of Object.keys(env)) if (!(name in kept)) delete env[name];
}
