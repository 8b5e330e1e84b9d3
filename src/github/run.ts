import type { Delivered } from '../core/select.js';

/**
 * Variables a JavaScript action gets from the runner that a workflow's `run:` step does not:
 * its inputs and state (which can hold the token, or steer what the post step removes) and the
 * runner's service credentials (cache, artifacts, results).
 */
const ACTION_ONLY = /^(INPUT_|STATE_|ACTIONS_RUNTIME_|ACTIONS_CACHE_|ACTIONS_RESULTS_)|^(GITHUB_STATE|SEEKRIT_TOKEN)$/i;

/** The run command's environment: what a `run:` step would have, plus the delivered secrets. */
export function commandEnvironment(env: NodeJS.ProcessEnv, delivered: readonly Delivered[]): Record<string, string> {
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(env)) if (value !== undefined && !ACTION_ONLY.test(key)) entries.push([key, value]);
  for (const d of delivered) entries.push([d.name, d.value]);
  // fromEntries defines own properties, so even a secret named __proto__ is an ordinary variable.
  return Object.fromEntries(entries);
}

/** Runs the `run` command in bash with the secrets added to its environment only. */
export async function runWithSecrets(command: string, delivered: Delivered[], env: NodeJS.ProcessEnv): Promise<number> {
  // Loaded only when a run input is given: most jobs never pay for it.
  const exec = await import('@actions/exec');
  return exec.exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
    env: commandEnvironment(env, delivered),
    ignoreReturnCode: true,
  });
}
