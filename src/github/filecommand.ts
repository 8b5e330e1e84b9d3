import { randomUUID } from 'node:crypto';
import { appendFileSync, statSync, truncateSync } from 'node:fs';
import { EOL } from 'node:os';
import { SeekritError } from '../core/common/errors.js';
import type { NamedValue } from '../core/delivery/formats.js';

/**
 * GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE entries in the heredoc form the toolkit writes:
 * `NAME<<ghadelimiter_<uuid>`, the value, the delimiter. The runner reads the value raw up to the
 * delimiter line, so any text survives as long as it does not contain the delimiter. One random
 * delimiter serves the whole batch (checked against every value), which keeps 10,000 entries
 * from carrying 10,000 UUIDs.
 */
export function encodeFileCommand(entries: readonly NamedValue[]): string {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (entries.some(({ value }) => value.includes(delimiter))) delimiter = `ghadelimiter_${randomUUID()}`;
  let out = '';
  for (const { name, value } of entries) out += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  return out;
}

/**
 * Appends to several file-command files as one unit: if any append fails, the ones already done
 * are truncated back to their previous length, so the runner sees all of the entries or none.
 */
export function appendAllOrNothing(appends: Array<{ path: string; content: string; what: string }>): void {
  const sizes = appends.map(({ path }) => {
    try {
      return statSync(path).size;
    } catch {
      return undefined; // the runner creates these files; a missing one is created by the append
    }
  });
  let index = 0;
  try {
    for (; index < appends.length; index++) {
      const { path, content } = appends[index] as { path: string; content: string };
      if (content !== '') appendFileSync(path, content, { encoding: 'utf8' });
    }
  } catch (error) {
    for (let i = 0; i <= index && i < appends.length; i++) {
      const size = sizes[i];
      try {
        if (size !== undefined) truncateSync((appends[i] as { path: string }).path, size);
      } catch {
        // best effort: the step fails either way, and the runner discards a failed step's file commands
      }
    }
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new SeekritError(
      'OUTPUT_FAILED',
      `Could not write ${appends[index]?.what ?? 'a file command'} (${code}); nothing was delivered.`,
      "Re-run the job; if it persists, check the runner's disk space.",
    );
  }
}
