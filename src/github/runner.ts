/**
 * The GitHub runner's step protocol, as much of it as the action speaks: inputs from INPUT_*,
 * workflow commands on stdout, state through GITHUB_STATE. Written here rather than imported from
 * @actions/core because loading @actions/core also loads @actions/http-client and undici, which
 * measured about twice a bare Node start-up on every run (bench/RESULTS.md); the protocol itself
 * is a few lines (see RUNNERS.md), and the runner model in test/support checks it.
 */
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { flushed } from '../core/delivery/become.js';
import { encodeFileCommand } from './filecommand.js';

/** The runner decodes only %25, %0D and %0A in command data (as @actions/core escapes it). */
export function escapeCommandData(text: string): string {
  // One scan for the common case (every value is masked with one of these): nothing to escape.
  if (!/[%\r\n]/.test(text)) return text;
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** An input as the runner passes it: INPUT_<NAME> (spaces to _, upper case), trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A plain log line. */
export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeCommandData(message)}${EOL}`);
}

export function debug(message: string): void {
  command('debug', message);
}

export function notice(message: string): void {
  command('notice', message);
}

export function warning(message: string): void {
  command('warning', message);
}

/** Logs an error annotation and marks the step failed (exit code 1 unless set otherwise later). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  command('error', message);
}

/** Saves state for the post step (STATE_<name> there), all entries in one append. */
export function saveState(state: Record<string, string>, env: NodeJS.ProcessEnv = process.env): void {
  if (!env.GITHUB_STATE) throw new Error('GITHUB_STATE is not set: run this as a GitHub Actions step');
  appendFileSync(env.GITHUB_STATE, encodeFileCommand(Object.entries(state).map(([name, value]) => ({ name, value }))), 'utf8');
}

export function getState(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[`STATE_${name}`] ?? '';
}

/**
 * Ends the step once everything it printed has reached the runner. Left to end by itself, Node.js
 * first frees the heap and every native handle one by one (each secret's decipher among them):
 * measured ~14 ms of a 10,000-secret run on Node.js 24. Exiting is safe only after the writes
 * are flushed: stdout is asynchronous for a pipe on macOS, and the runner must read every
 * ::add-mask:: line. The exit code is process.exitCode, as setFailed left it.
 */
export function exitWhenFlushed(
  streams: readonly NodeJS.WritableStream[] = [process.stdout, process.stderr],
  exit: () => void = () => process.exit(),
): void {
  void flushed(streams).then(exit);
}
