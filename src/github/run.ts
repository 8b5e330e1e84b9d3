import type { Delivered } from '../core/select.js';

/**
 * Runs the `run` command in bash with the secrets added to its environment only. The action's own
 * INPUT_* variables and SEEKRIT_TOKEN are removed first: they can hold the token.
 */
export async function runWithSecrets(command: string, delivered: Delivered[], env: NodeJS.ProcessEnv): Promise<number> {
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !key.toUpperCase().startsWith('INPUT_') && key !== 'SEEKRIT_TOKEN') childEnv[key] = value;
  }
  for (const d of delivered) childEnv[d.name] = d.value;
  // Loaded only when a run input is given: most jobs never pay for it.
  const exec = await import('@actions/exec');
  return exec.exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], { env: childEnv, ignoreReturnCode: true });
}
