import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPERVISE_COMMAND, selfCommand, takeOver, withoutToken } from '../src/cli/handoff.js';
import { execveOf } from '../src/core/delivery/become.js';
import { findProgram } from '../src/core/platform/command.js';

const fakeProcess = (fields: Partial<NodeJS.Process>) => fields as NodeJS.Process;

describe('the hand-off from the process that resolved to the one that runs the command', () => {
  it('leaves out the token, its key segment and every variable that holds either', () => {
    const token = 'skt_abc123_MIGHAgEAkeysegment';
    const env = { SEEKRIT_TOKEN: token, COPY: `x${token}y`, KEY_ONLY: 'MIGHAgEAkeysegment', PATH: '/bin', EMPTY: '' };
    expect(withoutToken(env, token)).toStrictEqual({ PATH: '/bin', EMPTY: '' });
    expect(withoutToken({ SEEKRIT_TOKEN: '', PATH: '/bin' }, '')).toStrictEqual({ PATH: '/bin' });
  });

  it('starts the bundle again through its own loader, and plain Node.js with its own flags', () => {
    const bundle = selfCommand(
      fakeProcess({ execPath: '/opt/s/lib/ld-linux-x86-64.so.2', argv: ['x', '/opt/s/libexec/seekrit-ci.cjs'], execArgv: [] }),
    );
    expect(bundle).toStrictEqual({
      file: '/opt/s/lib/ld-linux-x86-64.so.2',
      args: ['/opt/s/lib/ld-linux-x86-64.so.2', '--library-path', '/opt/s/lib', '/opt/s/libexec/node', '/opt/s/libexec/seekrit-ci.cjs'],
    });
    const node = selfCommand(fakeProcess({ execPath: '/usr/bin/node', argv: ['/usr/bin/node', '/x/cli.js'], execArgv: ['--no-warnings'] }));
    expect(node).toStrictEqual({ file: '/usr/bin/node', args: ['/usr/bin/node', '--no-warnings', '/x/cli.js'] });
  });

  it('takes over only the file run wrote, and removes it and its folder first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seekrit-run-'));
    const file = join(dir, 'supervision.json');
    writeFileSync(file, JSON.stringify({ command: ['true'], env: {}, hide: [] }));
    expect(takeOver(file)).toStrictEqual({ command: ['true'], env: {}, hide: [] });
    expect(() => takeOver(file)).toThrow();
    const other = mkdtempSync(join(tmpdir(), 'seekrit-other-'));
    try {
      mkdirSync(join(other, 'keep'));
      writeFileSync(join(other, 'supervision.json'), '{}');
      expect(() => takeOver(join(other, 'supervision.json'))).toThrow(`${SUPERVISE_COMMAND} is seekrit-ci's own step`);
      expect(() => takeOver(join(other, 'keep', 'x.json'))).toThrow();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('becoming the command (the platform seam)', () => {
  it('uses process.execve where there is one, and never on Windows', () => {
    const execve = () => {
      throw new Error('called');
    };
    expect(execveOf(fakeProcess({ platform: 'linux', execve } as never))).toBeTypeOf('function');
    expect(execveOf(fakeProcess({ platform: 'darwin', execve } as never))).toBeTypeOf('function');
    expect(execveOf(fakeProcess({ platform: 'win32', execve } as never))).toBeUndefined();
    expect(execveOf(fakeProcess({ platform: 'linux' }))).toBeUndefined();
  });

  it('finds an executable on PATH, skipping relative and empty entries, folders and plain files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seekrit-path-'));
    try {
      mkdirSync(join(dir, 'a', 'tool'), { recursive: true });
      mkdirSync(join(dir, 'b'));
      writeFileSync(join(dir, 'b', 'tool'), 'not executable', { mode: 0o644 });
      mkdirSync(join(dir, 'c'));
      writeFileSync(join(dir, 'c', 'tool'), '#!/bin/sh\n', { mode: 0o755 });
      const path = ['', 'relative', join(dir, 'a'), join(dir, 'b'), join(dir, 'c')].join(':');
      expect(findProgram('tool', { PATH: path }, 'linux')).toBe(join(dir, 'c', 'tool'));
      expect(findProgram('missing', { PATH: path }, 'linux')).toBeUndefined();
      expect(findProgram('tool', {}, 'linux')).toBeUndefined();
      expect(findProgram(join(dir, 'c', 'tool'), {}, 'linux')).toBe(join(dir, 'c', 'tool'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
