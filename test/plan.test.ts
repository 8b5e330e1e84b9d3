/** The delivery plan, per-secret files and command environments, through their functions (src/). */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION_SPELLING } from '../src/core/common/spelling.js';
import { commandEnvironment } from '../src/core/delivery/command-environment.js';
import { identify, isStillWritten, removeWrittenFile, writeFilePerSecret, writeSecretFile } from '../src/core/delivery/files.js';
import { deliverFiles, describeSkipped, planDelivery } from '../src/core/delivery/plan.js';
import type { Materialized } from '../src/core/environment/materialize.js';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'seekrit-plan-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function environment(
  values: Record<string, string>,
  references: Record<string, string[]> = {},
  unresolvedIn: Record<string, string[]> = {},
): Materialized {
  return {
    scope: { orgId: 'o', orgSlug: 'acme', appId: 'a', appSlug: 'web', envId: 'e', envSlug: 'production' },
    secrets: new Map(Object.entries(values).map(([name, value]) => [name, { name, value, source: 'app web/production' }])),
    unresolved: Object.keys(unresolvedIn),
    references: new Map(Object.entries(references).map(([k, v]) => [k, new Set(v)])),
    unresolvedIn: new Map(Object.entries(unresolvedIn).map(([k, v]) => [k, new Set(v)])),
  };
}
const to = (extra: Partial<Parameters<typeof planDelivery>[2]> = {}) => ({
  env: true,
  files: new Set<string>(),
  unmasked: new Set<string>(),
  allowed: [],
  spelling: ACTION_SPELLING,
  ...extra,
});

describe('planDelivery', () => {
  it('selects, checks and lists what to hide: delivered values and the values that flow into them', () => {
    const env = environment(
      { URL: 'postgres://u:pw-123456@h/db', PW: 'pw-123456', LEVEL: 'warn', OTHER: 'not-delivered-1' },
      { URL: ['PW'] },
    );
    const plan = planDelivery(env, { secrets: ['URL', 'LEVEL', 'MISSING?'], prefix: '' }, to({ unmasked: new Set(['LEVEL']) }));
    expect(plan.delivered.map((d) => d.name)).toStrictEqual(['LEVEL', 'URL']);
    expect(plan.skipped).toStrictEqual(['MISSING?']);
    expect(plan.hide).toStrictEqual(['postgres://u:pw-123456@h/db', 'pw-123456']);
    expect(plan.unresolved).toStrictEqual([]);
  });

  it('reports unknown references only inside delivered values (or what flows into them), naming the holders', () => {
    const env = environment(
      { A: 'x ${NOPE} y', B: '${C}', C: '${GONE}', D: '${ALSO_GONE}' },
      { B: ['C'] },
      { NOPE: ['A'], GONE: ['C'], ALSO_GONE: ['D'] },
    );
    const plan = planDelivery(env, { secrets: ['A', 'B'], prefix: '' }, to());
    expect(plan.unresolved).toStrictEqual([
      'A references ${NOPE}, which is not in this environment (left as written)',
      'C references ${GONE}, which is not in this environment (left as written)',
    ]);
  });

  it('names every holder of an unknown reference, sorted, one line per name, lines sorted', () => {
    const env = environment({ Z: '${ZED}', A: '${ABSENT}', M: '${ZED}' }, {}, { ZED: ['Z', 'M'], ABSENT: ['A'] });
    const plan = planDelivery(env, { secrets: ['Z', 'A', 'M'], prefix: '' }, to());
    expect(plan.unresolved).toStrictEqual([
      'A references ${ABSENT}, which is not in this environment (left as written)',
      'M, Z reference ${ZED}, which is not in this environment (left as written)',
    ]);
  });

  it('checks every destination before anything is written', () => {
    expect(() => planDelivery(environment({ PATH: '/x' }), { secrets: [], prefix: '' }, to())).toThrow(/reserved name/);
    expect(planDelivery(environment({ PATH: '/x' }), { secrets: [], prefix: '' }, to({ env: false })).delivered).toHaveLength(1);
  });

  it('describes skipped optional names, or nothing when none were skipped', () => {
    expect(describeSkipped(['A?', 'B=C?'])).toBe('Optional secrets not in this environment, skipped: A?, B=C?.');
    expect(describeSkipped([])).toBeUndefined();
  });
});

