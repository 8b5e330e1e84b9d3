/**
 * Taking back what the main step wrote, for the post step and for a main step that fails: the
 * per-secret files folder, and the `file:` file, with the original put back where `overwrite`
 * replaced one. Only what is still the very file written is touched.
 */
import { removeWrittenFile, type WrittenFile } from '../core/delivery/files.js';
import { forgetOriginal, isKeptOriginal, restoreOriginal } from '../core/delivery/original.js';
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

function remove(file: WrittenFile, what: string, log: UndoLog): void {
  const outcome = removeWrittenFile(file);
  if (outcome === 'removed') log.info(`Removed ${what}.`);
  else if (outcome === 'replaced')
    log.warning(`${file.path} is no longer the ${what === file.path ? 'file' : 'folder'} this action wrote; it was left as it is.`);
}

/** Removes (or, with keepFile, keeps) what `state` says main wrote. */
export function undoWritten(state: WrittenState, options: { keepFile: boolean; log?: UndoLog }): void {
  const log = options.log ?? SILENT;
  const original = isKeptOriginal(state.original) ? state.original : undefined;
  if (isWritten(state.dir)) remove(state.dir, `the per-secret files in ${state.dir.path}`, log);
  if (!isWritten(state.file)) {
    if (original) forgetOriginal(original);
    return;
  }
  if (options.keepFile) {
    if (original) forgetOriginal(original);
    log.info(`Kept ${state.file.path} (keep-file: true).`);
  } else if (original) {
    if (restoreOriginal(original, state.file) === 'restored') log.info(`Put back the ${state.file.path} that was there before the job.`);
    else log.warning(`${state.file.path} is no longer the file this action wrote; it was left as it is (the original was not put back).`);
  } else remove(state.file, state.file.path, log);
}
