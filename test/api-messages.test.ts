/**
 * Every message and hint the API client can give, word for word, and how each failure is classed
 * (final or retried): a user reads these in a failed job, so each must say what was wrong and
 * what to do.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SeekritError } from '../src/core/common/errors.js';
import { parseToken } from '../src/core/keys/token.js';
import { DEFAULT_API_URL, parseOverride, resolveEndpoint } from '../src/core/wire/request.js';
import { fetchResolve } from '../src/core/wire/resolve.js';
import { describeRetry, type RetryNotice } from '../src/core/wire/retry.js';
import { SeekritEmulator } from './support/emulator.js';
import { failureText, rejection } from './support/failure.js';
import { localServer } from './support/server.js';

let emulator: SeekritEmulator;
let raw: string;
beforeEach(async () => {
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', { X: 'x-value-1' });
  for (const group of ['alpha', 'beta', 'delta', 'gamma']) emulator.setGroupEnvironment(group, 'two', {});
  emulator.compose('web', 'alpha', 'beta', 'delta', 'gamma');
  await emulator.listen();
  raw = await emulator.mintToken('web', 'production');
});
afterEach(() => emulator.close());

const resolveAt = (apiUrl: string, extra: Partial<Parameters<typeof fetchResolve>[0]> = {}) =>
  fetchResolve({ apiUrl, token: parseToken(raw), client: 'cli', backoffBaseMs: 5, ...extra });
const resolve = (extra: Partial<Parameters<typeof fetchResolve>[0]> = {}) => resolveAt(emulator.url, extra);
const failure = rejection;
const said = (error: SeekritError) => `${error.code}: ${error.message} | ${error.hint}`;
const host = () => new URL(emulator.url).host;

describe('api-url', () => {
  it('defaults to the public API', () => {
    expect(DEFAULT_API_URL).toBe('https://api.seekrit.dev');
  });

  it.each([
    ['not a url', 'api-url is not a valid URL. | Use an absolute URL such as https://api.seekrit.dev.'],
    [
      'http://example.com',
      'api-url uses plain http:// to example.com; the token would travel unencrypted. | Use https://; plain http:// is accepted only for loopback hosts (localhost, 127.0.0.1, ::1).',
    ],
    ['ftp://files.example', 'api-url must be an https:// URL, not ftp:. | Use an absolute URL such as https://api.seekrit.dev.'],
    [
      'https://user@api.example',
      "api-url must not contain credentials, a query or a fragment. | Use the API's base URL, such as https://api.seekrit.dev.",
    ],
    [
      'https://api.seekrit.dev/v1',
      "api-url ends in /v1, which seekrit adds itself. | Give the API's base URL, such as https://api.seekrit.dev (without /v1).",
    ],
    [
      'https://api.example/seekrit/V1/',
      "api-url ends in /v1, which seekrit adds itself. | Give the API's base URL, such as https://api.seekrit.dev (without /v1).",
    ],
    [
      'https://api.seekrit.dev/v1/resolve',
      "api-url ends in /v1/resolve, which seekrit adds itself. | Give the API's base URL, such as https://api.seekrit.dev (without /v1).",
    ],
  ])('%s: %s', (url, message) => {
    expect(failureText(() => resolveEndpoint(url))).toBe(message);
  });

  it('keeps a base path that only looks like a version: /v10, /api/v1beta, /v1/api', () => {
    for (const url of ['https://api.example/v10', 'https://api.example/api/v1beta', 'https://api.example/v1/api'])
      expect(resolveEndpoint(url).pathname, url).toMatch(/\/v1\/resolve$/);
  });

  it('plain http only to loopback: localhost, [::1] and 127.0.0.0/8 written as an address', () => {
    for (const url of ['http://localhost:8080', 'http://[::1]:8080', 'http://127.0.0.1', 'http://127.200.3.4:9'])
      expect(resolveEndpoint(url).protocol, url).toBe('http:');
    for (const host of ['127.evil.example', 'localhost.evil.example', '128.0.0.1', '10.0.0.1', '[::2]', 'evil.127.0.0.1.nip.io'])
      expect(
        failureText(() => resolveEndpoint(`http://${host}`)),
        host,
      ).toMatch(/^api-url uses plain http:\/\/ to /);
  });

  it('takes a pasted URL with spaces around it, Unicode ones included', () => {
    expect(resolveEndpoint('\u00a0 https://api.example/base/ \u00a0').href).toBe('https://api.example/base/v1/resolve');
  });
});

describe('overrides', () => {
  it('are sent sorted, whatever order they were given in', async () => {
    const overrides = ['gamma=two', 'alpha=two', 'delta=two', 'beta=two'].map((o) => parseOverride(o, 'w'));
    await resolve({ overrides });
    expect(emulator.requests[0]?.query.getAll('with')).toStrictEqual(['alpha:two', 'beta:two', 'delta:two', 'gamma:two']);
  });

  it('say how to write one, and refuse a group given twice', async () => {
    expect(failureText(() => parseOverride('shared', 'Input with:'))).toBe(
      'Input with: entry "shared" is not group=env. | Write each override as <group-slug>=<env-slug>, for example shared=staging.',
    );
    const twice = await failure(resolve({ overrides: [parseOverride('beta=two', 'w'), parseOverride('beta=one', 'w')] }));
    expect(said(twice)).toBe('INVALID_INPUT: Group beta is overridden twice. | Give each group at most one group=env override.');
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('HTTP answers', () => {
  it('a redirect is refused, naming where it pointed when that can be read', async () => {
    const redirect = 'REDIRECT_REFUSED: The seekrit API at http://127.0.0.1';
    const tail =
      '; redirects are never followed because they would carry the token. | Set api-url to the address that really serves the seekrit API.';
    emulator.inject({ status: 301, headers: { location: 'https://elsewhere.example/v1/resolve?x=1' } });
    expect(said(await failure(resolve()))).toBe(
      `${redirect}:${emulator.url.split(':')[2]} answered 301, a redirect to https://elsewhere.example${tail}`,
    );
    emulator.inject({ status: 302 });
    expect(said(await failure(resolve()))).toBe(
      `${redirect}:${emulator.url.split(':')[2]} answered 302, a redirect to another address${tail}`,
    );
    emulator.inject({ status: 307, headers: { location: 'http://[' } });
    expect(said(await failure(resolve()))).toBe(
      `${redirect}:${emulator.url.split(':')[2]} answered 307, a redirect to another address${tail}`,
    );
    for (const status of [300, 399]) {
      emulator.inject({ status });
      expect((await failure(resolve({ retries: 2 }))).code).toBe('REDIRECT_REFUSED');
    }
    expect(emulator.requests).toHaveLength(5);
  });

  it('401, 403 and 404 each say what to do, with what the server said', async () => {
    const token = parseToken(raw).id;
    const body = JSON.stringify({ error: { code: 'nope', message: 'because' } });
    emulator.inject({ status: 401, body }, { status: 403, body }, { status: 404, body });
    expect(said(await failure(resolve()))).toBe(
      `UNAUTHORIZED: The seekrit API rejected token ${token} (HTTP 401): it is invalid, expired or revoked. Server said: nope: because. | Mint a new service token in seekrit and store it in the CI secret.`,
    );
    expect(said(await failure(resolve()))).toBe(
      `FORBIDDEN: Token ${token} has no grant for this environment (HTTP 403). Server said: nope: because. | Grant it access: seekrit grant --token ${token}`,
    );
    expect(said(await failure(resolve()))).toBe(
      'NOT_FOUND: The seekrit API answered 404 for /v1/resolve. Server said: nope: because. | Check api-url, and that every with: override names an existing group and environment.',
    );
  });

  it.each([
    [400, 'Check api-url and the with: overrides.', 1],
    [418, 'Check api-url and the with: overrides.', 1],
    [499, 'Check api-url and the with: overrides.', 1],
    [429, 'The service is unavailable or overloaded; re-run the job later.', 2],
    [500, 'The service is unavailable or overloaded; re-run the job later.', 2],
    [502, 'The service is unavailable or overloaded; re-run the job later.', 2],
    [501, 'The service is unavailable or overloaded; re-run the job later.', 2],
    [599, 'The service is unavailable or overloaded; re-run the job later.', 2],
  ])('HTTP %i: "%s", %i attempt(s)', async (status, hint, attempts) => {
    emulator.inject({ status, body: '{}' }, { status, body: '{}' });
    const error = await failure(resolve({ retries: 1 }));
    expect(said(error)).toBe(
      `HTTP_ERROR: ${`The seekrit API at ${emulator.url} answered HTTP ${status}.`} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}) | ${hint}`.replace(
        / \(gave up after 1 attempt\)/,
        '',
      ),
    );
    expect(emulator.requests).toHaveLength(attempts);
  });

  it('an error body without a readable error says nothing more', async () => {
    for (const body of ['null', '{}', '[]', '"text"', '{"error":null}', '{"error":{"code":5}}']) {
      emulator.inject({ status: 400, body });
      expect((await failure(resolve())).message, body).toBe(`The seekrit API at ${emulator.url} answered HTTP 400.`);
    }
  });

  it('a body that is not UTF-8, not JSON, or too large is final', async () => {
    emulator.inject({ status: 200, body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) });
    expect(said(await failure(resolve({ retries: 2 })))).toBe(
      'INVALID_RESPONSE: The seekrit API answered with a body that is not UTF-8 text. | Check that api-url points at the seekrit API.',
    );
    emulator.inject({ status: 200, body: '<html>sign in</html>', headers: { 'content-type': 'text/html' } });
    expect(said(await failure(resolve({ retries: 2 })))).toBe(
      'INVALID_RESPONSE: The seekrit API answered with a body that is not JSON (text/html, 20 bytes). | Check that api-url points at the seekrit API and not at a proxy or login page.',
    );
    const large = await failure(resolve({ retries: 2, maxBodyBytes: 64 }));
    expect(said(large)).toBe(
      `RESPONSE_TOO_LARGE: The seekrit API at ${host()} sent a body larger than 64 bytes. | Check that api-url points at the seekrit API.`,
    );
    expect(emulator.requests).toHaveLength(3);
  });
});

describe('retries', () => {
  it('the last retry before the budget runs out says it was the budget, not the count', async () => {
    emulator.inject({ status: 503, headers: { 'retry-after': '5' } });
    const error = await failure(resolve({ retries: 1, totalTimeoutMs: 2000 }));
    expect(error.message).toMatch(/\(gave up within the 2 s time budget\)$/);
    expect(emulator.requests).toHaveLength(1);
  });

  it('waits a jittered half to whole of each doubling backoff', async () => {
    emulator.inject(...Array.from({ length: 4 }, () => ({ status: 503, body: '{}' })));
    const notices: RetryNotice[] = [];
    await resolve({ retries: 4, backoffBaseMs: 40, onRetry: (n) => notices.push(n) });
    const delays = notices.map((n) => n.delayMs);
    expect(delays).toHaveLength(4);
    delays.forEach((delay, i) => {
      const backoff = 40 * 2 ** i;
      expect(delay).toBeGreaterThanOrEqual(backoff / 2);
      expect(delay).toBeLessThanOrEqual(backoff);
    });
    // Jitter: four draws all landing exactly on the half would be a one in millions chance.
    expect(delays.some((delay, i) => delay > (40 * 2 ** i) / 2)).toBe(true);
    expect(notices.map((n) => describeRetry(n).replace(/[\d.]+ s/, 'N s'))).toStrictEqual(
      Array.from({ length: 4 }, (_, i) => `Attempt ${i + 1} failed (HTTP 503); retrying in N s.`),
    );
  });

  it('Retry-After: whole seconds or an HTTP date; anything else falls back to the backoff', async () => {
    const delays: number[] = [];
    const onRetry = (n: RetryNotice) => delays.push(n.delayMs);
    for (const value of ['soon', '1x', 'x1']) {
      emulator.inject({ status: 503, body: '{}', headers: { 'retry-after': value } });
      await resolve({ retries: 1, backoffBaseMs: 40, onRetry });
    }
    expect(delays).toHaveLength(3);
    for (const delay of delays) expect(delay >= 20 && delay <= 40, String(delay)).toBe(true);
    delays.length = 0;
    emulator.inject({ status: 503, body: '{}', headers: { 'retry-after': new Date(Date.now() - 60_000).toUTCString() } });
    await resolve({ retries: 1, onRetry });
    expect(delays).toStrictEqual([0]); // a date in the past: at once
    // Two digits are seconds too: 12 s is past a 2 s budget, so it gives up after one request.
    emulator.inject({ status: 503, body: '{}', headers: { 'retry-after': '12' } });
    const error = await failure(resolve({ retries: 3, totalTimeoutMs: 2000, onRetry }));
    expect(error.message).toMatch(/\(gave up within the 2 s time budget\)$/);
  });

  it('a later attempt gets only what is left of the total budget', async () => {
    emulator.inject({ status: 503, body: '{}' }, { hang: true });
    const error = await failure(resolve({ retries: 1, timeoutMs: 5000, totalTimeoutMs: 800 }));
    const within = Number(/did not answer within (\d+) ms/.exec(error.message)?.[1]);
    // What is left after the first attempt and its backoff: less than the budget, more than nothing.
    expect(within).toBeGreaterThan(0);
    expect(within).toBeLessThan(800);
    expect(error.hint).toBe('Raise the timeout input, or check the network path (proxy, firewall) to the API.');
  });

  it('a timeout is retried and named as such', async () => {
    emulator.inject({ hang: true });
    const notices: string[] = [];
    await resolve({ retries: 1, timeoutMs: 200, onRetry: (n) => notices.push(describeRetry(n)) });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Attempt 1 failed \(timeout\); retrying in [\d.]+ s\.$/);
  });
});

describe('network failures', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });
  const listen = async (server: http.Server) => {
    const local = await localServer(server);
    close = local.close;
    return local.port;
  };

  it('a body cut short is retried, and says what happened', async () => {
    let requests = 0;
    const port = await listen(
      http.createServer((_req, res) => {
        requests++;
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"partial":');
        setTimeout(() => res.socket?.destroy(), 20);
      }),
    );
    const notices: string[] = [];
    const error = await failure(
      resolveAt(`http://127.0.0.1:${port}`, { retries: 1, timeoutMs: 3000, onRetry: (n) => notices.push(describeRetry(n)) }),
    );
    expect(said(error)).toBe(
      `NETWORK_ERROR: Could not reach the seekrit API at 127.0.0.1:${port} (ECONNRESET). (gave up after 2 attempts) | Check api-url, the network and any proxy settings (HTTPS_PROXY, NO_PROXY); custom CAs go in NODE_EXTRA_CA_CERTS.`,
    );
    expect(requests).toBe(2);
    expect(notices[0]).toMatch(/^Attempt 1 failed \(ECONNRESET\); retrying in/);
  });

  it('a body that is not JSON without a content type says so', async () => {
    const port = await listen(
      http.createServer((_req, res) => {
        res.removeHeader('content-type');
        res.end('plain');
      }),
    );
    expect((await failure(resolveAt(`http://127.0.0.1:${port}`))).message).toBe(
      'The seekrit API answered with a body that is not JSON (no content-type, 5 bytes).',
    );
  });

  it('https:// to a plain http port is final, and says the server answered in plain HTTP', async () => {
    const error = await failure(resolveAt(emulator.url.replace('http:', 'https:'), { retries: 2 }));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toMatch(
      /^Could not reach the seekrit API at 127\.0\.0\.1:\d+ \(EPROTO\): the server answered in plain HTTP, not TLS\.$/,
    );
    expect(error.hint).toContain('Check the port in api-url');
    expect(emulator.requests).toHaveLength(0);
  });

  describe('TLS certificates', () => {
    let certs: string;
    beforeAll(() => {
      certs = mkdtempSync(join(tmpdir(), 'seekrit-certs-'));
      const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: certs, stdio: 'pipe' });
      const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
      openssl('req', '-x509', ...ec, '-days', '1', '-subj', '/CN=test ca', '-keyout', 'ca.key', '-out', 'ca.pem');
      openssl('req', ...ec, '-subj', '/CN=localhost', '-keyout', 'leaf.key', '-out', 'leaf.csr');
      openssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-out', 'leaf.pem');
      openssl('req', '-x509', ...ec, '-days', '1', '-subj', '/CN=localhost', '-keyout', 'self.key', '-out', 'self.pem');
    });
    afterAll(() => rmSync(certs, { recursive: true, force: true }));

    const serve = async (name: string) => {
      let requests = 0;
      const read = (file: string) => readFileSync(join(certs, file));
      const port = await listen(
        https.createServer({ key: read(`${name}.key`), cert: read(`${name}.pem`) }, (_req, res) => {
          requests++;
          res.end('{}');
        }) as unknown as http.Server,
      );
      return { port, requests: () => requests };
    };

    it.each([
      ['self', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
      ['leaf', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
    ])('a %s-signed certificate the runner does not trust is final (%s)', async (name, code) => {
      const tls = await serve(name);
      const notices: RetryNotice[] = [];
      const error = await failure(resolveAt(`https://localhost:${tls.port}`, { retries: 2, onRetry: (n) => notices.push(n) }));
      expect(error.message).toBe(`Could not reach the seekrit API at localhost:${tls.port} (${code}).`);
      expect(error.hint).toMatch(/custom CAs go in NODE_EXTRA_CA_CERTS\.$/);
      expect(notices).toStrictEqual([]);
      expect(tls.requests()).toBe(0);
    });
  });
});
