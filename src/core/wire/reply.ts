/**
 * Judging one attempt: a reply by its status class (done, fatal or worth a retry), with the
 * server's own error text cleaned for a log line, or a network failure by Node's error code.
 * The server is untrusted: everything it chose is cut, scrubbed and never carries the token.
 */
import { SeekritError } from '../common/errors.js';
import { untrustedText } from '../common/untrusted.js';
import type { ServiceToken } from '../keys/token.js';
import { BodyTooLargeError, type HttpResponse, RequestTimeoutError } from './http.js';
import { type ResolveResponse, validateResolveResponse } from './response.js';
import { parseRetryAfter } from './retry.js';

export type Outcome =
  | { kind: 'done'; body: ResolveResponse }
  | { kind: 'fatal'; error: SeekritError }
  | { kind: 'retry'; error: SeekritError; reason: string; retryAfterMs?: number | undefined };

export function judgeReply(response: HttpResponse, endpoint: URL, token: ServiceToken): Outcome {
  const { status } = response;
  // Node's client hands over only final answers: informational (1xx) ones never get here.
  if (status < 300) return { kind: 'done', body: parseBody(response, token) };
  if (status < 400) {
    const location = response.headers.location;
    let where = 'another address';
    try {
      if (location) where = new URL(location, endpoint).origin;
    } catch {
      // keep the generic wording for an unparseable Location
    }
    return {
      kind: 'fatal',
      error: new SeekritError(
        'REDIRECT_REFUSED',
        `The seekrit API at ${endpoint.origin} answered ${status}, a redirect to ${untrustedText(where, 200, token.secret)}; redirects are never followed because they would carry the token.`,
        'Set api-url to the address that really serves the seekrit API.',
      ),
    };
  }
  const detail = serverDetail(response.body, token);
  const suffix = detail ? ` Server said: ${detail}.` : '';
  if (status === 401) {
    return {
      kind: 'fatal',
      error: new SeekritError(
        'UNAUTHORIZED',
        `The seekrit API rejected token ${token.id} (HTTP 401): it is invalid, expired or revoked.${suffix}`,
        'Mint a new service token in seekrit and store it in the CI secret.',
      ),
    };
  }
  if (status === 403) {
    return {
      kind: 'fatal',
      error: new SeekritError(
        'FORBIDDEN',
        `Token ${token.id} has no grant for this environment (HTTP 403).${suffix}`,
        `Grant it access: seekrit grant --token ${token.id}`,
      ),
    };
  }
  if (status === 404) {
    return {
      kind: 'fatal',
      error: new SeekritError(
        'NOT_FOUND',
        `The seekrit API answered 404 for ${endpoint.pathname}.${suffix}`,
        'Check api-url, and that every with: override names an existing group and environment.',
      ),
    };
  }
  const transient = status === 429 || status >= 500;
  const error = new SeekritError(
    'HTTP_ERROR',
    `The seekrit API at ${endpoint.origin} answered HTTP ${status}.${suffix}`,
    transient ? 'The service is unavailable or overloaded; re-run the job later.' : 'Check api-url and the with: overrides.',
  );
  if (transient) {
    const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
    return { kind: 'retry', error, reason: `HTTP ${status}`, retryAfterMs };
  }
  return { kind: 'fatal', error };
}

export function judgeNetworkError(error: Error, endpoint: URL, timeoutMs: number): Outcome {
  const target = endpoint.host;
  if (error instanceof BodyTooLargeError) {
    return {
      kind: 'fatal',
      error: new SeekritError(
        'RESPONSE_TOO_LARGE',
        `The seekrit API at ${target} sent a body larger than ${error.limit} bytes.`,
        'Check that api-url points at the seekrit API.',
      ),
    };
  }
  if (error instanceof RequestTimeoutError) {
    const e = new SeekritError(
      'TIMEOUT',
      `The seekrit API at ${target} did not answer within ${timeoutMs} ms.`,
      'Raise the timeout input, or check the network path (proxy, firewall) to the API.',
    );
    return { kind: 'retry', error: e, reason: 'timeout' };
  }
  const code = (error as NodeJS.ErrnoException).code;
  // Node's error code names the failure; the message is cleaned like server text, since it can
  // quote the server (a certificate's names, for one).
  const what = code ?? untrustedText(error.message, 120);
  // OpenSSL's "wrong version number": the first bytes back were not TLS, as from a plain HTTP port.
  const plainHttp = code === 'EPROTO' && /wrong version number|packet length too long|http request/i.test(error.message);
  const e = new SeekritError(
    'NETWORK_ERROR',
    plainHttp
      ? `Could not reach the seekrit API at ${target} (EPROTO): the server answered in plain HTTP, not TLS.`
      : `Could not reach the seekrit API at ${target} (${what}).`,
    code === 'ENOTFOUND'
      ? 'Check the host name in api-url.'
      : plainHttp
        ? 'Check the port in api-url: that one speaks http://, and https:// needs the API’s TLS port (plain http:// is accepted only for loopback hosts).'
        : 'Check api-url, the network and any proxy settings (HTTPS_PROXY, NO_PROXY); custom CAs go in NODE_EXTRA_CA_CERTS.',
  );
  // A name that does not resolve or a TLS failure will not fix itself in seconds: certificate
  // checks (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID, a leaf
  // whose issuer is unknown) and a TLS protocol error (EPROTO: https:// to a plain http port).
  const permanent =
    code !== undefined &&
    (code === 'ENOTFOUND' || code === 'EPROTO' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' || code.includes('CERT'));
  return permanent ? { kind: 'fatal', error: e } : { kind: 'retry', error: e, reason: what };
}

function parseBody(response: HttpResponse, token: ServiceToken): ResolveResponse {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(response.body);
  } catch {
    throw new SeekritError(
      'INVALID_RESPONSE',
      'The seekrit API answered with a body that is not UTF-8 text.',
      'Check that api-url points at the seekrit API.',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const type = untrustedText(String(response.headers['content-type'] ?? 'no content-type'), 80, token.secret);
    throw new SeekritError(
      'INVALID_RESPONSE',
      `The seekrit API answered with a body that is not JSON (${type}, ${response.body.length} bytes).`,
      'Check that api-url points at the seekrit API and not at a proxy or login page.',
    );
  }
  return validateResolveResponse(parsed);
}

/** `{"error":{"code","message"}}` from an error body, cleaned for a log line; '' if absent. */
function serverDetail(body: Buffer, token: ServiceToken): string {
  let parsed: { error?: { code?: unknown; message?: unknown } } | null;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return '';
  }
  const code = typeof parsed?.error?.code === 'string' ? parsed.error.code : '';
  const message = typeof parsed?.error?.message === 'string' ? parsed.error.message : '';
  // The server is untrusted: no piece of the token, no workflow command.
  return untrustedText([code, message].filter(Boolean).join(': '), 300, token.secret);
}
