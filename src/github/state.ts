/** State the main step leaves for the post step (GITHUB_STATE → STATE_<name>). */
export const STATE_FILES = 'files';
export const STATE_KEEP_FILE = 'keep-file';
