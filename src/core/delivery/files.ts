import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { SeekritError } from '../common/errors.js';
import { perSecretFileName } from '../platform/file-names.js';
import { currentOs, type Os } from '../platform/os.js';
import { restrictToOwner } from '../platform/private-files.js';
import { retryFileOperation } from '../platform/retry.js';

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

export interface WriteOptions {
  overwrite: boolean;
  existsHint?: string;
  os?: Os;
  /** The folder is private already (its ACL is inherited): no ACL of the file's own. */
  inPrivateFolder?: boolean;
}

/**
 * Writes a secrets file atomically, readable by this user only (mode 0600; on Windows an ACL set
 * while the file is still empty): a temporary file in the same folder (created exclusively, so
 * never through a planted link), then a rename (`overwrite`) or a hard link that fails if the path
 * exists. The folder is created (0700) if missing. On failure nothing is left.
 */
export function writeSecretFile(path: string, content: string | Buffer, options: WriteOptions): WrittenFile {
  const os = options.os ?? currentOs();
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    ensureFolder(dirname(path));
    fd = openSync(temp, 'wx', 0o600);
    if (os === 'win32' && !options.inPrivateFolder) {
      closeSync(fd);
      fd = undefined;
      restrictToOwner(temp, 'file', os);
      fd = openSync(temp, 'r+');
    }
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // Windows: a file being scanned or read-only cannot be replaced until it is let go, or writable.
    if (options.overwrite) retryFileOperation(() => renameSync(temp, path), os, { beforeRetry: () => makeWritable(path) });
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
    if (error instanceof SeekritError) throw error;
    throw failed(path, error, options.existsHint ?? 'Choose another path, or allow overwriting it.');
  }
}

/** Clears a read-only attribute (Windows keeps only that of a mode); gone or unchangeable is for the retry to find. */
function makeWritable(path: string): void {
  try {
    chmodSync(path, 0o600);
  } catch {
    // the retry reports what still fails
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

/**
 * Removes a file (or folder) only if it is still the one that was written. On Windows a file
 * another program holds open is tried again for a bounded time (platform/retry.ts); what still
 * fails throws, with its code.
 */
export function removeWrittenFile(file: WrittenFile, os: Os = currentOs()): 'removed' | 'gone' | 'replaced' {
  try {
    lstatSync(file.path);
  } catch {
    return 'gone';
  }
  if (!isStillWritten(file)) return 'replaced';
  retryFileOperation(() => rmSync(file.path, { recursive: true, force: true }), os, { beforeRetry: () => makeWritable(file.path) });
  return 'removed';
}

/**
 * One file per secret (what GitLab calls a File variable): each value, exact bytes, in its own
 * 0600 file named after the delivered name (platform/file-names.ts: never a Windows device name),
 * inside a new folder under `parent` that only this user can enter (0700, or on Windows an ACL
 * set before any file is written, which the files inherit). All or nothing: on any failure the
 * folder is removed. Returns the folder and name → path.
 */
export function writeFilePerSecret(
  entries: ReadonlyArray<{ name: string; value: string }>,
  parent: string = tmpdir(),
  os: Os = currentOs(),
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
    restrictToOwner(dir, 'folder', os);
    for (const { name, value } of entries) {
      const path = join(dir, perSecretFileName(name));
      writeSecretFile(path, value, { overwrite: false, os, inPrivateFolder: true });
      paths.set(name, path);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, paths };
}