describe('deliverFiles and per-secret files', () => {
  const d = (name: string, value: string) => ({ name, from: name, value, source: 'app web/production' });

  it('writes exact bytes, mode 0600, in a private 0700 folder, and puts the paths in place of the values', () => {
    const parent = folder();
    const { delivered, dir } = deliverFiles([d('A', 'keep-a'), d('KEY', 'line1\nline2\0end')], new Set(['KEY']), parent);
    expect(dir?.startsWith(join(parent, 'seekrit-files-'))).toBe(true);
    expect(statSync(dir as string).mode & 0o777).toBe(0o700);
    expect(delivered[0]).toStrictEqual(d('A', 'keep-a'));
    expect(delivered[1]?.value).toBe(join(dir as string, 'KEY'));
    expect(readFileSync(join(dir as string, 'KEY'), 'utf8')).toBe('line1\nline2\0end');
    expect(statSync(join(dir as string, 'KEY')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir as string)).toStrictEqual(['KEY']);
  });

  it('writes nothing and returns the delivery as it is when no file is asked for', () => {
    const parent = folder();
    const list = [d('A', 'a')];
    const result = deliverFiles(list, new Set(), parent);
    expect(result).toStrictEqual({ delivered: list, dir: undefined });
    expect(readdirSync(parent)).toStrictEqual([]);
  });

  it('writeFilePerSecret writes every entry', () => {
    const { dir, paths } = writeFilePerSecret(
      [
        { name: 'X', value: 'x' },
        { name: 'Y', value: 'y' },
      ],
      folder(),
    );
    expect([...paths.keys()]).toStrictEqual(['X', 'Y']);
    expect(readdirSync(dir).sort()).toStrictEqual(['X', 'Y']);
  });
});

describe('writeSecretFile, identify and removeWrittenFile', () => {
  it('refuses an existing file unless overwrite, naming the path; replaces it with overwrite', () => {
    const dir = folder();
    const path = join(dir, 'app.env');
    writeFileSync(path, 'mine');
    expect(() => writeSecretFile(path, 'new', { overwrite: false, existsHint: 'use overwrite' })).toThrow(
      `${path} already exists; it was left as it is.`,
    );
    expect(readFileSync(path, 'utf8')).toBe('mine');
    const written = writeSecretFile(path, 'new', { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(written).toStrictEqual(identify(path));
    expect(readdirSync(dir)).toStrictEqual(['app.env']);
  });

  it('creates missing folders 0700 and writes Buffers exactly', () => {
    const dir = folder();
    const path = join(dir, 'a', 'b', 'c.bin');
    writeSecretFile(path, Buffer.from([0, 1, 2, 255]), { overwrite: false });
    expect([...readFileSync(path)]).toStrictEqual([0, 1, 2, 255]);
    expect(statSync(join(dir, 'a')).mode & 0o777).toBe(0o700);
  });

  it('removes only the very file it wrote', () => {
    const dir = folder();
    const path = join(dir, 'f');
    const written = writeSecretFile(path, 'v', { overwrite: false });
    expect(isStillWritten(written)).toBe(true);
    rmSync(path);
    expect(removeWrittenFile(written)).toBe('gone');
    expect(isStillWritten(written)).toBe(false);
    const again = writeSecretFile(path, 'v', { overwrite: false });
    writeFileSync(join(dir, 'other'), 'someone else');
    rmSync(path);
    writeFileSync(path, 'replaced');
    const replaced = lstatSync(path);
    expect(removeWrittenFile({ ...again, ctimeNs: `${again.ctimeNs}1` })).toBe('replaced');
    expect(readFileSync(path, 'utf8')).toBe('replaced');
    expect(replaced.isFile()).toBe(true);
    expect(removeWrittenFile(identify(path))).toBe('removed');
    expect(readdirSync(dir)).toStrictEqual(['other']);
  });
});

describe('commandEnvironment', () => {
  it('drops what leaveOut matches and undefined entries, then adds the delivered names (even __proto__)', () => {
    const env = commandEnvironment(
      { KEEP: '1', INPUT_TOKEN: 'secret', GONE: undefined },
      [
        { name: '__proto__', value: 'p' },
        { name: 'KEEP', value: '2' },
      ],
      /^INPUT_/,
    );
    expect(Object.keys(env)).toStrictEqual(['KEEP', '__proto__']);
    expect(env.KEEP).toBe('2');
    expect(Object.getOwnPropertyDescriptor(env, '__proto__')?.value).toBe('p');
    expect(Object.getPrototypeOf(env)).toBe(Object.prototype);
  });
});
