/**
 * The retry policy: how long to wait before the next attempt (exponential backoff with jitter, or
 * the server's Retry-After, capped) and when to give up (attempts or the total time budget).
 */
import { SeekritError } from '../common/errors.js';

export const DEFAULTS = {
  timeoutMs: 30_000,
  retries: 3,
  totalTimeoutMs: 120_000,
  maxBodyBytes: 32 * 1024 * 1024,
  backoffBaseMs: 500,
  maxBackoffMs: 10_000,
} as const;

export interface RetryNotice {
  attempt: number;
  delayMs: number;
  reason: string;
}

/** How a retry is told in a log line (names no value). */
export function describeRetry(notice: RetryNotice): string {
  return `Attempt ${notice.attempt} failed (${notice.reason}); retrying in ${(notice.delayMs / 1000).toFixed(1)} s.`;
}

/** The wait after a failed attempt (1-based): the server's Retry-After if it gave one, else backoff with jitter. */
export function retryDelay(attempt: number, backoffBaseMs: number, retryAfterMs: number | undefined): number {
  const backoff = Math.min(DEFAULTS.maxBackoffMs, backoffBaseMs * 2 ** (attempt - 1));
  const jittered = Math.round(backoff / 2 + Math.random() * (backoff / 2));
  return retryAfterMs ?? jittered;
}

/** The attempt budget: how many retries, and how much time for all attempts and waits together. */
export interface RetryBudget {
  retries: number;
  totalTimeoutMs: number;
}

/**
 * Null if another attempt fits the budget after waiting `delayMs`; otherwise the final error: the
 * last attempt's, saying why the product gave up.
 */
export function giveUp(
  error: SeekritError,
  attempt: number,
  delayMs: number,
  remainingMs: number,
  budget: RetryBudget,
): SeekritError | null {
  const outOfAttempts = attempt > budget.retries;
  // Stryker disable next-line EqualityOperator: equal only to the millisecond.
  const outOfTime = delayMs >= remainingMs;
  if (!outOfAttempts && !outOfTime) return null;
  const why = outOfAttempts
    ? `after ${attempt} attempt${attempt === 1 ? '' : 's'}`
    : `within the ${Math.round(budget.totalTimeoutMs / 1000)} s time budget`;
  return new SeekritError(error.code, `${error.message} (gave up ${why})`, error.hint);
}

/** Seconds or an HTTP date; capped at 60 s so a hostile header cannot stall a job. */
export function parseRetryAfter(header: string | string[] | undefined): number | undefined {
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
