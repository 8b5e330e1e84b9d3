/** The action's post step: removes what main wrote (unless keep-file), puts back what it replaced, also when main failed. */
import * as core from './runner.js';
import { STATE_FILES, STATE_KEEP_FILE, type WrittenState } from './state.js';
import { undoWritten } from './undo.js';

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
    undoWritten(state, { keepFile: core.getState(STATE_KEEP_FILE) === 'true', log: core });
  } catch (error) {
    core.warning(`Could not remove what the main step wrote (${(error as NodeJS.ErrnoException).code ?? 'error'}); remove it yourself.`);
  }
}

cleanup();
