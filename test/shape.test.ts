import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeekritEmulator } from './support/emulator.js';
import { runAction } from './support/runner.js';

/**
 * Guards the shape that keeps the action fast, without timing anything: one request per run,
 * every mask registered in one stdout write, each file-command file appended once, no module
 * loaded that the run does not use.
 */
describe('performance shape of the bundled action', () => {
  let emulator: SeekritEmulator;
  let token: string;
  beforeAll(async () => {
    emulator = new SeekritEmulator();
    const secrets: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) secrets[`SECRET_${i}`] = `shape-value-${i}-${'y'.repeat(20)}`;
    emulator.setEnvironment('web', 'production', secrets);
    await emulator.listen();
    token = await emulator.mintToken('web', 'production');
  });
  afterAll(() => emulator.close());

  it('1,000 secrets: one request, one mask write, one append to each file-command file, no WebCrypto, TLS or tunnel', async () => {
    const countDir = mkdtempSync(join(tmpdir(), 'seekrit-count-'));
    const preload = fileURLToPath(new URL('./support/count-writes.mjs', import.meta.url));
    const run = await runAction(
      { token, 'api-url': emulator.url, outputs: 'true', file: 'secrets.env' },
      { NODE_OPTIONS: `--import=${preload}`, SEEKRIT_COUNT_DIR: countDir },
    );
    try {
      expect(run.main.code).toBe(0);
      expect(run.env.size).toBe(1000);
      expect(emulator.requests).toHaveLength(1);
      const counts = JSON.parse(readFileSync(join(countDir, 'main.json'), 'utf8')) as {
        appends: Record<string, number>;
        maskWrites: number;
        webCryptoReads: number;
        builtins: string[];
      };
      expect(counts.maskWrites).toBe(2); // the token's masks first, then every value's in one write
      expect(counts.appends[join(run.runnerTemp, 'set_env')]).toBe(1);
      expect(counts.appends[join(run.runnerTemp, 'set_output')]).toBe(1);
      expect(counts.appends[join(run.runnerTemp, 'step_summary')]).toBe(1);
      expect(counts.appends[join(run.runnerTemp, 'save_state')]).toBe(1);
      // What a loopback http API needs and no more: the curve's blinding draws from node:crypto
      // (WebCrypto measured 4–6 ms to load on Node.js 24), no TLS, no proxy tunnel.
      expect(counts.webCryptoReads).toBe(0);
      expect(counts.builtins).toContain('http');
      expect(counts.builtins.filter((name) => ['https', 'tls', 'internal/crypto/webcrypto'].includes(name))).toEqual([]);
    } finally {
      run.cleanup();
      rmSync(countDir, { recursive: true, force: true });
    }
  });
});
