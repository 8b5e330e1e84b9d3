import { isIPv4 } from 'node:net';
import { SeekritError } from './errors.js';
import { BodyTooLargeError, type HttpResponse, httpGet, RequestTimeoutError } from './http.js';
import { type ResolveResponse, SLUG, validateResolveResponse } from './response.js';
import type { ServiceToken } from './token.js';
import { untrustedText } from './untrusted.js';
import { VERSION } from './version.js';

export const DEFAULT_API_URL = 'https://api.seekrit.dev';

export type ClientKind = 'github-action' | 'gitlab-ci' | 'cli';

export interface GroupOverride {
  group: string;
  env: string;
}

export interface ResolveRequest {
  apiUrl: string;
  token: ServiceToken;
  client: ClientKind;
  overrides?: GroupOverride[];
  /** Per-attempt deadline (default 30 s). */
  timeoutMs?: number;
  /** Transient failures retried after the first attempt (default 3). */
  retries?: number;
  /** Total time across attempts and waits (default 120 s). */
  totalTimeoutMs?: number;
  maxBodyBytes?: number;
  /** First backoff delay; doubles each retry (default 500 ms). */
  backoffBaseMs?: number;
  /** Told before each wait so the shell can log it (never given a value). */
  onRetry?: (notice: RetryNotice) => void;
}

export interface RetryNotice {
  attempt: number;
  delayMs: number;
  reason: string;
}

/** How a retry is told in a log line (names no value). */
export function describeRetry(notice: RetryNotice): string {
  return `Attempt ${notice.attempt} failed (${notice.reason}); retrying in ${(notice.delayMs / 1000).toFixed(1)} s.`;
}

export const DEFAULTS = {
  timeoutMs: 30_000,
  retries: 3,
  totalTimeoutMs: 120_000,
  maxBodyBytes: 32 * 1024 * 1024,
  backoffBaseMs: 500,
  maxBackoffMs: 10_000,
} as const;

/** Validates api-url: https, or http to a loopback host only; no credentials, query or fragment. */
export function resolveEndpoint(apiUrl: string): URL {
  let base: URL;
  try {
    // trim() also drops Unicode spaces (a pasted NBSP), which the URL parser would refuse.
    base = new URL(apiUrl.trim());
  } catch {
    throw new SeekritError('INVALID_INPUT', 'api-url is not a valid URL.', `Use an absolute URL such as ${DEFAULT_API_URL}.`);
  }
  const host = base.hostname;
  // The URL parser writes IPv4 addresses in dotted decimal and IPv6 ones in brackets.
  const loopback = host === 'localhost' || host === '[::1]' || (isIPv4(host) && host.startsWith('127.'));
  if (base.protocol === 'http:' && !loopback) {
    throw new SeekritError(
      'INSECURE_URL',
      `api-url uses plain http:// to ${host}; the token would travel unencrypted.`,
      'Use https://; plain http:// is accepted only for loopback hosts (localhost, 127.0.0.1, ::1).',
    );
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new SeekritError(
      'INVALID_INPUT',
      `api-url must be an https:// URL, not ${base.protocol}.`,
      `Use an absolute URL such as ${DEFAULT_API_URL}.`,
    );
  }
  if (base.username || base.password || base.search || base.hash) {
    throw new SeekritError(
      'INVALID_INPUT',
      'api-url must not contain credentials, a query or a fragment.',
      `Use the API's base URL, such as ${DEFAULT_API_URL}.`,
    );
  }
  const endpoint = new URL(`${base.href.replace(/\/+$/, '')}/v1/resolve`);
  return endpoint;
}

/** Parses `group=env` (the CLI's spelling) into an override, naming the input on error. */
export function parseOverride(text: string, inputName: string): GroupOverride {
  const [group, env, ...rest] = text.split('=');
  if (rest.length || !group || !env || !SLUG.test(group.trim()) || !SLUG.test(env.trim())) {
    throw new SeekritError(
      'INVALID_INPUT',
      `${inputName} entry "${untrustedText(text, 100)}" is not group=env.`,
      `Write each override as <group-slug>=<env-slug>, for example shared=staging.`,
    );
  }
  return { group: group.trim(), env: env.trim() };
}

