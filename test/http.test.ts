/** The one GET the product makes: body limits at their edges, deadlines, and which proxy agent a URL gets. */
import http from 'node:http';
import https from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { agentFor, BodyTooLargeError, httpGet, RequestTimeoutError } from '../src/core/wire/http.js';
import { localServer } from './support/server.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});
async function serve(handler: http.RequestListener): Promise<URL> {
  const local = await localServer(http.createServer(handler));
  close = local.close;
  return new URL(`http://127.0.0.1:${local.port}/v1/resolve`);
}
const get = (url: URL, extra: { maxBodyBytes?: number; timeoutMs?: number } = {}) =>
  httpGet(url, { headers: { accept: 'application/json' }, timeoutMs: extra.timeoutMs ?? 3000, maxBodyBytes: extra.maxBodyBytes ?? 16 });

describe('httpGet', () => {
  it('sends a GET with the given headers and returns status, headers and the whole body', async () => {
    let seen: http.IncomingMessage | undefined;
    const url = await serve((req, res) => {
      seen = req;
      res.writeHead(201, { 'x-answer': 'yes' });
      res.write('0123456789');
      res.end('abcdef');
    });
    const response = await get(url);
    expect(seen?.method).toBe('GET');
    expect(seen?.headers.accept).toBe('application/json');
    expect(response.status).toBe(201);
    expect(response.headers['x-answer']).toBe('yes');
    expect(response.body.toString()).toBe('0123456789abcdef');
  });

  it('a body of exactly the limit is read; one byte more is refused, declared or streamed', async () => {
    let body = 'x'.repeat(16);
    let declare = true;
    const url = await serve((_req, res) => {
      if (declare) res.setHeader('content-length', body.length);
      res.end(body);
    });
    expect((await get(url)).body.toString()).toBe(body);
    declare = false;
    expect((await get(url)).body.toString()).toBe(body);
    body = 'x'.repeat(17);
    await expect(get(url)).rejects.toThrow(new BodyTooLargeError(16));
    await expect(get(url)).rejects.toThrow('response body larger than 16 bytes');
    declare = true;
    await expect(get(url)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('a declared length past the limit is refused at the headers, without waiting for the body', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '1000000000' });
      res.flushHeaders();
    });
    const started = Date.now();
    // Waiting for the body would take the 10 s timeout.
    await expect(get(url, { timeoutMs: 10_000 })).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('no complete answer in time is a timeout naming the deadline', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '10' });
      res.write('01234');
    });
    const failure = get(url, { timeoutMs: 150 });
    await expect(failure).rejects.toBeInstanceOf(RequestTimeoutError);
    await expect(failure).rejects.toThrow('no complete response within 150 ms');
  });

  it('a connection cut mid-body is an error, not a short body', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '10' });
      res.write('01234', () => res.socket?.destroy());
    });
    await expect(get(url)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});

describe('agentFor', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY']) delete process.env[name];
    Object.assign(process.env, saved);
  });
  const proxied = (variables: Record<string, string>) => {
    for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY']) delete process.env[name];
    Object.assign(process.env, variables);
  };
  type Tunnel = http.Agent & { proxyOptions: Record<string, unknown>; request: unknown; defaultPort: number };

  it('no proxy variable, or a host NO_PROXY names: Node’s default agent', async () => {
    proxied({});
    expect(await agentFor(new URL('https://api.example'))).toBeUndefined();
    proxied({ HTTPS_PROXY: 'http://proxy.example:3128', NO_PROXY: 'api.example' });
    expect(await agentFor(new URL('https://api.example'))).toBeUndefined();
  });

  it.each([
    ['https://api.example', 'http://proxy.example:3128', { host: 'proxy.example', port: 3128 }, http.request, 443],
    ['https://api.example', 'https://proxy.example', { host: 'proxy.example', port: 443 }, https.request, 443],
    [
      'https://api.example',
      'http://user:p%40ss@proxy.example',
      { host: 'proxy.example', port: 80, proxyAuth: 'user:p@ss' },
      http.request,
      443,
    ],
    ['https://api.example', 'http://user@proxy.example:8080', { host: 'proxy.example', port: 8080, proxyAuth: 'user:' }, http.request, 443],
  ])('%s through %s: a tunnel to %o', async (target, proxy, options, request, port) => {
    proxied({ HTTPS_PROXY: proxy });
    const agent = (await agentFor(new URL(target))) as Tunnel;
    expect(agent.proxyOptions).toStrictEqual(options);
    expect(agent.request).toBe(request);
    expect(agent.defaultPort).toBe(port);
  });

  it('a plain http API through an http or https proxy: a tunnel that does not speak TLS to the API', async () => {
    proxied({ HTTP_PROXY: 'http://proxy.example:3128' });
    const overHttp = (await agentFor(new URL('http://api.example'))) as Tunnel;
    expect(overHttp.proxyOptions).toStrictEqual({ host: 'proxy.example', port: 3128 });
    expect(overHttp.request).toBe(http.request);
    expect(overHttp.defaultPort).not.toBe(443);
    proxied({ HTTP_PROXY: 'https://proxy.example' });
    const overHttps = (await agentFor(new URL('http://api.example'))) as Tunnel;
    expect(overHttps.request).toBe(https.request);
    expect(overHttps.defaultPort).not.toBe(443);
  });
});
