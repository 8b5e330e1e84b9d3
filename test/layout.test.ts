import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The source layout of src/core/README.md: imports point one way, from the shells down through
 * the core's stages to its primitives, and no module reaches itself through its imports.
 */
const src = fileURLToPath(new URL('../src/', import.meta.url));
/** Core folders in data-flow order: each may import only from itself and the folders before it. */
const CORE_ORDER = ['common', 'platform', 'keys', 'wire', 'environment', 'selection', 'policy', 'delivery', 'redact'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|json)$/.test(entry.name) && entry.name !== 'tsconfig.json' && entry.name !== 'package.json' ? [path] : [];
  });
}

/** Relative imports (static, dynamic and type-only) of one file, as absolute .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import\()\s*(?:\/\*[^*]*\*\/\s*)?'(\.{1,2}\/[^']+)'/g)].map((m) => m[1] as string);
  // TypeScript imports name a module's .js output; data files (.json) by their own name.
  return specs.map((spec) => resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
}

/** Where a file sits: 'github', 'cli', or 'core/<folder>' ('core/' for core's own index). */
function placeOf(file: string): string {
  const [top, second] = relative(src, file).split('/') as [string, string | undefined];
  if (top !== 'core') return top;
  return second?.endsWith('.ts') ? 'core/' : `core/${second}`;
}

const files = sources(src);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('the source layout', () => {
  it('has every core module in one of the stage folders, and each folder in the README', () => {
    const readme = readFileSync(join(src, 'core/README.md'), 'utf8');
    for (const file of files.filter((f) => placeOf(f).startsWith('core/'))) {
      const place = placeOf(file);
      if (place === 'core/') expect(relative(src, file)).toBe('core/index.ts');
      else expect(CORE_ORDER).toContain(place.slice('core/'.length));
    }
    for (const folder of CORE_ORDER) expect(readme, folder).toMatch(new RegExp(`^\\| \`${folder}/\` +\\|`, 'm'));
  });

  it('imports only files that exist', () => {
    for (const [file, targets] of graph) for (const target of targets) expect(graph.has(target), `${file} → ${target}`).toBe(true);
  });

  it('points imports one way: shells → core index → later stages → earlier stages', () => {
    const wrong: string[] = [];
    const rank = (place: string) => (place === 'core/' ? CORE_ORDER.length : CORE_ORDER.indexOf(place.slice('core/'.length)));
    for (const [file, targets] of graph) {
      const from = placeOf(file);
      for (const target of targets) {
        const to = placeOf(target);
        const ok = !from.startsWith('core') ? to.startsWith('core') || to === from : to.startsWith('core') && rank(to) <= rank(from);
        if (!ok) wrong.push(`${relative(src, file)} → ${relative(src, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
