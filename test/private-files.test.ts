/**
 * Private files on Windows: the ACL call (icacls, a command line is text) and its place, before any
 * secret is written. child_process is replaced only here, to record the calls: these machines run
 * Linux, where the files are real and icacls is not.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: Array<{ file: string; args: string[]; contentsThen: string[] }> = [];
let failWith: Error | undefined;

vi.mock('node:child_process', async (original) => ({
  ...(await original<typeof import('node:child_process')>()),
  execFileSync: (file: string, args: string[]) => {
    const target = args[0] as string;
    // What the target held at the moment its ACL was set: it must still be empty.
    const contentsThen = statSync(target).isDirectory() ? readdirSync(target) : [readFileSync(target, 'utf8')];
    calls.push({ file, args, contentsThen });
    if (failWith) throw failWith;
    return Buffer.alloc(0);
  },
}));

const { icaclsArguments, icaclsPath, restrictToOwner } = await import('../src/core/platform/private-files.js');
const { writeFilePerSecret, writeSecretFile } = await import('../src/core/delivery/files.js');

let parent: string;
beforeEach(() => {
  calls.length = 0;
  failWith = undefined;
  parent = mkdtempSync(join(tmpdir(), 'seekrit-acl-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('the icacls call', () => {
  it('drops inheritance and grants the current user alone; folders pass the grant to what they hold', () => {
    expect(icaclsArguments('C:\\t\\f', 'file', 'runneradmin')).toStrictEqual([
      'C:\\t\\f',
      '/inheritance:r',
      '/grant:r',
      'runneradmin:F',
      '/q',
    ]);
    expect(icaclsArguments('C:\\t\\d', 'folder', 'runneradmin')).toStrictEqual([
      'C:\\t\\d',
      '/inheritance:r',
      '/grant:r',
      'runneradmin:(OI)(CI)F',
      '/q',
    ]);
  });

  it('runs icacls from the system folder, never from PATH', () => {
    expect(icaclsPath({ SystemRoot: 'C:\\Windows', PATH: 'C:\\evil' })).toBe('C:\\Windows\\System32\\icacls.exe');
    expect(icaclsPath({})).toBe('C:\\Windows\\System32\\icacls.exe');
  });

  it('is not called on Linux or macOS (the modes do it there)', () => {
    restrictToOwner(parent, 'folder', 'linux');
    restrictToOwner(parent, 'folder', 'darwin');
    expect(calls).toStrictEqual([]);
  });

  it('a failure says what could not be made private, and nothing is written', () => {
    failWith = Object.assign(new Error('exit 5'), { status: 5 });
    const path = join(parent, 'app.env');
    expect(() => writeSecretFile(path, 'SECRET=hunter2-value\n', { overwrite: false, os: 'win32' })).toThrow(
      /Could not make .*app\.env\..*\.tmp readable by this user only \(icacls exited with 5\); nothing was written to it\./,
    );
    expect(readdirSync(parent)).toStrictEqual([]);
  });
});

describe('on Windows, every secret file is private before a byte of it is written', () => {
  it('the file output: its ACL is set while it is still empty, then it is filled and put in place', () => {
    const path = join(parent, 'app.env');
    writeSecretFile(path, 'SECRET=hunter2-value\n', { overwrite: false, os: 'win32' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args.slice(1)).toStrictEqual(['/inheritance:r', '/grant:r', expect.stringMatching(/^.+:F$/), '/q']);
    expect(calls[0]?.contentsThen).toStrictEqual(['']);
    expect(readFileSync(path, 'utf8')).toBe('SECRET=hunter2-value\n');
    expect(readdirSync(parent)).toStrictEqual(['app.env']);
  });

  it('per-secret files: one ACL for the new folder, while it is empty, which every file inherits', () => {
    const { dir, paths } = writeFilePerSecret(
      [
        { name: 'A', value: 'alpha-secret-value' },
        { name: 'CON', value: 'device-named-value' },
      ],
      parent,
      'win32',
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0]).toBe(dir);
    expect(calls[0]?.args[3]).toMatch(/:\(OI\)\(CI\)F$/);
    expect(calls[0]?.contentsThen).toStrictEqual([]);
    expect(readdirSync(dir).sort()).toStrictEqual(['A', 'CON-secret']);
    expect(paths.get('CON')).toBe(join(dir, 'CON-secret'));
  });

  it('a folder that cannot be made private is removed, with nothing in it ever written', () => {
    failWith = Object.assign(new Error('spawn'), { code: 'ENOENT' });
    expect(() => writeFilePerSecret([{ name: 'A', value: 'alpha-secret-value' }], parent, 'win32')).toThrow(/icacls failed: ENOENT/);
    expect(readdirSync(parent)).toStrictEqual([]);
    expect(existsSync(join(parent, 'A'))).toBe(false);
  });

  it('on Linux and macOS no call: the modes do it (files.test.ts checks them)', () => {
    writeFilePerSecret([{ name: 'A', value: 'alpha-secret-value' }], parent, 'linux');
    writeSecretFile(join(parent, 'app.env'), 'A=alpha-secret-value\n', { overwrite: false, os: 'darwin' });
    expect(calls).toStrictEqual([]);
  });
});
