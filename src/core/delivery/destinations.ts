import { SeekritError } from '../common/errors.js';
import type { Spelling } from '../common/spelling.js';
import { checkDeliveredNames, NameList } from '../policy/names.js';
import type { Delivered } from '../selection/select.js';

/**
 * Linux refuses to start a process with one environment entry (NAME=value and its NUL) longer
 * than MAX_ARG_STRLEN (32 pages): every later step would fail with E2BIG.
 */
export const MAX_ENV_ENTRY_BYTES = 131_072;

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
}

/**
 * The destination policy, the same for every shell: names (names.ts), then each value against the
 * limits of where it goes. A value bound for a per-secret file may hold anything; one bound for an
 * environment variable or an output may not hold NUL, and an environment entry must fit in
 * MAX_ENV_ENTRY_BYTES. `files` and `unmasked` must name delivered secrets (unless written NAME?).
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
    // UTF-8 takes at most 3 bytes per UTF-16 unit: most values need no count of their bytes.
    const mayNotFit = name.length + value.length * 3 + 2 > MAX_ENV_ENTRY_BYTES;
    if (to.env && mayNotFit && name.length + Buffer.byteLength(value, 'utf8') + 2 > MAX_ENV_ENTRY_BYTES) {
      throw new SeekritError(
        'VALUE_TOO_LARGE',
        `Secret ${name} is ${Buffer.byteLength(value, 'utf8')} bytes, more than an environment variable can hold (${MAX_ENV_ENTRY_BYTES} bytes with its name on Linux; every later process would fail to start).`,
        `Deliver it as a file with ${to.spelling.example('files', name)}, or leave it out of ${to.spelling.input('secrets')}.`,
      );
    }
  }
}
