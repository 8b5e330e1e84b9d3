import runtime from './runtime-variables.json';

/** Where the launcher keeps a job's runtime variable while seekrit-ci runs without it. */
export const SAVED_PREFIX = 'SEEKRIT_JOB_';

/** The variables the product's own Node.js never starts with (runtime-variables.json says why). */
export const RUNTIME_VARIABLES: readonly string[] = runtime.variables;

/**
 * The job's environment as the user's command should see it: each runtime variable the launcher
 * saved (SEEKRIT_JOB_<NAME>) back under its own name, and the saved copies gone.
 */
export function restoreRuntimeVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const restored: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!name.startsWith(SAVED_PREFIX)) restored[name] = value;
  for (const name of RUNTIME_VARIABLES) {
    const saved = env[`${SAVED_PREFIX}${name}`];
    if (saved !== undefined) restored[name] = saved;
  }
  return restored;
}
