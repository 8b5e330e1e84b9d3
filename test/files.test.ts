/** Secret files at their edges: every failure message, cleanup after it, and the identity checks of cleanup. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { identify, isStillWritten, removeWrittenFile, writeFilePerSecret, writeSecretFile } from '../src/core/delivery/files.js';
import { failureText } from './support/failure.js';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'seekrit-files-test-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeSecretFile', () => {
  it('an existing path: "already exists", with the caller’s hint or the default one; nothing left behind', () => {
    const dir = folder();
    const path = join(dir, 'app.env');
    writeFileSync(path, 'mine');
    expect(failureText(() => writeSecretFile(path, 'v', { overwrite: false }))).toBe(
      `${path} already exists; it was left as it is. | Choose another path, or allow overwriting it.`,
    );
    expect(failureText(() => writeSecretFile(path, 'v', { overwrite: false, existsHint: 'Set overwrite: true.' }))).toBe(
      `${path} already exists; it was left as it is. | Set overwrite: true.`,
    );
    expect(readdirSync(dir)).toStrictEqual(['app.env']);
  });

  it('a path that is a folder, or under a file: the error code and what to check; nothing left behind', () => {
    const dir = folder();
    mkdirSync(join(dir, 'taken'));
    expect(failureText(() => writeSecretFile(join(dir, 'taken'), 'v', { overwrite: true }))).toBe(
      `Could not write the secrets file ${join(dir, 'taken')} (EISDIR). | Check that its folder is writable and that the path is not a folder.`,
    );
    writeFileSync(join(dir, 'plain'), 'x');
    expect(failureText(() => writeSecretFile(join(dir, 'plain', 'deeper', 'f'), 'v', { overwrite: false }))).toBe(
      `Could not write the secrets file ${join(dir, 'plain', 'deeper', 'f')} (ENOTDIR). | Check that its folder is writable and that the path is not a folder.`,
    );
    expect(readdirSync(dir).sort()).toStrictEqual(['plain', 'taken']);
    expect(readdirSync(join(dir, 'taken'))).toStrictEqual([]);
  });

  it('creates every missing folder 0700', () => {
    const dir = folder();
    writeSecretFile(join(dir, 'a', 'b', 'c', 'f'), 'v', { overwrite: false });
    for (const sub of ['a', 'a/b', 'a/b/c']) expect(statSync(join(dir, sub)).mode & 0o777, sub).toBe(0o700);
    expect(statSync(join(dir, 'a/b/c/f')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'a/b/c'))).toStrictEqual(['f']);
  });
});

describe('writeFilePerSecret', () => {
  it('all or nothing: a name given twice fails on the second file and removes the folder', () => {
    const parent = folder();
    expect(
      failureText(() =>
        writeFilePerSecret(
          [
            { name: 'A', value: 'a' },
            { name: 'A', value: 'again' },
          ],
          parent,
        ),
      ),
    ).toMatch(/^\/.*\/seekrit-files-[^/]+\/A already exists; it was left as it is\. \| Choose another path, or allow overwriting it\.$/);
    expect(readdirSync(parent)).toStrictEqual([]);
  });

  it('a parent that cannot hold the folder says which and what to check', () => {
    const parent = join(folder(), 'missing');
    expect(failureText(() => writeFilePerSecret([{ name: 'A', value: 'a' }], parent))).toBe(
      `Could not create a private folder in ${parent} (ENOENT). | Check that the temporary folder (RUNNER_TEMP on GitHub, TMPDIR elsewhere) exists and is writable.`,
    );
  });
});

describe('cleanup identity', () => {
  it('a file put in the written one’s place, even with its inode, is not the written file', () => {
    const dir = folder();
    const written = writeSecretFile(join(dir, 'f'), 'v', { overwrite: false });
    expect(isStillWritten(written)).toBe(true);
    expect(isStillWritten({ ...written, ino: written.ino + 1 })).toBe(false);
    expect(isStillWritten({ ...written, dev: written.dev + 1 })).toBe(false);
    expect(isStillWritten({ ...written, ctimeNs: `${written.ctimeNs}0` })).toBe(false);
    expect(isStillWritten({ ...written, path: join(dir, 'nothing-here') })).toBe(false);
  });

  it('removes a written folder with what is inside it', () => {
    const { dir } = writeFilePerSecret([{ name: 'A', value: 'a' }], folder());
    const written = identify(dir);
    expect(removeWrittenFile(written)).toBe('removed');
    expect(removeWrittenFile(written)).toBe('gone');
  });
});
