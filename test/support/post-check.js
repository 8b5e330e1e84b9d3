// @ts-check
/**
 * CI's per-OS check of the post step, run as a runner runs the action: dist/main with INPUT_* and
 * the file-command files, then dist/post with the STATE_* main saved; then the file output and
 * the per-secret folder must be gone. Needs SEEKRIT_TOKEN and SEEKRIT_API_URL (the emulator's).
 * Usage: node test/support/post-check.js
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = (/** @type {string} */ entry) => fileURLToPath(new URL(`../../dist/${entry}/index.js`, import.meta.url));
const temp = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'post-check-'));
const fail = (/** @type {string} */ why) => {
  console.error(`post-check: ${why}`);
  process.exit(1);
};
try {
  const commandFiles = { GITHUB_ENV: join(temp, 'env'), GITHUB_OUTPUT: join(temp, 'output'), GITHUB_STATE: join(temp, 'state') };
  for (const path of Object.values(commandFiles)) writeFileSync(path, '');
  /** @type {NodeJS.ProcessEnv} */
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(INPUT|STATE)_/i.test(name)));
  Object.assign(env, commandFiles, {
    RUNNER_TEMP: temp,
    INPUT_TOKEN: process.env.SEEKRIT_TOKEN ?? '',
    INPUT_SECRETS: 'TLS_KEY\nCON\nDATABASE_URL',
    INPUT_FILES: 'TLS_KEY, CON',
    INPUT_FILE: join(temp, 'app.env'),
    'INPUT_EXPORT-ENV': 'false',
  });
  const main = spawnSync(process.execPath, [dist('main')], { env, encoding: 'utf8' });
  if (main.status !== 0)
    fail(
      `main failed (${main.status}): ${main.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')}`,
    );
  // The runner's GITHUB_STATE: NAME<<DELIMITER, the value, DELIMITER.
  const state = /** @type {Record<string, string>} */ ({});
  const lines = readFileSync(commandFiles.GITHUB_STATE, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!head) continue;
    const end = lines.indexOf(head[2] ?? '', i + 1);
    state[`STATE_${head[1]}`] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  const written = JSON.parse(state.STATE_files ?? '{}');
  const paths = [written.file?.path, written.dir?.path];
  if (!paths.every((path) => typeof path === 'string' && existsSync(path)))
    fail(`main did not write both the file and the folder: ${JSON.stringify(paths)}`);
  const post = spawnSync(process.execPath, [dist('post')], {
    env: { ...env, ...state },
    encoding: 'utf8',
  });
  if (post.status !== 0) fail(`post failed (${post.status}): ${post.stdout}`);
  const left = paths.filter((path) => existsSync(path));
  if (left.length) fail(`the post step left ${left.join(', ')}:\n${post.stdout}`);
  console.log(`post-check: on ${process.platform} the post step removed the file and the per-secret folder`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
