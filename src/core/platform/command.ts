/**
 * How a command is found, started and signalled on each OS.
 *
 * POSIX: spawn finds the program on PATH and passes the arguments as they are. Windows: Node.js
 * finds only .exe and .com programs, and refuses to start a .cmd or .bat (npm, npx, yarn and every
 * node_modules/.bin shim are .cmd files) without a shell, because cmd.exe reads their command line.
 * So there the program is looked up with PATHEXT, and a batch file is started through cmd.exe with
 * a command line in which every argument is quoted and every character cmd.exe treats specially is
 * escaped, so no argument can become cmd syntax.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { SeekritError } from '../common/errors.js';
import { variableOf } from './environment.js';
import type { Os } from './os.js';

export type IsProgram = (path: string) => boolean;

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';

/**
 * The program `name` resolves to on the PATH of `env`, or undefined. Only absolute PATH entries
 * count, and never the current folder first (as Windows' own search would): a checkout could
 * plant a program there. On Windows a name without a known extension is tried with each of PATHEXT.
 */
export function findProgram(
  name: string,
  env: Readonly<Record<string, string | undefined>>,
  os: Os,
  isProgram: IsProgram = isExecutableFile,
): string | undefined {
  const path = os === 'win32' ? win32 : posix;
  const extensions =
    os === 'win32'
      ? (variableOf(env, 'PATHEXT', os) || DEFAULT_PATHEXT)
          .split(';')
          .map((ext) => ext.trim().toLowerCase())
          .filter((ext) => /^\.[a-z0-9]+$/.test(ext))
      : [];
  const candidates = (base: string) => {
    if (os !== 'win32') return [base];
    const known = extensions.includes(path.extname(base).toLowerCase());
    return known ? [base] : extensions.map((ext) => `${base}${ext}`);
  };
  if (name.includes('/') || (os === 'win32' && (name.includes('\\') || /^[a-z]:/i.test(name))))
    return candidates(name).find((candidate) => isProgram(candidate));
  for (const dir of (variableOf(env, 'PATH', os) ?? '').split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir)) continue;
    const found = candidates(path.join(dir, name)).find((candidate) => isProgram(candidate));
    if (found) return found;
  }
  return undefined;
}

export interface StartCommand {
  file: string;
  args: string[];
  /** Windows: the args are one command line already, passed as it is. */
  windowsVerbatimArguments?: boolean;
}

/** What cmd.exe treats specially outside quotes; each is escaped with ^ (the quotes too). */
const CMD_SPECIAL = /[()%!^"<>&|]/g;

/**
 * The cmd.exe command line that runs `batch` with `args` as they are. Every argument is put in
 * double quotes (so spaces, `,`, `;` and `=` stay inside it) and every special character is
 * escaped with ^, the quotes included, so cmd.exe never sees syntax in it: no `&`, `|`, `<`, `>`,
 * and no %VAR% (an escaped % makes a variable name no variable has). The batch file then receives
 * each argument quoted, with nothing left to expand. What cmd.exe cannot carry at all is refused:
 * a line break, NUL, or a double quote inside an argument (the batch file's own parse would end
 * the quotes there).
 */
export function batchCommandLine(batch: string, args: readonly string[]): string {
  if (/[%!"\r\n\0]/.test(batch)) {
    throw new SeekritError(
      'INVALID_INPUT',
      `${batch} cannot be started through cmd.exe: its path holds %, ! or a quote.`,
      'Move it, or run the program it starts directly.',
    );
  }
  const quoted = args.map((arg, index) => {
    if (/["\r\n\0]/.test(arg)) {
      throw new SeekritError(
        'INVALID_INPUT',
        `Argument ${index + 1} of ${win32.basename(batch)} holds a double quote or a line break, which a .cmd or .bat program cannot receive safely (cmd.exe reads its command line).`,
        'Run the program behind it directly (for npm: node with npm-cli.js), or pass the value in a file or a variable.',
      );
    }
    // A backslash only needs doubling where it would escape the closing quote.
    const closed = `"${arg.replace(/(\\+)$/, '$1$1')}"`;
    return closed.replace(CMD_SPECIAL, '^$&');
  });
  return [`"${batch}"`, ...quoted].join(' ');
}

/**
 * How to start `command` with `args` on `os`: POSIX as it is; Windows a found .exe directly, a
 * found .cmd or .bat through cmd.exe (/d: no AutoRun commands, /v:off: no !VAR! expansion, /s /c:
 * run the quoted line as it is). A program not found is left to spawn, which reports ENOENT.
 */
export function startCommand(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  os: Os,
  isProgram: IsProgram = isExecutableFile,
): StartCommand {
  if (os !== 'win32') return { file: command, args: [...args] };
  const program = findProgram(command, env, os, isProgram);
  if (!program) return { file: command, args: [...args] };
  if (!/\.(cmd|bat)$/i.test(program)) return { file: program, args: [...args] };
  const cmd = win32.join(variableOf(env, 'SystemRoot', os) || 'C:\\Windows', 'System32', 'cmd.exe');
  return { file: cmd, args: ['/d', '/v:off', '/s', '/c', `"${batchCommandLine(program, args)}"`], windowsVerbatimArguments: true };
}

/**
 * Signals while a command runs. POSIX: SIGINT, SIGTERM and SIGHUP are passed on to the command.
 * Windows has no signals: Ctrl+C and Ctrl+Break reach every process of the console, the command
 * included, so they are only waited through (passing them on would kill the command at once,
 * before it can clean up); a closing console (SIGHUP) ends the command, as Windows would soon.
 */
export function signalsWhileRunning(os: Os): { forward: NodeJS.Signals[]; waitThrough: NodeJS.Signals[] } {
  return os === 'win32'
    ? { forward: ['SIGHUP'], waitThrough: ['SIGINT', 'SIGBREAK'] }
    : { forward: ['SIGINT', 'SIGTERM', 'SIGHUP'], waitThrough: [] };
}

/** A command's exit status as a shell reports it: 128+N for a POSIX signal; Windows has no such convention (1). */
export function exitStatusOf(
  code: number | null,
  signal: NodeJS.Signals | null,
  os: Os,
  signals: Record<string, number>,
): { code: number; signal?: NodeJS.Signals } {
  if (!signal) return { code: code ?? 1 };
  return { code: os === 'win32' ? 1 : 128 + (signals[signal] ?? 0), signal };
}
