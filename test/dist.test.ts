import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/core/common/version.js';
import { readTree } from './support/leaks.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('dist/', () => {
  it('equals a fresh build of src/', () => {
    const out = mkdtempSync(join(tmpdir(), 'seekrit-dist-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/build.js'), out], { cwd: root, stdio: 'pipe' });
      const fresh = Object.fromEntries(Object.entries(readTree(out)).map(([path, text]) => [path.slice(out.length), text]));
      const committed = Object.fromEntries(
        Object.entries(readTree(join(root, 'dist'))).map(([path, text]) => [path.slice(join(root, 'dist').length), text]),
      );
      expect(Object.keys(committed).sort(), 'dist/ files differ from a fresh build: run npm run build').toStrictEqual(
        Object.keys(fresh).sort(),
      );
      for (const [path, text] of Object.entries(fresh)) {
        expect(committed[path] === text, `dist${path} is stale: run npm run build and commit dist/`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('reports the version package.json declares', () => {
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version).toBe(VERSION);
  });
});
