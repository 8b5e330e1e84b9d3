import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SeekritError } from '../src/core/common/errors.js';
import { VERSION } from '../src/core/common/version.js';
import { loadEnvironment } from '../src/core/index.js';
import { parseToken } from '../src/core/keys/token.js';
import { agentFor } from '../src/core/wire/http.js';
import { parseOverride, resolveEndpoint } from '../src/core/wire/request.js';
import { fetchResolve } from '../src/core/wire/resolve.js';
import { SeekritEmulator, tamper } from './support/emulator.js';
import { expectNoLeak } from './support/leaks.js';

const VALUES = {
  DATABASE_URL: 'postgres://user:pa55-w0rd@db/app',
  API_KEY: 'sk_live_0123456789abcdef',
  MULTI: 'line-one-value\nline-two-value\r\nline-three',
};

let emulator: SeekritEmulator;
let rawToken: string;

beforeEach(async () => {
  emulator = new SeekritEmulator();
  emulator
    .setGroupEnvironment('shared', 'production', { SHARED_ONLY: 'from-group-prod', API_KEY: 'group-loses-0000' })
    .setGroupEnvironment('shared', 'staging', { SHARED_ONLY: 'from-group-staging' })
    .setGroupEnvironment('zeta', 'production', { ZETA: 'zeta-prod' })
    .setGroupEnvironment('zeta', 'qa', { ZETA: 'zeta-qa' })
    .setEnvironment('web', 'production', VALUES)
    .compose('web', 'shared', 'zeta');
  await emulator.listen();
  rawToken = await emulator.mintToken('web', 'production');
});

afterEach(async () => {
  await emulator.close();
});

async function failure(promise: Promise<unknown>): Promise<SeekritError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SeekritError);
    const e = error as SeekritError;
    expectNoLeak({ message: `${e.describe()}\n${e.stack}` }, Object.values(VALUES), rawToken);
    return e;
  }
  throw new Error('expected a failure');
}

const quick = { retries: 3, backoffBaseMs: 20 };

