import http from 'node:http';
import type * as Tunnel from 'tunnel';

/** The only variables @actions/http-client's proxy rules read to pick a proxy (NO_PROXY only excludes). */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const;

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpGetOptions {
  headers: Record<string, string>;
  /** Whole-request deadline: connect, headers and body. */
  timeoutMs: number;
  maxBodyBytes: number;
}

/** Thrown when the body would exceed maxBodyBytes; the request is aborted at that point. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response body larger than ${limit} bytes`);
  }
}

export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no complete response within ${timeoutMs} ms`);
  }
}

/**
 * The agent for a URL: Node's default unless HTTPS_PROXY/HTTP_PROXY applies, decided by
 * @actions/http-client's own rules (NO_PROXY and loopback bypass included); then a tunnel agent
 * built as @actions/http-client builds it. Only its small proxy module is loaded, not the client
 * and the undici it pulls in, and only when a proxy variable is set: most jobs load neither it
 * nor the tunnel (a lazy chunk of the bundle).
 */
export async function agentFor(url: URL): Promise<http.Agent | undefined> {
  // Without these variables getProxyUrl finds no proxy: skip loading it.
  if (!PROXY_VARIABLES.some((name) => process.env[name])) return undefined;
  // Eager: kept inside the bundle file (the CLI must stay one SHA-pinned file), run only here.
  const [{ getProxyUrl }, tunnel] = await Promise.all([
    import(/* webpackMode: "eager" */ '@actions/http-client/lib/proxy'),
    import(/* webpackMode: "eager" */ 'tunnel') as Promise<typeof Tunnel>,
  ]);
  const proxy = getProxyUrl(url);
  if (!proxy?.hostname) return undefined;
  const options: Tunnel.HttpsOverHttpsOptions = {
    maxSockets: 1,
    proxy: {
      host: proxy.hostname,
      port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)),
      ...(proxy.username || proxy.password ? { proxyAuth: `${proxy.username}:${proxy.password}` } : {}),
    },
  };
  const overHttps = proxy.protocol === 'https:';
  if (url.protocol === 'https:') return overHttps ? tunnel.httpsOverHttps(options) : tunnel.httpsOverHttp(options);
  return overHttps ? tunnel.httpOverHttps(options) : tunnel.httpOverHttp(options);
}

/** One GET, no redirects followed, body capped and bounded in time. */
export async function httpGet(url: URL, options: HttpGetOptions): Promise<HttpResponse> {
  const agent = await agentFor(url);
  // node:https (and TLS with it) is loaded only for an https URL: it costs about as much as half
  // a bare Node.js start on Node 24, which a loopback http URL never needs.
  const transport = url.protocol === 'https:' ? await import('node:https') : http;
  return new Promise<HttpResponse>((resolve, reject) => {
    // Called once or more (an error after the limit, say): only the first call counts, since a
    // promise settles once and clearing and destroying again do nothing.
    const finish = (error: Error | undefined, response?: HttpResponse) => {
      clearTimeout(timer);
      if (error) {
        request.destroy();
        reject(error);
      } else {
        resolve(response as HttpResponse);
      }
    };
    const request = transport.request(url, { headers: options.headers, agent }, (message) => {
      // A missing or unreadable length is NaN, which is never larger: the stream is counted anyway.
      const declared = Number(message.headers['content-length']);
      if (declared > options.maxBodyBytes) {
        finish(new BodyTooLargeError(options.maxBodyBytes));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      message.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBodyBytes) finish(new BodyTooLargeError(options.maxBodyBytes));
        else chunks.push(chunk);
      });
      // 'end' comes only after the whole body; a connection cut before that is an 'error'
      // (ECONNRESET) instead.
      message.on('end', () =>
        finish(undefined, { status: message.statusCode ?? 0, headers: message.headers, body: Buffer.concat(chunks, size) }),
      );
      message.on('error', (error) => finish(error));
    });
    const timer = setTimeout(() => finish(new RequestTimeoutError(options.timeoutMs)), options.timeoutMs);
    request.on('error', (error) => finish(error));
    request.end();
  });
}
