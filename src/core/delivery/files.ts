import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { SeekritError } from '../common/errors.js';

/**
 * What identifies a file this product wrote, so cleanup never removes a stranger's file: its
 * path, inode and change time in nanoseconds (an inode number is reused as soon as a file is
 * deleted, so a file put in its place can have the same one).
 */
export interface WrittenFile {
  path: string;
  dev: number;
  ino: number;
  ctimeNs: string;
}

/** The identity of whatever is at `path` now. */
export function identify(path: string): WrittenFile {
  const stat = lstatSync(path, { bigint: true });
  return { path, dev: Number(stat.dev), ino: Number(stat.ino), ctimeNs: String(stat.ctimeNs) };
}

/** True when `path` still holds the very file (or folder) that was written. */
export function isStillWritten(file: WrittenFile): boolean {
  try {
    const now = identify(file.path);
    return now.dev === file.dev && now.ino === file.ino && now.ctimeNs === file.ctimeNs;
  } catch {
    return false;
  }
}

/** Everything that can fail in writeSecretFile is a file system call, whose error has a code. */
function failed(path: string, error: unknown, hint: string): SeekritError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') {
    return new SeekritError('OUTPUT_FAILED', `${path} already exists; it was left as it is.`, hint);
  }
  return new SeekritError(
    'OUTPUT_FAILED',
    `Could not write the secrets file ${path} (${code}).`,
    'Check that its folder is writable and that the path is not a folder.',
  );
}

/**
 * Writes a secrets file atomically with mode 0600: a temporary file in the same folder (created
 * exclusively, so never through a planted link), then a rename (`overwrite`) or a hard link that
 * fails if the path exists. The folder is created (0700) if missing. On failure nothing is left.
 */
export function writeSecretFile(path: string, content: string | Buffer, options: { overwrite: boolean; existsHint?: string }): WrittenFile {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    ensureFolder(dirname(path));
    fd = openSync(temp, 'wx', 0o600);
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.overwrite) renameSync(temp, path);
    else {
      linkSync(temp, path);
      rmSync(temp);
    }
    return identify(path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      rmSync(temp);
    } catch {
      // not created (the folder is unusable), or already renamed into place
    }
    throw failed(path, error, options.existsHint ?? 'Choose another path, or allow overwriting it.');
  }
}

/**
 * Creates a missing folder and its missing parents with mode 0700. Written out rather than
 * mkdirSync's recursive option, which loops forever on some special file systems (/proc).
 */
function ensureFolder(path: string): void {
  try {
    mkdirSync(path, { mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    // Any other error would only recur on the retry below.
    if (code !== 'ENOENT') throw error;
    ensureFolder(dirname(path));
    mkdirSync(path, { mode: 0o700 });
  }
}

/** Removes a file (or folder) only if it is still the one that was written. */
export function removeWrittenFile(file: WrittenFile): 'removed' | 'gone' | 'replaced' {
  try {
    lstatSync(file.path);
  } catch {
    return 'gone';
  }
  if (!isStillWritten(file)) return 'replaced';
  rmSync(file.path, { recursive: true });
  return 'removed';
}

/**
 * One file per secret (what GitLab calls a File variable): each value, exact bytes, in its own
 * 0600 file named after the delivered name, inside a new private (0700) folder under `parent`.
 * All or nothing: on any failure the folder is removed. Returns the folder and name → path.
 */
export function writeFilePerSecret(
  entries: ReadonlyArray<{ name: string; value: string }>,
  parent: string = tmpdir(),
): { dir: string; paths: Map<string, string> } {
  let dir: string;
  try {
    dir = mkdtempSync(join(parent, 'seekrit-files-'));
  } catch (error) {
    throw new SeekritError(
      'OUTPUT_FAILED',
      `Could not create a private folder in ${parent} (${(error as NodeJS.ErrnoException).code}).`,
      'Check that the temporary folder (RUNNER_TEMP on GitHub, TMPDIR elsewhere) exists and is writable.',
    );
  }
  const paths = new Map<string, string>();
  try {
    for (const { name, value } of entries) {
      const path = join(dir, name);
      writeSecretFile(path, value, { overwrite: false });
      paths.set(name, path);
    }
  } catch (error) {
    rmSync(dir, { recursive: true });
    throw error;
  }
  return { dir, paths };
}
