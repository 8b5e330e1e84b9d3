import type { WrittenFile } from '../core/delivery/files.js';
import type { KeptOriginal } from '../core/delivery/original.js';

/** State the main step leaves for the post step (GITHUB_STATE → STATE_<name>). */
export const STATE_FILES = 'files';
export const STATE_KEEP_FILE = 'keep-file';

/** What main wrote, identified by path and inode, so post removes only those very files. */
export interface WrittenState {
  /** The `file:` file (kept when keep-file is true). */
  file?: WrittenFile;
  /** The private folder of per-secret files (always removed). */
  dir?: WrittenFile;
  /** What `file:` replaced (overwrite: true), put back when the file is removed. */
  original?: KeptOriginal;
}
