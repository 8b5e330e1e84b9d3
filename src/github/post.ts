/** The action's post step: removes the file main wrote (unless keep-file), also when main failed. */
import { rmSync } from 'node:fs';
import * as core from './runner.js';
import { STATE_FILES, STATE_KEEP_FILE } from './state.js';

function cleanup(): void {
  let files: string[] = [];
  try {
    const state = core.getState(STATE_FILES);
    files = state ? (JSON.parse(state) as string[]) : [];
  } catch {
    core.warning('Could not read the list of files the main step wrote; nothing was removed.');
    return;
  }
  if (core.getState(STATE_KEEP_FILE) === 'true') {
    for (const file of files) core.info(`Kept ${file} (keep-file: true).`);
    return;
  }
  for (const file of files) {
    try {
      rmSync(file, { force: true });
      core.info(`Removed ${file}.`);
    } catch (error) {
      core.warning(`Could not remove ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}); remove it yourself.`);
    }
  }
}

cleanup();