function buildUrl(endpoint: URL, overrides: GroupOverride[]): URL {
  const url = new URL(endpoint.href);
  const seen = new Set<string>();
  for (const o of overrides) {
    if (seen.has(o.group)) {
      throw new SeekritError('INVALID_INPUT', `Group ${o.group} is overridden twice.`, 'Give each group at most one group=env override.');
    }
    seen.add(o.group);
  }
  // Sorted: the same overrides in any order make the same request URL.
  for (const pair of overrides.map((o) => `${o.group}:${o.env}`).sort()) url.searchParams.append('with', pair);
  return url;
}

/**
 * GET /v1/resolve: retries network errors, timeouts, 5xx and 429 (honouring Retry-After) with
 * exponential backoff and jitter, bounded in count and total time. Never follows a redirect.
 * Returns the validated body or throws a SeekritError that says what to do.
 */
export async function fetchResolve(request: ResolveRequest): Promise<ResolveResponse> {
  const endpoint = resolveEndpoint(request.apiUrl);
  const url = buildUrl(endpoint, request.overrides ?? []);
  const timeoutMs = request.timeoutMs ?? DEFAULTS.timeoutMs;
  const retries = request.retries ?? DEFAULTS.retries;
  const totalTimeoutMs = request.totalTimeoutMs ?? DEFAULTS.totalTimeoutMs;
  const backoffBaseMs = request.backoffBaseMs ?? DEFAULTS.backoffBaseMs;
  const started = Date.now();
  const headers = {
    authorization: `Bearer ${request.token.secret}`,
    accept: 'application/json',
    'user-agent': `seekrit-action/${VERSION} (${request.client}; node ${process.version})`,
    'x-seekrit-client': request.client,
  };

  for (let attempt = 1; ; attempt++) {
    const elapsed = Date.now() - started;
    const attemptTimeout = Math.max(1, Math.min(timeoutMs, totalTimeoutMs - elapsed));
    let response: HttpResponse | undefined;
    let networkError: unknown;
    try {
      response = await httpGet(url, {
        headers,
        timeoutMs: attemptTimeout,
        maxBodyBytes: request.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
      });
    } catch (error) {
      networkError = error;
    }
    // Outside the try: a body that fails validation is final, never mistaken for a network error.
    // httpGet rejects only with Errors (Node's, or its own timeout and size errors).
    const outcome = response
      ? classify(response, endpoint, request.token)
      : classifyNetworkError(networkError as Error, endpoint, attemptTimeout);
    if (outcome.kind === 'done') return outcome.body;
    if (outcome.kind === 'fatal') throw outcome.error;

    const backoff = Math.min(DEFAULTS.maxBackoffMs, backoffBaseMs * 2 ** (attempt - 1));
    const jittered = Math.round(backoff / 2 + Math.random() * (backoff / 2));
    const delayMs = outcome.retryAfterMs ?? jittered;
    const remaining = totalTimeoutMs - (Date.now() - started);
    const outOfAttempts = attempt > retries;
    // Stryker disable next-line EqualityOperator: equal only to the millisecond.
    const outOfTime = delayMs >= remaining;
    if (outOfAttempts || outOfTime) {
      const why = outOfAttempts
        ? `after ${attempt} attempt${attempt === 1 ? '' : 's'}`
        : `within the ${Math.round(totalTimeoutMs / 1000)} s time budget`;
      throw new SeekritError(outcome.error.code, `${outcome.error.message} (gave up ${why})`, outcome.error.hint);
    }
    request.onRetry?.({ attempt, delayMs, reason: outcome.reason });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

type Outcome =
  | { kind: 'done'; body: ResolveResponse }
  | { kind: 'fatal'; error: SeekritError }
  | { kind: 'retry'; error: SeekritError; reason: string; retryAfterMs?: number | undefined };

function classify(response: HttpResponse, endpoint: URL, token: ServiceToken): Outcome {
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

function classifyNetworkError(error: Error, endpoint: URL, timeoutMs: number): Outcome {
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
  const e = new SeekritError(
    'NETWORK_ERROR',
    `Could not reach the seekrit API at ${target} (${what}).`,
    code === 'ENOTFOUND'
      ? 'Check the host name in api-url.'
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

/** Seconds or an HTTP date; capped at 60 s so a hostile header cannot stall a job. */
function parseRetryAfter(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  let ms: number;
  // Header values reach here trimmed by Node's HTTP parser.
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    const date = Date.parse(value);
    if (Number.isNaN(date)) return undefined;
    ms = date - Date.now();
  }
  return Math.min(60_000, Math.max(0, ms));
}
