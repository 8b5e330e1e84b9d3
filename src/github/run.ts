import { SeekritError } from '../core/common/errors.js';
import { become, type Execve, execveOf } from '../core/delivery/become.js';
import { commandEnvironment } from '../core/delivery/command-environment.js';
import { findProgram, type IsProgram } from '../core/platform/command.js';
import { currentOs, type Os } from '../core/platform/os.js';
import type { Delivered } from '../core/selection/select.js';

/**
 * Variables a JavaScript action gets from the runner that a workflow's `run:` step does not:
 * its inputs and state (which can hold the token, or steer what the post step removes) and the
 * runner's service credentials (cache, artifacts, results).
 */
const ACTION_ONLY = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_CACHE_|ACTIONS_RESULTS_)|^(GITHUB_STATE|SEEKRIT_TOKEN)$/i;

/**
 * Runs the `run` command in bash with what a `run:` step would have, plus the secrets. Where
 * Node.js can execve, this step becomes bash (become.ts): its exit status is the step's, and no
 * process of the action holds the token or the runner's ACTIONS_RUNTIME_TOKEN while the command
 * runs. Elsewhere (Windows, Node.js 20) bash runs as a child.
 */
export async function runWithSecrets(
  command: string,
  delivered: Delivered[],
  env: NodeJS.ProcessEnv,
  options: { execve?: Execve | undefined; os?: Os; isProgram?: IsProgram; log?: (line: string) => void } = {},
): Promise<number> {
  const os = options.os ?? currentOs();
  const execve = 'execve' in options ? options.execve : execveOf();
  const childEnv = commandEnvironment(env, delivered, ACTION_ONLY, os, (name, existing) =>
    options.log?.(`${name} replaces the job's ${existing} for the run command (Windows ignores case in variable names).`),
  );
  const args = ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command];
  const bash = findProgram('bash', childEnv, os, options.isProgram);
  if (!bash) {
    throw new SeekritError(
      'INVALID_INPUT',
      'run needs bash, and there is none on PATH.',
      os === 'win32'
        ? "On Windows, install Git for Windows (GitHub's Windows runners have it) and put its bin folder on PATH, or use export-env and a later step instead of run."
        : 'Install bash in the job image, or use export-env and a later step instead of run.',
    );
  }
  if (execve) await become(execve, bash, ['bash', ...args], childEnv);
  // No execve (Windows, Node.js 20): this process waits for bash. Windows keeps a process's
  // environment in its memory, where deleting edits it, so what another process reads there no
  // longer holds the token or the runner's credentials; the memory itself still does (SECURITY.md).
  for (const name of Object.keys(process.env)) if (ACTION_ONLY.test(name)) delete process.env[name];
  // Loaded only when a run input is given: most jobs never pay for it.
  const exec = await import('@actions/exec');
  return exec.exec(bash, args, { env: childEnv, ignoreReturnCode: true });
}
