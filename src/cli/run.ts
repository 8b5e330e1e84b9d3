import { execveOf } from '../core/delivery/become.js';
import { commandEnvironment } from '../core/delivery/command-environment.js';
import { deliverFiles } from '../core/delivery/plan.js';
import { removeWhenGone } from '../core/delivery/sweep.js';
import { describeScope } from '../core/environment/scope.js';
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
): Promise<{ code: number; signal?: NodeJS.Signals }> {
  const { environment, plan, tokenId } = await resolveForCli(flags, env, log, { env: true });
  const files = deliverFiles(plan.delivered, flags.files);
  // This PID supervises the command (execve keeps it): the files go when it does, even by SIGKILL.
  if (files.dir) removeWhenGone(process.pid, [files.dir]);
  const delivered = files.delivered;
  const token = env.SEEKRIT_TOKEN?.trim() ?? '';
  const childEnv = commandEnvironment(withoutToken(restoreRuntimeVariables(env), token), delivered, /^SEEKRIT_TOKEN$/);
  if (!flags.quiet) {
    log(
      `running ${flags.command[0]} with ${delivered.length} secret${delivered.length === 1 ? '' : 's'} of ${describeScope(environment.scope)} (token ${tokenId})${flags.redact ? ', output redacted' : ''}`,
    );
  }
  const job = { command: flags.command, env: childEnv, hide: flags.redact ? plan.hide : [], filesDir: files.dir };
  if (execve) await handOff(job, withoutToken(env, token), execve);
  log(
    `warning: Node.js ${process.version} cannot drop the token before ${flags.command[0]?.slice(0, 100)} starts (that needs process.execve: Node.js 22.15 or later, or the standalone bundle), so the command could read it from this process's environment`,
  );
  return superviseCommand(job, log);
}
