/** The action's post step: removes what main wrote (unless keep-file), also when main failed. */
import { removeWrittenFile, type WrittenFile } from '../core/delivery/files.js';
import * as core from './runner.js';
import { STATE_FILES, STATE_KEEP_FILE, type WrittenState } from './state.js';

function isWritten(value: unknown): value is WrittenFile {
  const v = value as WrittenFile | undefined;
  return typeof v?.path === 'string' && typeof v.dev === 'number' && typeof v.ino === 'number' && typeof v.ctimeNs === 'string';
}

function remove(file: WrittenFile, what: string): void {
  const outcome = removeWrittenFile(file);
  if (outcome === 'removed') core.info(`Removed ${what}.`);
  else if (outcome === 'replaced')
    core.warning(`${file.path} is no longer the ${what === file.path ? 'file' : 'folder'} this action wrote; it was left as it is.`);
}

function cleanup(): void {
  let state: WrittenState;
  try {
    const text = core.getState(STATE_FILES);
    state = text ? (JSON.parse(text) as WrittenState) : {};
  } catch {
    core.warning('Could not read the list of files the main step wrote; nothing was removed.');
    return;
  }
  try {
    if (isWritten(state.dir)) remove(state.dir, `the per-secret files in ${state.dir.path}`);
    if (isWritten(state.file)) {
      if (core.getState(STATE_KEEP_FILE) === 'true') core.info(`Kept ${state.file.path} (keep-file: true).`);
      else remove(state.file, state.file.path);
    }
  } catch (error) {
    core.warning(`Could not remove what the main step wrote (${(error as NodeJS.ErrnoException).code ?? 'error'}); remove it yourself.`);
  }
}

cleanup();
