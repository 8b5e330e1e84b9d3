/**
 * The environment's rules by OS: which names are the same variable, and how large a variable and
 * a whole environment may be for a later process to start at all.
 */
import type { Os } from './os.js';

/** The key two names share when they are one variable: Windows ignores case, POSIX does not. */
export function variableKey(name: string, os: Os): string {
  return os === 'win32' ? name.toUpperCase() : name;
}

/** A variable of `env` under the OS's case rule (a Windows environment may spell it Path). */
export function variableOf(env: Readonly<Record<string, string | undefined>>, name: string, os: Os): string | undefined {
  if (os !== 'win32') return env[name];
  const key = variableKey(name, os);
  for (const [other, value] of Object.entries(env)) if (variableKey(other, os) === key) return value;
  return undefined;
}

export interface EnvironmentLimits {
  /** Largest NAME=value entry (with its terminator), in `unit`; undefined: only the total binds. */
  entry?: { max: number; unit: 'bytes' | 'characters'; rule: string };
  /** Largest whole environment (entries plus what the OS counts per entry); undefined: no limit. */
  total?: { max: number; perEntry: number; rule: string };
}

/**
 * - Linux: execve(2) refuses an entry over MAX_ARG_STRLEN (32 pages) and an argument list plus
 *   environment over ARG_MAX, a quarter of the 8 MiB default stack, each string counted with its
 *   NUL and an 8-byte pointer (fs/exec.c).
 * - macOS: no limit per entry, but ARG_MAX (1 MiB, xnu sys/syslimits.h) for arguments and
 *   environment together, counted the same way.
 * - Windows: a variable is at most 32,767 UTF-16 characters with its name (Microsoft, "Environment
 *   Variables"); the block itself has no limit since Windows Vista.
 */
export const ENVIRONMENT_LIMITS: Readonly<Record<Os, EnvironmentLimits>> = {
  linux: {
    entry: { max: 131_072, unit: 'bytes', rule: "Linux's MAX_ARG_STRLEN" },
    total: { max: 2_097_152, perEntry: 8, rule: "Linux's ARG_MAX" },
  },
  darwin: { total: { max: 1_048_576, perEntry: 8, rule: "macOS's ARG_MAX" } },
  win32: { entry: { max: 32_767, unit: 'characters', rule: "Windows' limit for one variable" } },
};

/**
 * Room left for the command line of a later process: an environment that fills the whole budget
 * would still make every command with arguments fail to start.
 */
export const COMMAND_LINE_ROOM = 131_072;

/** The size of NAME=value as the OS counts it against `entry` (UTF-8 bytes or UTF-16 units, with the terminator). */
export function entrySize(name: string, value: string, unit: 'bytes' | 'characters'): number {
  if (unit === 'characters') return name.length + value.length + 2;
  return Buffer.byteLength(name, 'utf8') + Buffer.byteLength(value, 'utf8') + 2;
}
