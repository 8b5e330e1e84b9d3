import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));

/**
 * The seekrit-ci under test: the bundled dist/cli/index.js on this Node.js, or, with
 * SEEKRIT_CLI_BUNDLE set to an unpacked standalone bundle's bin/seekrit-ci, that bundle with
 * Node.js hidden from PATH (.ci/run runs the CLI tests both ways).
 */
export const CLI_BUNDLE = process.env.SEEKRIT_CLI_BUNDLE;

/** The command and arguments that start seekrit-ci with `args`. */
export function cliCommand(args: string[]): [string, string[]] {
  return CLI_BUNDLE ? [CLI_BUNDLE, args] : [process.execPath, [CLI, ...args]];
}

let nodeless: string | undefined;
/** This PATH with every node, npm and npx left out (a folder of links to everything else). */
export function pathWithoutNode(path = process.env.PATH ?? '/usr/bin:/bin'): string {
  if (nodeless) return nodeless;
  const dir = join(tmpdir(), `seekrit-nodeless-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  for (const from of path.split(delimiter)) {
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from)) {
      if (/^(node|nodejs|npm|npx|corepack)$/.test(name) || existsSync(join(dir, name))) continue;
      symlinkSync(join(from, name), join(dir, name));
    }
  }
  nodeless = dir;
  return dir;
}

// A test file that made the node-less PATH removes it when it ends (a worker may not see 'exit').
afterAll(() => {
  if (nodeless) rmSync(nodeless, { recursive: true, force: true });
  nodeless = undefined;
});

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Environment for child processes: the test's PATH and HOME only, nothing inherited by accident. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const path = CLI_BUNDLE ? pathWithoutNode() : (process.env.PATH ?? '/usr/bin:/bin');
  const env: Record<string, string> = { PATH: path, HOME: process.env.HOME ?? '/tmp' };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/** Runs the bundled seekrit-ci as a CI job would. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string; input?: string } = {},
): Promise<ProcessResult> {
  const [command, commandArgs] = cliCommand(args);
  return runProcess(command, commandArgs, env, options);
}

export function runProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  options: { cwd?: string; input?: string } = {},
): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, durationMs: Date.now() - started }));
    // A child that exits without reading its input closes the pipe first: that is not an error.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.stdin.end(options.input ?? '');
  });
}
