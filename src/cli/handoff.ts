/**
 * Who holds the token: only a process that ends before the user's command starts. Any process of
 * the same user reads another's initial environment (/proc/PID/environ), and `delete
 * process.env.X` does not change it, so `seekrit-ci run` resolves, writes what the command needs
 * to a private file, and becomes (execve, same PID, same parent) a fresh seekrit-ci started
 * without the token, which reads and removes that file before it starts the command.
 */
import { mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { become, type Execve } from '../core/delivery/become.js';
import { variableKey } from '../core/platform/environment.js';
import { currentOs, type Os } from '../core/platform/os.js';
import type { Supervision } from './supervise.js';

/** The hidden command the fresh process runs: `seekrit-ci __supervise FILE`. */
export const SUPERVISE_COMMAND = '__supervise';

/**
 * `env` without the token: its own variable (in any case on Windows, where seekrit_token is the
 * same variable), and any other whose value holds the token or its key segment.
 */
export function withoutToken(env: NodeJS.ProcessEnv, token: string, os: Os = currentOs()): Record<string, string> {
  // skt_<id>_<key>: the key segment alone is the private key.
  const key = token.split('_').slice(2).join('_');
  const holds = (value: string) => (token !== '' && value.includes(token)) || (key !== '' && value.includes(key));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || variableKey(name, os) === 'SEEKRIT_TOKEN' || holds(value)) continue;
    out[name] = value;
  }
  return out;
}

/**
 * How to start this same seekrit-ci again: the bundle's Node.js through its own loader (there,
 * process.execPath is the loader), else this Node.js with its own flags and this script.
 */
export function selfCommand(proc: NodeJS.Process = process): { file: string; args: string[] } {
  const exec = proc.execPath;
  const script = proc.argv[1] as string;
  if (basename(exec).startsWith('ld-linux')) {
    const lib = dirname(exec);
    return { file: exec, args: [exec, '--library-path', lib, join(dirname(lib), 'libexec/node'), script] };
  }
  return { file: exec, args: [exec, ...proc.execArgv, script] };
}

/** Writes the supervision to a private file and becomes the fresh process; never resolves. */
export async function handOff(job: Supervision, env: Record<string, string>, execve: Execve): Promise<never> {
  const dir = mkdtempSync(join(tmpdir(), 'seekrit-run-'));
  const file = join(dir, 'supervision.json');
  try {
    writeFileSync(file, JSON.stringify(job), { mode: 0o600, flag: 'wx' });
    const self = selfCommand();
    return await become(execve, self.file, [...self.args, SUPERVISE_COMMAND, file], env);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Reads the supervision that handOff wrote, and removes it (file and folder) before anything else runs. */
export function takeOver(file: string): Supervision {
  // Only what handOff writes: a hidden command must not remove anything else it is pointed at.
  if (basename(file) !== 'supervision.json' || !basename(dirname(file)).startsWith('seekrit-run-')) {
    throw new Error(`${SUPERVISE_COMMAND} is seekrit-ci's own step; it takes only the file seekrit-ci run writes`);
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Supervision;
  } finally {
    rmSync(file, { force: true });
    rmdirSync(dirname(file));
  }
}
