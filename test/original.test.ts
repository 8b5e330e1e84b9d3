/** What overwrite replaces comes back (delivery/original.ts): a file with its mode, a link, nothing; never over a stranger's file. */
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSecretFile } from '../src/core/delivery/files.js';
import { forgetOriginal, isKeptOriginal, keepOriginal, restoreOriginal } from '../src/core/delivery/original.js';

let work: string;
let temp: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'seekrit-original-work-'));
  temp = mkdtempSync(join(tmpdir(), 'seekrit-original-temp-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

describe('keepOriginal and restoreOriginal', () => {
  it('puts a file back with its content and mode, and leaves no copy', () => {
    const path = join(work, 'app.env');
    writeFileSync(path, 'COMMITTED=1\n');
    chmodSync(path, 0o640);
    const kept = keepOriginal(path, temp);
    expect(kept).toMatchObject({ path, kind: 'file', mode: 0o640 });
    expect(isKeptOriginal(kept)).toBe(true);
    const written = writeSecretFile(path, 'SECRET=x\n', { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('SECRET=x\n');
    expect(restoreOriginal(kept as NonNullable<typeof kept>, written)).toBe('restored');
    expect(readFileSync(path, 'utf8')).toBe('COMMITTED=1\n');
    expect(statSync(path).mode & 0o7777).toBe(0o640);
    expect(readdirSync(temp)).toStrictEqual([]);
    expect(readdirSync(work)).toStrictEqual(['app.env']);
  });

  it('puts a symbolic link back as a link, and restores when the secrets file is already gone', () => {
    const path = join(work, '.env');
    symlinkSync('shared/app.env', path);
    const kept = keepOriginal(path, temp);
    expect(kept).toMatchObject({ kind: 'link', target: 'shared/app.env', folder: '' });
    expect(isKeptOriginal(kept)).toBe(true);
    const written = writeSecretFile(path, 'SECRET=x\n', { overwrite: true });
    rmSync(path);
    expect(restoreOriginal(kept as NonNullable<typeof kept>, written)).toBe('restored');
    expect(lstatSync(path).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path)).toBe('shared/app.env');
  });

  it('keeps nothing for a missing path, refuses what is not a file or link, and never restores over a stranger', () => {
    expect(keepOriginal(join(work, 'missing'), temp)).toBeUndefined();
    mkdirSync(join(work, 'folder'));
    expect(() => keepOriginal(join(work, 'folder'), temp)).toThrow(/is not a regular file; it was left as it is/);
    try {
      keepOriginal(join(work, 'folder'), temp);
    } catch (error) {
      expect((error as { hint: string }).hint).toBe('Choose another path for the secrets file.');
    }
    const path = join(work, 'app.env');
    writeFileSync(path, 'ORIGINAL\n');
    const kept = keepOriginal(path, temp) as NonNullable<ReturnType<typeof keepOriginal>>;
    const written = writeSecretFile(path, 'SECRET\n', { overwrite: true });
    rmSync(path);
    writeFileSync(path, 'SOMEONE ELSE\n');
    expect(restoreOriginal(kept, written)).toBe('replaced');
    expect(readFileSync(path, 'utf8')).toBe('SOMEONE ELSE\n');
    expect(existsSync(kept.folder)).toBe(false);
  });

  it('fails closed when the copy cannot be made, leaving the original and no folder', () => {
    const path = join(work, 'app.env');
    writeFileSync(path, 'ORIGINAL\n');
    expect(() => keepOriginal(path, join(temp, 'missing', 'deeper'))).toThrow(
      /Could not keep a copy of .*app\.env before overwriting it \(ENOENT\)/,
    );
    expect(readFileSync(path, 'utf8')).toBe('ORIGINAL\n');
    try {
      keepOriginal(path, join(temp, 'missing'));
    } catch (error) {
      expect((error as { hint: string }).hint).toContain('RUNNER_TEMP on GitHub');
    }
    const kept = keepOriginal(path, temp) as NonNullable<ReturnType<typeof keepOriginal>>;
    expect(readdirSync(temp)).toStrictEqual([kept.folder.split('/').at(-1)]);
    expect(kept.folder.split('/').at(-1)).toMatch(/^seekrit-original-/);
    forgetOriginal(kept);
    expect(readdirSync(temp)).toStrictEqual([]);
    expect(readFileSync(path, 'utf8')).toBe('ORIGINAL\n');
  });

  it('recognises only well-formed state', () => {
    for (const bad of [
      undefined,
      null,
      'x',
      {},
      { path: 'a', kind: 'dir', folder: 'f', mode: 0 },
      { path: 'a', kind: 'file', folder: '', mode: 0 },
      { path: 'a', kind: 'link', folder: '', mode: 0 },
      { path: 'a', kind: 'file', folder: 'f', mode: '0' },
      { path: 1, kind: 'file', folder: 'f', mode: 0 },
    ])
      expect(isKeptOriginal(bad), JSON.stringify(bad)).toBe(false);
    expect(isKeptOriginal({ path: 'a', kind: 'file', folder: 'f', mode: 0o600 })).toBe(true);
    expect(isKeptOriginal({ path: 'a', kind: 'link', folder: '', mode: 0, target: 't' })).toBe(true);
  });
});
