/**
 * File operations that Windows makes fail for a while: a file another process holds open (an
 * antivirus scan, an indexer, a program the job left running) cannot be deleted or replaced
 * (EBUSY, EPERM, EACCES) until it lets go. There, such an operation is tried again with a growing
 * pause for a bounded time; on POSIX these codes are final, so it runs once.
 */
import type { Os } from './os.js';

const TRANSIENT_ON_WINDOWS = new Set(['EBUSY', 'EPERM', 'EACCES', 'ENOTEMPTY']);

/** How long Windows gets to let go of a file, in all, and the first pause (doubled each time). */
export const RETRY_BUDGET_MS = 5_000;
const FIRST_PAUSE_MS = 25;

/** Blocks this thread: the post step and cleanup on exit are synchronous. */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export interface RetryOptions {
  budgetMs?: number;
  sleep?: (ms: number) => void;
  /** Runs before each new attempt (clearing a read-only attribute, say). */
  beforeRetry?: (error: NodeJS.ErrnoException) => void;
}

/** Runs `operation`, on Windows again while it fails with a transient code and the budget lasts. */
export function retryFileOperation<T>(operation: () => T, os: Os, options: RetryOptions = {}): T {
  const budget = options.budgetMs ?? RETRY_BUDGET_MS;
  const sleep = options.sleep ?? sleepSync;
  let waited = 0;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return operation();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (os !== 'win32' || !TRANSIENT_ON_WINDOWS.has(code) || waited >= budget) throw error;
      const next = Math.min(pause, budget - waited);
      sleep(next);
      waited += next;
      pause *= 2;
      options.beforeRetry?.(error as NodeJS.ErrnoException);
    }
  }
}

/** Why an operation still failed after the retries, in words a user can act on. */
export function describeStuck(code: string | undefined, os: Os): string {
  if (os === 'win32' && (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'))
    return `${code}: another program still had it open after ${RETRY_BUDGET_MS / 1000} s (often an antivirus scan, or a process the job left running), or it is read-only`;
  return code ?? 'error';
}
