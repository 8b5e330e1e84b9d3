/**
 * The files watcher (delivery/sweep.ts): started in a session of its own with nothing of the job's
 * environment, it removes the folders once the process is gone and not before; on Windows it is
 * not started (no POSIX shell), so the caller's own cleanup stays the only one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { removeWhenGone, type Spawner } from '../src/core/delivery/sweep.js';

describe('removeWhenGone', () => {
  it('keeps the folders while the process lives, removes them all once it has ended', async () => {
    const first = mkdtempSync(join(tmpdir(), 'seekrit-sweep-'));
    const second = mkdtempSync(join(tmpdir(), 'seekrit-sweep-'));
    const owner = spawn('sleep', ['1.5']);
    try {
      expect(removeWhenGone(owner.pid as number, [first, second])).toBe(true);
      await sleep(1_000);
      expect(existsSync(first) && existsSync(second)).toBe(true);
      await new Promise((resolve) => owner.on('close', resolve));
      const deadline = Date.now() + 4_000;
      while ((existsSync(first) || existsSync(second)) && Date.now() < deadline) await sleep(100);
      expect([existsSync(first), existsSync(second)]).toStrictEqual([false, false]);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
  });

  it('starts /bin/sh detached, with no stdio and only PATH, the folders as arguments', () => {
    const calls: Array<{ command: string; args: string[]; options: Parameters<Spawner>[2] }> = [];
    const start: Spawner = (command, args, options) => {
      calls.push({ command, args, options });
      return { unref: () => undefined, on: () => undefined };
    };
    expect(removeWhenGone(42, ['/tmp/a b', '/tmp/c'], 'linux', start)).toBe(true);
    expect(removeWhenGone(42, ['/tmp/a'], 'darwin', start)).toBe(true);
    expect(calls).toHaveLength(2);
    const [call] = calls;
    expect(call?.command).toBe('/bin/sh');
    expect(call?.args.slice(2)).toStrictEqual(['seekrit-sweep', '42', '/tmp/a b', '/tmp/c']);
    expect(call?.options).toMatchObject({ detached: true, stdio: 'ignore', env: { PATH: '/usr/bin:/bin' } });
    expect(Object.keys(call?.options.env ?? {})).toStrictEqual(['PATH']);
  });

  it('is not started on Windows, nor with nothing to remove', () => {
    const start: Spawner = () => {
      throw new Error('must not start');
    };
    expect(removeWhenGone(42, ['C:\\temp\\x'], 'win32', start)).toBe(false);
    expect(removeWhenGone(42, [], 'linux', start)).toBe(false);
  });
});
