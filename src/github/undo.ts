/**
 * Taking back what the main step wrote, for the post step and for a main step that fails: the
 * per-secret files folder, and the `file:` file, with the original put back where `overwrite`
 * replaced one. Only what is still the very file written is touched.
 */
import { removeWrittenFile, type WrittenFile } from '../core/delivery/files.js';
import { forgetOriginal, isKeptOriginal, type KeptOriginal, restoreOriginal } from '../core/delivery/original.js';
import { currentOs, type Os } from '../core/platform/os.js';
import { describeStuck } from '../core/platform/retry.js';
import type { WrittenState } from './state.js';

export interface UndoLog {
  info(line: string): void;
  warning(line: string): void;
}

const SILENT: UndoLog = { info: () => undefined, warning: () => undefined };

function isWritten(value: unknown): value is WrittenFile {
  const v = value as WrittenFile | undefined;
  return typeof v?.path === 'string' && typeof v.dev === 'number' && typeof v.ino === 'number' && typeof v.ctimeNs === 'string';
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

function remove(file: WrittenFile, what: string, log: UndoLog, os: Os): void {
  let outcome: ReturnType<typeof removeWrittenFile>;
  try {
    outcome = removeWrittenFile(file, os);
  } catch (error) {
    log.warning(`Could not remove ${what} (${describeStuck(code(error), os)}). It still holds secrets: delete ${file.path} yourself.`);
    return;
  }
  if (outcome === 'removed') log.info(`Removed ${what}.`);
  else if (outcome === 'replaced')
    log.warning(`${file.path} is no longer the ${what === file.path ? 'file' : 'folder'} this action wrote; it was left as it is.`);
}

function restore(original: KeptOriginal, file: WrittenFile, log: UndoLog, os: Os): void {
  try {
    if (restoreOriginal(original, file, os) === 'restored') log.info(`Put back the ${file.path} that was there before the job.`);
    else log.warning(`${file.path} is no longer the file this action wrote; it was left as it is (the original was not put back).`);
  } catch (error) {
    log.warning(
      `Could not put back the original ${file.path} (${describeStuck(code(error), os)}). It still holds secrets; ${original.kind === 'file' ? `the original is in ${original.folder}` : `the original was a link to ${original.target}`}.`,
    );
  }
}

/**
 * Removes (or, with keepFile, keeps) what `state` says main wrote. Each thing on its own: one that
 * cannot be removed is named with what is left, and the others are still taken back.
 */
export function undoWritten(state: WrittenState, options: { keepFile: boolean; log?: UndoLog; os?: Os }): void {
  const log = options.log ?? SILENT;
  const os = options.os ?? currentOs();
  const original = isKeptOriginal(state.original) ? state.original : undefined;
  if (isWritten(state.dir)) remove(state.dir, `the per-secret files in ${state.dir.path}`, log, os);
  if (!isWritten(state.file)) {
    if (original) forgetOriginal(original);
    return;
  }
  if (options.keepFile) {
    if (original) forgetOriginal(original);
    log.info(`Kept ${state.file.path} (keep-file: true).`);
  } else if (original) restore(original, state.file, log, os);
  else remove(state.file, state.file.path, log, os);
}
