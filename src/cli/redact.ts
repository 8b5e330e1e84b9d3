import { SeekritError } from '../core/common/errors.js';
import { describeScope } from '../core/environment/scope.js';
import { RedactionTables } from '../core/redact/redactor.js';
import { decodeHideList } from './job.js';
import type { RedactFlags } from './options.js';
import { RedactStream } from './redact-stream.js';
import { resolveForCli } from './resolve.js';

/** After SIGUSR2 (the job shell has exited), stop once input has been quiet this long … */
const DRAIN_QUIET_MS = 100;
/** … or after this long at the most, even if a background process still holds the stream open. */
const DRAIN_MAX_MS = 3_000;

/** Reads stdin up to the first newline; returns that line and what came after it. */
function readFirstLine(input: NodeJS.ReadableStream): Promise<{ line: string; rest: Buffer }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => {
      // The line can be megabytes long: look for its end in each new chunk only.
      const end = chunk.indexOf(10);
      if (end < 0) {
        chunks.push(chunk);
        return;
      }
      input.off('data', onData);
      input.off('end', onEnd);
      input.pause();
      chunks.push(chunk.subarray(0, end));
      resolve({ line: Buffer.concat(chunks).toString('latin1'), rest: chunk.subarray(end + 1) });
    };
    const onEnd = () =>
      reject(new SeekritError('INVALID_INPUT', 'The job stream ended before its hide list.', 'Use the seekrit component unchanged.'));
    input.on('data', onData);
    input.on('end', onEnd);
  });
}

/**
 * `seekrit-ci redact`: stdin to stdout with every secret (values, lines, encoded forms) replaced.
 * Fail closed: the values to hide are known before a single byte is passed through, so if
 * resolving fails nothing is. With --from-job the values come from the component's job shell
 * (the first line of the stream) instead of a second request, and SIGUSR2 says the shell has
 * exited: what is left is drained and the redactor exits even if a background process of the
 * job still holds the stream open.
 */
export async function runRedact(flags: RedactFlags, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<number> {
  const input = process.stdin;
  let values: string[];
  let rest: Buffer = Buffer.alloc(0);
  if (flags.fromJob) {
    const first = await readFirstLine(input);
    values = decodeHideList(first.line);
    rest = first.rest;
  } else {
    const { environment, plan, tokenId } = await resolveForCli(flags, env, log, { env: false });
    values = plan.hide;
    if (!flags.quiet)
      log(`redacting ${values.length} value${values.length === 1 ? '' : 's'} of ${describeScope(environment.scope)} (token ${tokenId})`);
  }
  const stage = new RedactStream(new RedactionTables(values));
  stage.pipe(process.stdout);
  if (rest.length) stage.write(rest);

  return new Promise<number>((resolve) => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      input.unpipe(stage);
      input.destroy();
      stage.end();
    };
    let quiet: NodeJS.Timeout | undefined;
    const drain = () => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, DRAIN_QUIET_MS);
      setTimeout(finish, DRAIN_MAX_MS).unref();
      input.on('data', () => {
        clearTimeout(quiet);
        quiet = setTimeout(finish, DRAIN_QUIET_MS);
      });
    };
    process.on('SIGUSR2', drain);
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, finish);
    input.on('end', finish);
    input.on('error', finish);
    process.stdout.on('error', () => resolve(1));
    stage.on('end', () => {
      clearTimeout(quiet);
      // stdout to a pipe or file is written synchronously on Linux: all of it is out now.
      resolve(0);
    });
    input.pipe(stage, { end: false });
    input.resume();
  });
}