describe('GET /v1/resolve', () => {
  it('sends the token, accept, user-agent, client kind and sorted overrides; one request', async () => {
    const token = parseToken(rawToken);
    await fetchResolve({
      apiUrl: `${emulator.url}/`,
      token,
      client: 'gitlab-ci',
      overrides: [parseOverride('zeta=qa', 'with'), parseOverride('shared=staging', 'with')],
    });
    expect(emulator.requests).toHaveLength(1);
    const [request] = emulator.requests;
    expect(request?.path).toBe('/v1/resolve');
    expect(request?.url).toBe('/v1/resolve?with=shared%3Astaging&with=zeta%3Aqa');
    expect(request?.headers.authorization).toBe(`Bearer ${rawToken}`);
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers['user-agent']).toContain(`seekrit-action/${VERSION} (gitlab-ci;`);
    expect(request?.headers['x-seekrit-client']).toBe('gitlab-ci');
  });

  it('merges groups under the app environment and applies overrides', async () => {
    const token = parseToken(rawToken);
    const prod = await loadEnvironment({ apiUrl: emulator.url, token, client: 'cli' });
    const values = Object.fromEntries([...prod.secrets.values()].map((s) => [s.name, s.value]));
    expect(values).toStrictEqual({ ...VALUES, SHARED_ONLY: 'from-group-prod', ZETA: 'zeta-prod' });
    expect(prod.secrets.get('API_KEY')?.source).toBe('app web/production');
    expect(prod.secrets.get('SHARED_ONLY')?.source).toBe('group shared/production');
    const staged = await loadEnvironment({ apiUrl: emulator.url, token, client: 'cli', overrides: [{ group: 'shared', env: 'staging' }] });
    expect(staged.secrets.get('SHARED_ONLY')?.value).toBe('from-group-staging');
    expect(staged.secrets.get('SHARED_ONLY')?.source).toBe('group shared/staging');
  });

  it('maps 401 (unknown, revoked, expired) to UNAUTHORIZED without retrying', async () => {
    const revoked = await emulator.mintToken('web', 'production');
    emulator.revokeToken(revoked);
    const expired = await emulator.mintToken('web', 'production', { expiresInMs: -1 });
    const stranger = await new SeekritEmulator().mintToken('web', 'production');
    for (const raw of [revoked, expired, stranger]) {
      const error = await failure(fetchResolve({ apiUrl: emulator.url, token: parseToken(raw), client: 'cli', ...quick }));
      expect(error.code).toBe('UNAUTHORIZED');
      expect(error.message).toMatch(/invalid, expired or revoked/);
      expect(error.hint).toMatch(/Mint a new service token/);
    }
    expect(emulator.requests).toHaveLength(3);
  });

  it('maps 403 to FORBIDDEN with the grant command', async () => {
    const raw = await emulator.mintToken('web', 'production', { granted: false });
    const token = parseToken(raw);
    const error = await failure(fetchResolve({ apiUrl: emulator.url, token, client: 'cli', ...quick }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.hint).toBe(`Grant it access: seekrit grant --token ${token.id}`);
    expect(emulator.requests).toHaveLength(1);
  });

  it('maps 404 to NOT_FOUND and reports the server message', async () => {
    const error = await failure(
      fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli', overrides: [{ group: 'nope', env: 'x' }] }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('group nope is not composed');
  });

  it('retries 5xx, 429 and resets, then succeeds', async () => {
    emulator.inject({ status: 503 }, { reset: true }, { status: 429, headers: { 'retry-after': '0' } });
    const result = await fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli', ...quick });
    expect(result.layers).toHaveLength(3);
    expect(emulator.requests).toHaveLength(4);
  });

  it('backs off exponentially with jitter between retries', async () => {
    emulator.inject({ status: 503 }, { status: 503 }, { status: 503 });
    const delays: number[] = [];
    const started = Date.now();
    await fetchResolve({
      apiUrl: emulator.url,
      token: parseToken(rawToken),
      client: 'cli',
      retries: 3,
      backoffBaseMs: 100,
      onRetry: (n) => delays.push(n.delayMs),
    });
    const elapsed = Date.now() - started;
    expect(emulator.requests).toHaveLength(4);
    // Each wait is between half and all of 100, 200, 400 ms.
    delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(50 * 2 ** i);
      expect(delay).toBeLessThanOrEqual(100 * 2 ** i);
    });
    expect(elapsed).toBeGreaterThanOrEqual(350);
    expect(elapsed).toBeLessThan(5000);
  });

  it('honours Retry-After', async () => {
    emulator.inject({ status: 429, headers: { 'retry-after': '1' } });
    const started = Date.now();
    await fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli', ...quick });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(emulator.requests).toHaveLength(2);
  });

  it('gives up after the retry budget with HTTP_ERROR', async () => {
    const notices: number[] = [];
    emulator.inject({ status: 500 }, { status: 502 }, { status: 503 }, { status: 504 });
    const error = await failure(
      fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli', ...quick, onRetry: (n) => notices.push(n.attempt) }),
    );
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.message).toMatch(/HTTP 504.*gave up after 4 attempts/);
    expect(notices).toStrictEqual([1, 2, 3]);
    expect(emulator.requests).toHaveLength(4);
  });

  it('does not retry other 4xx', async () => {
    emulator.inject({ status: 400 }, { status: 409 });
    expect((await failure(fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli', ...quick }))).code).toBe(
      'HTTP_ERROR',
    );
    expect(emulator.requests).toHaveLength(1);
  });

  it('times out each attempt and bounds the total time', async () => {
    emulator.inject({ hang: true }, { hang: true }, { hang: true });
    const started = Date.now();
    const error = await failure(
      fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli', timeoutMs: 200, retries: 2, backoffBaseMs: 10 }),
    );
    expect(error.code).toBe('TIMEOUT');
    expect(emulator.requests).toHaveLength(3);
    // Three 200 ms attempts; a missing bound would hang.
    expect(Date.now() - started).toBeLessThan(5000);
    const budget = Date.now();
    emulator.inject({ hang: true }, { hang: true }, { hang: true });
    await failure(
      fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli', timeoutMs: 5000, retries: 5, totalTimeoutMs: 300 }),
    );
    // Without the 300 ms budget it would take the 5 s attempt timeout.
    expect(Date.now() - budget).toBeLessThan(4000);
  });

  it('never follows a redirect', async () => {
    emulator.inject({ status: 302, headers: { location: 'https://evil.example/steal' } });
    const error = await failure(fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli', ...quick }));
    expect(error.code).toBe('REDIRECT_REFUSED');
    expect(error.message).toContain('https://evil.example');
    expect(emulator.requests).toHaveLength(1);
  });

  it('caps the body size, declared or streamed', async () => {
    emulator.inject({ status: 200, body: 'x'.repeat(2048) });
    const error = await failure(fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli', maxBodyBytes: 1024 }));
    expect(error.code).toBe('RESPONSE_TOO_LARGE');
  });

  it('refuses a body that is HTML, not JSON, or the wrong shape', async () => {
    emulator.inject({ status: 200, body: '<html>login</html>', headers: { 'content-type': 'text/html' } });
    const html = await failure(fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli' }));
    expect(html.code).toBe('INVALID_RESPONSE');
    expect(html.message).toContain('text/html');
    emulator.inject({ status: 200, body: '[]' });
    expect((await failure(fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli' }))).message).toContain(
      'got an array',
    );
    // An invalid body is final: it is not retried.
    expect(emulator.requests).toHaveLength(2);
  });

  it('does not echo the token when a hostile server puts it in an error message', async () => {
    emulator.inject({ status: 400, body: JSON.stringify({ error: { code: 'bad', message: `your token ${rawToken} is bad` } }) });
    const error = await failure(fetchResolve({ apiUrl: emulator.url, token: parseToken(rawToken), client: 'cli' }));
    expect(error.message).toContain('[MASKED]');
  });

  it('reports an unreachable server as NETWORK_ERROR after retries', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await failure(
      fetchResolve({ apiUrl: `http://127.0.0.1:${port}`, token: parseToken(rawToken), client: 'cli', retries: 1, backoffBaseMs: 10 }),
    );
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).toContain('gave up after 2 attempts');
  });

  it('fails on tampered responses, naming layer and secret', async () => {
    const token = parseToken(rawToken);
    emulator.inject({ tamper: tamper.swapCiphertexts() });
    const swapped = await failure(loadEnvironment({ apiUrl: emulator.url, token, client: 'cli' }));
    expect(swapped.code).toBe('DECRYPT_FAILED');
    expect(swapped.message).toMatch(/secret \w+ in app web\/production/);
    emulator.inject({ tamper: tamper.alterCiphertext(0, 0) });
    expect((await failure(loadEnvironment({ apiUrl: emulator.url, token, client: 'cli' }))).message).toContain('group shared/production');
    emulator.inject({ tamper: tamper.foreignDek() });
    expect((await failure(loadEnvironment({ apiUrl: emulator.url, token, client: 'cli' }))).code).toBe('DECRYPT_FAILED');
  });

  it('checks expect-scope before decrypting', async () => {
    const token = parseToken(rawToken);
    await loadEnvironment({ apiUrl: emulator.url, token, client: 'cli', expectScope: 'acme/web/production' });
    const error = await failure(loadEnvironment({ apiUrl: emulator.url, token, client: 'cli', expectScope: 'acme/web/staging' }));
    expect(error.code).toBe('SCOPE_MISMATCH');
    expect(error.message).toBe('The token resolves acme/web/production, but expect-scope expects acme/web/staging.');
  });
});

describe('api-url', () => {
  it.each([
    ['https://api.seekrit.dev', 'https://api.seekrit.dev/v1/resolve'],
    ['https://api.seekrit.dev///', 'https://api.seekrit.dev/v1/resolve'],
    ['https://proxy.corp/seekrit/', 'https://proxy.corp/seekrit/v1/resolve'],
    ['http://localhost:8080', 'http://localhost:8080/v1/resolve'],
    ['http://127.0.0.2:1', 'http://127.0.0.2:1/v1/resolve'],
    ['http://[::1]:9', 'http://[::1]:9/v1/resolve'],
  ])('accepts %s', (input, endpoint) => {
    expect(resolveEndpoint(input).href).toBe(endpoint);
  });

  it.each([
    ['http://api.seekrit.dev', 'INSECURE_URL'],
    ['http://10.0.0.1', 'INSECURE_URL'],
    ['ftp://api.seekrit.dev', 'INVALID_INPUT'],
    ['api.seekrit.dev', 'INVALID_INPUT'],
    ['https://user:pw@api.seekrit.dev', 'INVALID_INPUT'],
    ['https://api.seekrit.dev?x=1', 'INVALID_INPUT'],
  ])('refuses %s', (input, code) => {
    expect(() => resolveEndpoint(input)).toThrow(expect.objectContaining({ code }));
  });
});

describe('proxy agent', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('uses a tunnel through HTTPS_PROXY, honours NO_PROXY and never proxies loopback', async () => {
    process.env.HTTPS_PROXY = 'http://user:p%40ss@proxy.corp:3128';
    delete process.env.https_proxy;
    const agent = (await agentFor(new URL('https://api.seekrit.dev/v1/resolve'))) as unknown as {
      options: { proxy: Record<string, unknown> };
    };
    expect(agent.options.proxy).toMatchObject({ host: 'proxy.corp', port: 3128, proxyAuth: 'user:p@ss' });
    expect(await agentFor(new URL('http://127.0.0.1:8080/v1/resolve'))).toBeUndefined();
    process.env.NO_PROXY = 'seekrit.dev';
    expect(await agentFor(new URL('https://api.seekrit.dev/v1/resolve'))).toBeUndefined();
  });

  it('uses HTTP_PROXY for http:// URLs to other hosts, and no agent without a proxy', async () => {
    process.env.HTTP_PROXY = 'http://proxy.corp:8080';
    const agent = (await agentFor(new URL('http://seekrit.internal/v1/resolve'))) as unknown as {
      options: { proxy: Record<string, unknown> };
    };
    expect(agent.options.proxy).toMatchObject({ host: 'proxy.corp', port: 8080 });
    for (const key of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) delete process.env[key];
    expect(await agentFor(new URL('https://api.seekrit.dev/v1/resolve'))).toBeUndefined();
  });
});
