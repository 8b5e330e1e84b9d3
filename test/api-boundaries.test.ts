/** The API client's decisions at their exact boundaries: status classes, retries, budgets, server text. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseToken } from '../src/core/keys/token.js';
import { parseOverride, resolveEndpoint } from '../src/core/wire/request.js';
import { fetchResolve } from '../src/core/wire/resolve.js';
import { describeRetry } from '../src/core/wire/retry.js';
import { SeekritEmulator } from './support/emulator.js';
import { rejection } from './support/failure.js';

let emulator: SeekritEmulator;
let raw: string;
beforeEach(async () => {
  emulator = new SeekritEmulator();
  emulator.setGroupEnvironment('alpha', 'one', { A: 'a' }).setGroupEnvironment('alpha', 'two', { A: 'a2' });
  emulator.setGroupEnvironment('beta', 'one', { B: 'b' }).setGroupEnvironment('beta', 'two', { B: 'b2' });
  emulator.setEnvironment('web', 'production', { X: 'x-value-1' }).compose('web', 'alpha', 'beta');
  await emulator.listen();
  raw = await emulator.mintToken('web', 'production');
});
afterEach(() => emulator.close());

const resolve = (extra: Partial<Parameters<typeof fetchResolve>[0]> = {}) =>
  fetchResolve({ apiUrl: emulator.url, token: parseToken(raw), client: 'cli', backoffBaseMs: 5, ...extra });
const failure = rejection;

describe('status classes', () => {
  it('a 2xx other than 200 is a body to validate, a 429 then 200 succeeds', async () => {
    emulator.inject({ status: 204, body: '' });
    expect((await failure(resolve())).code).toBe('INVALID_RESPONSE');
    emulator.inject({ status: 429 });
    expect((await resolve({ retries: 1 })).scope.appSlug).toBe('web');
  });

  it('says what the server said, when it said anything', async () => {
    emulator.inject({ status: 400, body: JSON.stringify({ error: { code: 'bad_request', message: 'with is malformed' } }) });
    expect((await failure(resolve())).message).toBe(
      `The seekrit API at ${emulator.url} answered HTTP 400. Server said: bad_request: with is malformed.`,
    );
    emulator.inject({ status: 400, body: JSON.stringify({ error: { message: 'only a message' } }) });
    expect((await failure(resolve())).message).toMatch(/Server said: only a message\.$/);
    emulator.inject({ status: 400, body: JSON.stringify({ error: { code: 'only_code' } }) });
    expect((await failure(resolve())).message).toMatch(/Server said: only_code\.$/);
    emulator.inject({ status: 400, body: JSON.stringify({ error: {} }) });
    expect((await failure(resolve())).message).toBe(`The seekrit API at ${emulator.url} answered HTTP 400.`);
    emulator.inject({ status: 400, body: 'not json' });
    expect((await failure(resolve())).message).toBe(`The seekrit API at ${emulator.url} answered HTTP 400.`);
  });
});

describe('retries and budgets', () => {
  it('retries exactly `retries` times, then gives up naming the attempts', async () => {
    emulator.inject(...Array.from({ length: 5 }, () => ({ status: 503 })));
    const notices: string[] = [];
    const error = await failure(resolve({ retries: 2, onRetry: (n) => notices.push(describeRetry(n)) }));
    expect(emulator.requests).toHaveLength(3);
    expect(error.message).toMatch(/\(gave up after 3 attempts\)$/);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^Attempt 1 failed \(HTTP 503\); retrying in 0\.0 s\.$/);
    emulator.faults.length = 0;
    emulator.inject({ status: 503 });
    expect((await failure(resolve({ retries: 0 }))).message).toMatch(/\(gave up after 1 attempt\)$/);
  });

  it('waits as long as Retry-After says, in seconds or as a date, and gives up when that passes the budget', async () => {
    emulator.inject({ status: 503, headers: { 'retry-after': ' 1 ' } });
    const started = Date.now();
    await resolve({ retries: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    emulator.inject({ status: 503, headers: { 'retry-after': new Date(Date.now() + 1500).toUTCString() } });
    const dated = Date.now();
    await resolve({ retries: 1 });
    expect(Date.now() - dated).toBeGreaterThanOrEqual(400);
    emulator.inject({ status: 503, headers: { 'retry-after': '5' } });
    const error = await failure(resolve({ retries: 3, totalTimeoutMs: 2000 }));
    expect(error.message).toMatch(/\(gave up within the 2 s time budget\)$/);
    expect(emulator.requests).toHaveLength(5);
  });

  it('ignores a Retry-After it cannot read, and uses the backoff', async () => {
    emulator.inject({ status: 503, headers: { 'retry-after': 'soon' } }, { status: 503, headers: { 'retry-after': '1x' } });
    const delays: number[] = [];
    await resolve({ retries: 2, onRetry: (notice) => delays.push(notice.delayMs) });
    // The backoff's own delays (read as seconds, either header would say 1000 ms or more).
    expect(delays).toHaveLength(2);
    for (const delay of delays) expect(delay).toBeLessThan(1000);
  });

  it('bounds each attempt by what is left of the total budget', async () => {
    emulator.inject({ hang: true });
    const started = Date.now();
    const error = await failure(resolve({ retries: 0, timeoutMs: 5000, totalTimeoutMs: 300 }));
    expect(error.code).toBe('TIMEOUT');
    // Without the budget it would take the 5 s attempt timeout.
    expect(Date.now() - started).toBeLessThan(4000);
    expect(error.message).toContain('did not answer within 300 ms');
  });
});

describe('network errors', () => {
  it('a name that does not resolve is final (one attempt); a refused connection is retried', async () => {
    const notFound = await failure(
      fetchResolve({ apiUrl: 'https://no-such-host.invalid', token: parseToken(raw), client: 'cli', retries: 3, backoffBaseMs: 5 }),
    );
    expect(notFound.code).toBe('NETWORK_ERROR');
    expect(notFound.message).toBe('Could not reach the seekrit API at no-such-host.invalid (ENOTFOUND).');
    expect(notFound.hint).toBe('Check the host name in api-url.');
    const notices: number[] = [];
    const refused = await failure(
      fetchResolve({
        apiUrl: 'http://127.0.0.1:9',
        token: parseToken(raw),
        client: 'cli',
        retries: 2,
        backoffBaseMs: 5,
        onRetry: (n) => notices.push(n.attempt),
      }),
    );
    expect(refused.message).toMatch(/^Could not reach the seekrit API at 127\.0\.0\.1:9 \(ECONNREFUSED\)\. \(gave up after 3 attempts\)$/);
    expect(refused.hint).toMatch(/HTTPS_PROXY/);
    expect(notices).toStrictEqual([1, 2]);
  });
});

describe('overrides and endpoints', () => {
  it('sends overrides sorted by group, refuses a group overridden twice', async () => {
    await resolve({ overrides: [parseOverride('beta=two', '--with'), parseOverride(' alpha = two ', '--with')] });
    expect(emulator.requests[0]?.query.getAll('with')).toStrictEqual(['alpha:two', 'beta:two']);
    const twice = await failure(resolve({ overrides: [parseOverride('alpha=one', 'w'), parseOverride('alpha=two', 'w')] }));
    expect(twice.message).toBe('Group alpha is overridden twice.');
  });

  it('parses group=env strictly', () => {
    expect(parseOverride('shared=staging', 'w')).toStrictEqual({ group: 'shared', env: 'staging' });
    for (const bad of ['shared', '=staging', 'shared=', 'a=b=c', 'sh ared=x', 'shared=st/aging'])
      expect(() => parseOverride(bad, 'Input with:'), bad).toThrow(`Input with: entry "${bad}" is not group=env.`);
  });

  it('accepts loopback addresses with multi-digit octets, keeps paths, trims slashes only at the end', () => {
    expect(resolveEndpoint('http://127.10.200.30:8').href).toBe('http://127.10.200.30:8/v1/resolve');
    expect(resolveEndpoint('https://h.example/base//').href).toBe('https://h.example/base/v1/resolve');
    expect(resolveEndpoint('  https://h.example  ').href).toBe('https://h.example/v1/resolve');
    expect(() => resolveEndpoint('http://128.0.0.1')).toThrow(/plain http:\/\/ to 128\.0\.0\.1/);
  });
});
