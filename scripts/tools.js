// @ts-check
/**
 * Installs the pinned test tools that live apart from the root package (tools/gitlab-ci-local:
 * gitlab-ci-local and the Node 22 it needs) when they are missing or their lock file changed.
 * Runs before `npm test`. Outside CI a failed install only warns: the GitLab test then says
 * what is missing and skips. In CI it fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../tools/gitlab-ci-local', import.meta.url));
const stamp = join(dir, 'node_modules', '.installed-lock');
const lock = readFileSync(join(dir, 'package-lock.json'), 'utf8');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) process.exit(0);
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(stamp, lock);
} catch (error) {
  const message = `could not install tools/gitlab-ci-local (${/** @type {Error} */ (error).message.split('\n')[0]})`;
  if (process.env.CI) {
    console.error(`tools: ${message}`);
    process.exit(1);
  }
  console.warn(`tools: ${message}; the GitLab component test will be skipped`);
}
