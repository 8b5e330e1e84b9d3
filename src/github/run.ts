import { commandEnvironment } from '../core/delivery/command-environment.js';
import type { Delivered } from '../core/selection/select.js';

/**
 * Variables a JavaScript action gets from the runner that a workflow's `run:` step does not:
 * its inputs and state (which can hold the token, or steer what the post step removes) and the
 * runner's service credentials (cache, artifacts, results).
 */
const ACTION_ONLY = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_CACHE_|ACTIONS_RESULTS_)|^(GITHUB_STATE|SEEKRIT_TOKEN)$/i;

/** Runs the `run` command in bash with what a `run:` step would have, plus the secrets. */
export async function runWithSecrets(command: string, delivered: Delivered[], env: NodeJS.ProcessEnv): Promise<number> {
  // Loaded only when a run input is given: most jobs never pay for it.
  const exec = await import('@actions/exec');
  return exec.exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
    env: commandEnvironment(env, delivered, ACTION_ONLY),
    ignoreReturnCode: true,
  });
}
