/**
 * GET /v1/resolve, end to end: build the request (request.ts), send it (http.ts), judge the
 * reply (reply.ts), and wait and try again while the retry policy allows (retry.ts).
 */
import type { ServiceToken } from '../keys/token.js';
import { type HttpResponse, httpGet } from './http.js';
import { judgeNetworkError, judgeReply } from './reply.js';
import { type ClientKind, type GroupOverride, requestHeaders, requestUrl, resolveEndpoint } from './request.js';
import type { ResolveResponse } from './response.js';
import { DEFAULTS, giveUp, type RetryNotice, retryDelay } from './retry.js';

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

/**
 * Retries network errors, timeouts, 5xx and 429 (honouring Retry-After) with exponential backoff
 * and jitter, bounded in count and total time. Never follows a redirect. Returns the validated
 * body or throws a SeekritError that says what to do.
 */
export async function fetchResolve(request: ResolveRequest): Promise<ResolveResponse> {
  const endpoint = resolveEndpoint(request.apiUrl);
  const url = requestUrl(endpoint, request.overrides ?? []);
  const headers = requestHeaders(request.token, request.client);
  const timeoutMs = request.timeoutMs ?? DEFAULTS.timeoutMs;
  const budget = { retries: request.retries ?? DEFAULTS.retries, totalTimeoutMs: request.totalTimeoutMs ?? DEFAULTS.totalTimeoutMs };
  const backoffBaseMs = request.backoffBaseMs ?? DEFAULTS.backoffBaseMs;
  const started = Date.now();

  for (let attempt = 1; ; attempt++) {
    const elapsed = Date.now() - started;
    const attemptTimeout = Math.max(1, Math.min(timeoutMs, budget.totalTimeoutMs - elapsed));
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
      ? judgeReply(response, endpoint, request.token)
      : judgeNetworkError(networkError as Error, endpoint, attemptTimeout);
    if (outcome.kind === 'done') return outcome.body;
    if (outcome.kind === 'fatal') throw outcome.error;

    const delayMs = retryDelay(attempt, backoffBaseMs, outcome.retryAfterMs);
    const final = giveUp(outcome.error, attempt, delayMs, budget.totalTimeoutMs - (Date.now() - started), budget);
    if (final) throw final;
    request.onRetry?.({ attempt, delayMs, reason: outcome.reason });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}
