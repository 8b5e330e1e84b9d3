import { SeekritError } from '../common/errors.js';
import type { Spelling } from '../common/spelling.js';
import { COMMAND_LINE_ROOM, ENVIRONMENT_LIMITS, entrySize, variableKey } from '../platform/environment.js';
import { currentOs, type Os } from '../platform/os.js';
import { checkDeliveredNames, NameList } from '../policy/names.js';
import type { Delivered } from '../selection/select.js';

/** Where a job wants its secrets. Every destination's limits are checked before anything is written. */
export interface Destinations {
  /** Process environment: GITHUB_ENV, the action's run, seekrit-ci run, shell export, the GitLab job. */
  env: boolean;
  githubEnv?: boolean;
  /** Step outputs, beside the action's own outputs. */
  outputs?: { own: readonly string[] };
  /** Delivered names whose values go to a file each (the variable then holds the path). */
  files: ReadonlySet<string>;
  /** Delivered names left unmasked. */
  unmasked: ReadonlySet<string>;
  allowed: readonly string[];
  spelling: Spelling;
  /** The environment later processes start from, beside the secrets (for the total size); default none. */
  baseEnv?: NodeJS.ProcessEnv;
  /** Whose limits apply; default this process's OS. */
  os?: Os;
}

/**
 * The destination policy, the same for every shell: names (names.ts), then each value against the
 * limits of where it goes. A value bound for a per-secret file may hold anything; one bound for an
 * environment variable or an output may not hold NUL, and an environment must fit this OS's
 * limits (platform/environment.ts), per variable and in all. `files` and `unmasked` must name
 * delivered secrets (unless written NAME?).
 */
export function checkDelivery(delivered: readonly Delivered[], to: Destinations): void {
  const names = new Set(delivered.map((d) => d.name));
  for (const [list, set] of [
    ['files', to.files],
    ['unmasked', to.unmasked],
  ] as const) {
    for (const name of set) {
      if (!names.has(name) && !(set instanceof NameList && set.optional.has(name))) {
        throw new SeekritError(
          'INVALID_INPUT',
          `${to.spelling.input(list)} names ${name}, which is not delivered.`,
          `Use names as delivered (after ALIAS=NAME and ${to.spelling.input('prefix')}), check that ${to.spelling.input('secrets')} selects it, or write ${name}? if it may be absent.`,
        );
      }
    }
  }
  checkDeliveredNames(delivered, {
    env: to.env,
    ...(to.githubEnv ? { githubEnv: true } : {}),
    ...(to.outputs ? { outputs: to.outputs.own } : {}),
    allowed: to.allowed,
    spelling: to.spelling,
  });
  if (!to.env && !to.outputs) return;
  const where = to.env ? 'an environment variable' : 'a step output';
  for (const { name, value } of delivered) {
    if (to.files.has(name)) continue;
    if (value.includes('\0')) {
      throw new SeekritError(
        'UNSUPPORTED_VALUE',
        `Secret ${name} contains a NUL byte, which ${where} cannot carry.`,
        `Deliver it as a file with ${to.spelling.example('files', name)}, or remove the NUL in seekrit.`,
      );
    }
  }
  if (to.env) checkEnvironmentSize(delivered, to);
}

/** Refuses, by name, what would keep a later process from starting on this OS (E2BIG, or a variable Windows cuts). */
function checkEnvironmentSize(delivered: readonly Delivered[], to: Destinations): void {
  const os = to.os ?? currentOs();
  const limits = ENVIRONMENT_LIMITS[os];
  const inEnv = delivered.filter((d) => !to.files.has(d.name));
  const asFile = (names: string[]) => to.spelling.example('files', names.join(', '));
  if (limits.entry) {
    const { max, unit, rule } = limits.entry;
    for (const { name, value } of inEnv) {
      // Most values are far below the limit by their length alone: no count of their bytes.
      if ((name.length + value.length) * (unit === 'bytes' ? 3 : 1) + 2 <= max) continue;
      const size = entrySize(name, value, unit);
      if (size > max) {
        throw new SeekritError(
          'VALUE_TOO_LARGE',
          `Secret ${name} takes ${size} ${unit} as an environment variable (with its name), more than ${rule} allows (${max}): later processes could not be started with it.`,
          `Deliver it as a file with ${asFile([name])}, or leave it out of ${to.spelling.input('secrets')}.`,
        );
      }
    }
  }
  if (!limits.total) return;
  const { max, perEntry, rule } = limits.total;
  const budget = max - COMMAND_LINE_ROOM;
  // An upper bound first (UTF-8 takes at most 3 bytes per UTF-16 unit): nearly every job is far
  // inside the budget, and then no byte is counted.
  let most = 0;
  for (const { name, value } of inEnv) most += (name.length + value.length) * 3 + 2 + perEntry;
  for (const [name, value] of Object.entries(to.baseEnv ?? {}))
    if (value !== undefined) most += (name.length + value.length) * 3 + 2 + perEntry;
  if (most <= budget) return;
  const delivering = new Set(inEnv.map((d) => variableKey(d.name, os)));
  let base = 0;
  for (const [name, value] of Object.entries(to.baseEnv ?? {}))
    if (value !== undefined && !delivering.has(variableKey(name, os))) base += entrySize(name, value, 'bytes') + perEntry;
  const sizes = inEnv.map((d) => ({ name: d.name, size: entrySize(d.name, d.value, 'bytes') + perEntry }));
  const secrets = sizes.reduce((sum, s) => sum + s.size, 0);
  if (base + secrets <= budget) return;
  const largest = sizes
    .sort((a, b) => b.size - a.size || (a.name < b.name ? -1 : 1))
    .slice(0, 3)
    .map((s) => s.name);
  throw new SeekritError(
    'VALUE_TOO_LARGE',
    `The ${inEnv.length === 1 ? '1 secret' : `${inEnv.length} secrets`} bound for the environment ${inEnv.length === 1 ? 'takes' : 'take'} ${secrets} bytes; with the job's own ${base} bytes that passes ${rule} (${max} bytes, less ${COMMAND_LINE_ROOM} kept for command lines): every later process would fail to start (E2BIG). The largest: ${largest.join(', ')}.`,
    `Deliver the largest as files with ${asFile(largest)}, or select fewer with ${to.spelling.input('secrets')}.`,
  );
}
