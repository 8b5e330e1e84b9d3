import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SeekritError } from './errors.js';

/**
 * Writes a secrets file atomically with mode 0600: a temporary file in the same folder (created
 * exclusively, so never through a planted link), then a rename. On any failure nothing is left.
 */
export function writeSecretFile(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new SeekritError(
      'OUTPUT_FAILED',
      `Could not write the secrets file ${path} (${code}).`,
      'Check that its folder exists and is writable, and that the path is not a folder.',
    );
  }
}
