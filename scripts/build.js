// @ts-check
/**
 * `npm run build`: bundles each entrypoint with ncc (as CommonJS) into one folder under dist/ (committed, as every
 * JavaScript action must be). `node scripts/build.js OUT` builds into OUT instead, which the
 * freshness test uses to compare a new build with the committed dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? join(root, 'dist');
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');

/** entry point → folder under dist/ */
export const ENTRIES = {
  cli: 'src/cli/index.ts',
  main: 'src/github/main.ts',
  post: 'src/github/post.ts',
};

rmSync(out, { recursive: true, force: true });
for (const [name, entry] of Object.entries(ENTRIES)) {
  if (!existsSync(join(root, entry))) continue;
  execFileSync(process.execPath, [ncc, 'build', entry, '--out', join(out, name), '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  // src/ is CommonJS (src/package.json), so ncc emits a CommonJS bundle: Node loads it without
  // the ES module loader and a second parse of the wrapper. The root package is "type": "module",
  // so each folder says what its bundle is.
  writeFileSync(join(out, name, 'package.json'), '{ "type": "commonjs" }\n');
}
// The GitLab templates pin the CLI's SHA-256, so they are rendered after a real build.
if (!process.argv[2]) execFileSync(process.execPath, [join(root, 'scripts/templates.js')], { cwd: root, stdio: 'inherit' });
