import http from 'node:http';
import https from 'node:https';
import { getProxyUrl } from '@actions/http-client/lib/proxy';

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
  userAgent: string;
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
 * The agent for a URL: Node's default unless HTTPS_PROXY/HTTP_PROXY applies (NO_PROXY and
 * loopback honoured by @actions/http-client's rules). The proxy machinery, and the undici it
 * pulls in, is loaded only when a proxy is really in use.
 */
async function agentFor(url: URL, userAgent: string): Promise<http.Agent | undefined> {
  if (!getProxyUrl(url)) return undefined;
  const { HttpClient } = await import('@actions/http-client');
  return new HttpClient(userAgent, [], { keepAlive: false }).getAgent(url.href) as http.Agent;
}

/** One GET, no redirects followed, body capped and bounded in time. */
export async function httpGet(url: URL, options: HttpGetOptions): Promise<HttpResponse> {
  const agent = await agentFor(url, options.userAgent);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, response?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        request.destroy();
        reject(error);
      } else {
        resolve(response as HttpResponse);
      }
    };
    const request = transport.request(url, { method: 'GET', headers: options.headers, agent }, (message) => {
      const declared = Number(message.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
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
      message.on('end', () => {
        if (!message.complete) finish(new Error('the connection closed before the response was complete'));
        else finish(undefined, { status: message.statusCode ?? 0, headers: message.headers, body: Buffer.concat(chunks, size) });
      });
      message.on('error', (error) => finish(error));
      message.on('aborted', () => finish(new Error('the response was aborted')));
    });
    const timer = setTimeout(() => finish(new RequestTimeoutError(options.timeoutMs)), options.timeoutMs);
    request.on('error', (error) => finish(error));
    request.end();
  });
}
