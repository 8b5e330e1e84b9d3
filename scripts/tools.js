// @ts-check
/**
 * Installs the pinned tools that live apart from the root package, each under tools/<name> with
 * its own lock file, when missing or when the lock file changed:
 * - gitlab-ci-local and the Node 22 it needs (before `npm test`; the default),
 * - node24, the action's runtime on GitHub (before `npm run bench`: `node scripts/tools.js node24`).
 * Outside CI a failed install only warns (the GitLab test then says what is missing and skips).
 * In CI it fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const name = process.argv[2] ?? 'gitlab-ci-local';
const dir = fileURLToPath(new URL(`../tools/${name}`, import.meta.url));
const stamp = join(dir, 'node_modules', '.installed-lock');
const lock = readFileSync(join(dir, 'package-lock.json'), 'utf8');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) process.exit(0);
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(stamp, lock);
} catch (error) {
  const message = `could not install tools/${name} (${/** @type {Error} */ (error).message.split('\n')[0]})`;
  if (process.env.CI) {
    console.error(`tools: ${message}`);
    process.exit(1);
  }
  console.warn(`tools: ${message}${name === 'gitlab-ci-local' ? '; the GitLab component test will be skipped' : ''}`);
}
