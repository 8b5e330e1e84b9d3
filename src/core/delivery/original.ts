/**
 * `overwrite: true` replaces whatever stands at the path, often a file the repository holds
 * (`config/app.env`). After the job the path must hold what it held before: so the original is
 * kept aside first (a private copy, or a symbolic link's target) and put back in place of the
 * secrets file, atomically, when the secrets file is removed.
 */

import { randomBytes } from 'node:crypto';
import { chmodSync, constants, copyFileSync, lstatSync, mkdtempSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { SeekritError } from '../common/errors.js';
import { currentOs, type Os } from '../platform/os.js';
import { retryFileOperation } from '../platform/retry.js';
import { isStillWritten, type WrittenFile } from './files.js';

/** What stood at `path` before: a regular file (copied to `backup`) or a symbolic link. */
export interface KeptOriginal {
  path: string;
  kind: 'file' | 'link';
  /** The private folder holding the copy (removed once it is back); for a link, empty. */
  folder: string;
  /** Permission bits of the file. */
  mode: number;
  /** Where the link pointed. */
  target?: string;
}

/**
 * Keeps what stands at `path` (nothing: undefined) in a new private folder under `parent`. Only a
 * regular file or a symbolic link can be replaced and put back; anything else is refused before
 * a byte is written.
 */
export function keepOriginal(path: string, parent: string = tmpdir()): KeptOriginal | undefined {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) return { path, kind: 'link', folder: '', mode: 0, target: readlinkSync(path) };
  if (!stat.isFile()) {
    throw new SeekritError(
      'OUTPUT_FAILED',
      `${path} is not a regular file; it was left as it is.`,
      'Choose another path for the secrets file.',
    );
  }
  let folder: string | undefined;
  try {
    folder = mkdtempSync(join(parent, 'seekrit-original-'));
    copyFileSync(path, join(folder, 'original'), constants.COPYFILE_EXCL);
    return { path, kind: 'file', folder, mode: stat.mode & 0o7777 };
  } catch (error) {
    if (folder) rmSync(folder, { recursive: true, force: true });
    throw new SeekritError(
      'OUTPUT_FAILED',
      `Could not keep a copy of ${path} before overwriting it (${(error as NodeJS.ErrnoException).code}); it was left as it is.`,
      'Check that the temporary folder (RUNNER_TEMP on GitHub) is writable, or choose another path.',
    );
  }
}

/** Drops the kept copy (the secrets file stays, or the original was never replaced). */
export function forgetOriginal(kept: KeptOriginal): void {
  if (kept.folder) rmSync(kept.folder, { recursive: true, force: true });
}

/**
 * Puts the original back in place of the secrets file, atomically (a temporary beside it, then a
 * rename over it). Only if the path still holds the secrets file, or nothing: a file someone put
 * there since is left alone ('replaced'). The kept copy is removed once that is settled; if the
 * rename still fails (a file Windows will not let go of), it throws and the copy stays in
 * `kept.folder`, so the caller can say where the original is.
 */
export function restoreOriginal(kept: KeptOriginal, written: WrittenFile, os: Os = currentOs()): 'restored' | 'replaced' {
  let present = true;
  try {
    lstatSync(kept.path);
  } catch {
    present = false;
  }
  if (present && !isStillWritten(written)) {
    forgetOriginal(kept);
    return 'replaced';
  }
  const temp = join(dirname(kept.path), `.${basename(kept.path)}.${randomBytes(6).toString('hex')}.original`);
  try {
    if (kept.kind === 'link') symlinkSync(kept.target as string, temp);
    else {
      copyFileSync(join(kept.folder, 'original'), temp, constants.COPYFILE_EXCL);
      chmodSync(temp, kept.mode);
    }
    // Windows: the secrets file may be held open (a scan) for a while; try again until it is let go.
    retryFileOperation(() => renameSync(temp, kept.path), os);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  forgetOriginal(kept);
  return 'restored';
}

/** Whether a value read back from the step state is a KeptOriginal. */
export function isKeptOriginal(value: unknown): value is KeptOriginal {
  const v = value as KeptOriginal | undefined;
  return (
    typeof v?.path === 'string' &&
    (v.kind === 'file' || v.kind === 'link') &&
    typeof v.folder === 'string' &&
    typeof v.mode === 'number' &&
    (v.kind === 'file' ? v.folder !== '' : typeof v.target === 'string')
  );
}
