import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../src/core/redact/redactor.js';
import { cleanEnv, runCli } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';

const VALUES: Record<string, string> = {
  DEPLOY_KEY: 'redact-filter-key-81f2c4',
  DB_PASSWORD: 'filter-db-pw-0042',
  DATABASE_URL: 'postgres://app:${DB_PASSWORD}@db/app',
};

let emulator: SeekritEmulator;
let token: string;
beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', VALUES);
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
});
afterAll(() => emulator.close());
const env = (extra: Record<string, string> = {}) => cleanEnv({ SEEKRIT_TOKEN: token, SEEKRIT_API_URL: emulator.url, ...extra });

describe('seekrit-ci redact (a filter for any CI)', () => {
  it('copies stdin to stdout with every value, line and encoded form replaced', async () => {
    const input = [
      `deploying with ${VALUES.DEPLOY_KEY}`,
      `b64 ${Buffer.from(VALUES.DEPLOY_KEY as string).toString('base64')}`,
      `url ${encodeURIComponent(`${VALUES.DB_PASSWORD}/x`)}`,
      'plain text stays',
      '',
    ].join('\n');
    const result = await runCli(['redact', '--secrets', 'DEPLOY_KEY,DATABASE_URL'], env(), { input });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`deploying with ${REDACTED}\nb64 ${REDACTED}\nurl ${REDACTED}%2Fx\nplain text stays\n`);
    expect(result.stderr).toMatch(/redacting 3 values of acme\/web\/production \(token skt_\w+\)/);
  });

  it('fails closed: when resolving fails it exits non-zero and passes nothing through', async () => {
    const input = `nothing of this may pass ${VALUES.DEPLOY_KEY}\n`;
    const bad = await runCli(['redact'], env({ SEEKRIT_TOKEN: `${token.slice(0, -4)}AAAA` }), { input });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    const down = await runCli(['redact', '--retries', '0'], env({ SEEKRIT_API_URL: 'http://127.0.0.1:9' }), { input });
    expect(down.code).toBe(1);
    expect(down.stdout).toBe('');
    const usage = await runCli(['redact', 'extra'], env(), { input });
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expectNoLeak({ bad: bad.stderr, down: down.stderr }, Object.values(VALUES), token);
  });

  it('--from-job takes the values from the first line instead of a request, and refuses a stream without one', async () => {
    const line = [VALUES.DEPLOY_KEY].map((v) => Buffer.from(v as string).toString('base64url')).join('.');
    const result = await runCli(['redact', '--from-job'], cleanEnv({}), { input: `${line}\nkey ${VALUES.DEPLOY_KEY}\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`key ${REDACTED}\n`);
    const none = await runCli(['redact', '--from-job'], cleanEnv({}), { input: 'no newline at all' });
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
  });
});
