/**
 * The platform-neutral core: token → GET /v1/resolve → local decryption → merge and expansion.
 * It knows nothing of GitHub or GitLab; the shells in src/github and src/cli mask and deliver.
 */
import type { Materialized } from './environment/materialize.js';
import { checkExpectedScope } from './environment/scope.js';
import type { ServiceToken } from './keys/token.js';
import type { ClientKind, GroupOverride } from './wire/request.js';
import { fetchResolve } from './wire/resolve.js';
import type { RetryNotice } from './wire/retry.js';

export interface LoadOptions {
  token: ServiceToken;
  apiUrl: string;
  client: ClientKind;
  overrides?: GroupOverride[];
  interpolate?: boolean;
  expectScope?: string;
  /** The input name to cite when expectScope does not match. */
  expectScopeInput?: string;
  timeoutMs?: number;
  retries?: number;
  onRetry?: (notice: RetryNotice) => void;
}

/** Resolves and decrypts an environment. Throws (delivering nothing) on any failure. */
export async function loadEnvironment(options: LoadOptions): Promise<Materialized> {
  const answer = fetchResolve(options);
  answer.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
  // The answer is a network round trip away. Once the request is out (a turn of the event loop),
  // load the decryption half (the curve and hash libraries, about 3 ms on Node.js 24) and build
  // the curve while it travels; eager imports stay inside the bundle file.
  await new Promise((resolve) => setImmediate(resolve));
  const [{ materialize }, { p256 }] = await Promise.all([
    import(/* webpackMode: "eager" */ './environment/materialize.js'),
    import(/* webpackMode: "eager" */ './keys/p256.js'),
  ]);
  p256();
  const response = await answer;
  // Check the scope before any decryption: a wrong environment's values are never opened.
  checkExpectedScope(response.scope, options.expectScope, options.expectScopeInput ?? 'expect-scope');
  return materialize(response, options.token.privateKey, options);
}
