/**
 * The platform seam. Every decision that differs by operating system takes an `Os` that defaults
 * to this process's, so the suite runs the Windows and macOS paths on Linux by passing one. The
 * decisions themselves live beside this file, one module each: the environment's case rule and
 * size limits (environment.ts), private files (private-files.ts), file names (file-names.ts),
 * retrying file operations (retry.ts), paths (paths.ts), and how a command is started and
 * signalled (command.ts).
 */
export type Os = 'linux' | 'darwin' | 'win32';

/** Windows and macOS by name; every other system Node.js runs on follows the Linux rules (POSIX). */
export function currentOs(platform: NodeJS.Platform = process.platform): Os {
  return platform === 'win32' || platform === 'darwin' ? platform : 'linux';
}
