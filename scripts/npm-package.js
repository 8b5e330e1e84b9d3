// @ts-check
/**
 * `npm run pack:cli [-- DIR]`: the publishable `seekrit-ci` npm package, from packages/seekrit-ci
 * (its package.json and README), the project's LICENSE and the bundled dist/cli/index.js (one file,
 * no dependencies), packed with `npm pack` into DIR (default bundle/). Prints the tarball's path.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(process.argv[2] ?? join(root, 'bundle'));
const stage = mkdtempSync(join(tmpdir(), 'seekrit-ci-npm-'));
try {
  copyFileSync(join(root, 'packages/seekrit-ci/package.json'), join(stage, 'package.json'));
  copyFileSync(join(root, 'packages/seekrit-ci/README.md'), join(stage, 'README.md'));
  copyFileSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  copyFileSync(join(root, 'dist/cli/index.js'), join(stage, 'seekrit-ci.cjs'));
  chmodSync(join(stage, 'seekrit-ci.cjs'), 0o755);
  mkdirSync(out, { recursive: true });
  // --ignore-scripts: nothing of the package runs at pack time; the JSON names the tarball.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }),
  );
  console.log(join(out, packed[0].filename));
} finally {
  rmSync(stage, { recursive: true, force: true });
}
