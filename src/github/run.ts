import { become, type Execve, execveOf, findOnPath } from '../core/delivery/become.js';
import { commandEnvironment } from '../core/delivery/command-environment.js';
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
  execve: Execve | undefined = execveOf(),
): Promise<number> {
  const childEnv = commandEnvironment(env, delivered, ACTION_ONLY);
  const args = ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command];
  const bash = execve ? findOnPath('bash', childEnv.PATH) : undefined;
  if (execve && bash) await become(execve, bash, ['bash', ...args], childEnv);
  // Loaded only when a run input is given: most jobs never pay for it.
  const exec = await import('@actions/exec');
  return exec.exec('bash', args, { env: childEnv, ignoreReturnCode: true });
}
