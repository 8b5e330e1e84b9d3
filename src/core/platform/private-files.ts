/**
 * Files only this user can read. POSIX has the mode bits (0600 files, 0700 folders) that the
 * writers pass. Windows ignores them, so there a file or folder gets an ACL before any secret is
 * written into it: inheritance removed (no grant of the parent's reaches it) and full control for
 * the current user alone. New files in a folder made so inherit exactly that.
 */
import { execFileSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { win32 } from 'node:path';
import { SeekritError } from '../common/errors.js';
import { variableOf } from './environment.js';
import type { Os } from './os.js';

/** Runs a program to its end; throws if it cannot start or exits non-zero. */
export type RunProgram = (file: string, args: string[]) => void;

function runQuietly(file: string, args: string[]): void {
  execFileSync(file, args, { stdio: 'pipe', windowsHide: true, timeout: 30_000 });
}

/**
 * icacls from the system folder, not from PATH (a job's PATH can put any program first). SystemRoot
 * is a reserved name, so no secret of an earlier step can have moved it.
 */
export function icaclsPath(env: NodeJS.ProcessEnv = process.env): string {
  return win32.join(variableOf(env, 'SystemRoot', 'win32') || 'C:\\Windows', 'System32', 'icacls.exe');
}

/**
 * The icacls arguments that leave `path` to `user` alone: /inheritance:r drops the inherited
 * entries, /grant:r replaces any explicit ones for the user; (OI)(CI) lets a folder's files and
 * subfolders inherit the grant.
 */
export function icaclsArguments(path: string, kind: 'file' | 'folder', user: string): string[] {
  return [path, '/inheritance:r', '/grant:r', `${user}:${kind === 'folder' ? '(OI)(CI)' : ''}F`, '/q'];
}

/**
 * Makes `path` (just created, still empty) private to the current user. On Windows: the ACL above,
 * for the user this process runs as (from its token, not from USERNAME, which a job can set).
 */
export function restrictToOwner(
  path: string,
  kind: 'file' | 'folder',
  os: Os,
  run: RunProgram = runQuietly,
  user: () => string = () => userInfo().username,
): void {
  if (os !== 'win32') return;
  try {
    run(icaclsPath(), icaclsArguments(path, kind, user()));
  } catch (error) {
    const status = (error as { status?: number }).status;
    throw new SeekritError(
      'OUTPUT_FAILED',
      `Could not make ${path} readable by this user only (icacls ${status === undefined ? `failed: ${(error as NodeJS.ErrnoException).code ?? 'error'}` : `exited with ${status}`}); nothing was written to it.`,
      'Check that the folder is on NTFS and that this user may change its permissions, or write the secrets under RUNNER_TEMP.',
    );
  }
}
