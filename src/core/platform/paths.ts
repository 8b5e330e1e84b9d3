/**
 * Paths a user gives. On Windows, `/tmp/app.env` is not an absolute path: it is relative to the
 * current drive, so it silently lands on the workspace drive (D:\tmp\app.env on GitHub's runners).
 * Such a path is refused there with the path it would have meant; a UNC path (\\server\share) or
 * one with a drive is fine.
 */
import { win32 } from 'node:path';
import { SeekritError } from '../common/errors.js';
import type { Os } from './os.js';

export function checkUserPath(path: string, what: string, os: Os, cwd: string = process.cwd()): void {
  if (os !== 'win32' || !/^[\\/](?![\\/])/.test(path)) return;
  throw new SeekritError(
    'INVALID_INPUT',
    `${what} ${path} has no drive: on Windows it means ${win32.resolve(cwd, path)}, on the current drive.`,
    'Give the path with its drive (C:\\Temp\\app.env) or a relative path (.env).',
  );
}
