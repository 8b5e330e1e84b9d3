/**
 * Building the one request the product makes: the endpoint from `api-url`, the `with` overrides
 * in its query, and the headers. Nothing here sends anything.
 */
import { isIPv4 } from 'node:net';
import { SeekritError } from '../common/errors.js';
import { untrustedText } from '../common/untrusted.js';
import { VERSION } from '../common/version.js';
import type { ServiceToken } from '../keys/token.js';
import { SLUG } from './response.js';

export const DEFAULT_API_URL = 'https://api.seekrit.dev';

export type ClientKind = 'github-action' | 'gitlab-ci' | 'cli';

export interface GroupOverride {
  group: string;
  env: string;
}

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
  // The product adds /v1/resolve itself: a URL copied from the API reference would 404 as …/v1/v1/resolve.
  if (/\/v1(\/resolve)?\/*$/i.test(base.pathname)) {
    throw new SeekritError(
      'INVALID_INPUT',
      `api-url ends in ${/resolve\/*$/i.test(base.pathname) ? '/v1/resolve' : '/v1'}, which seekrit adds itself.`,
      `Give the API's base URL, such as ${DEFAULT_API_URL} (without /v1).`,
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

/** The endpoint with one `with=group:env` per override, refusing a group overridden twice. */
export function requestUrl(endpoint: URL, overrides: readonly GroupOverride[]): URL {
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

/** The headers every attempt sends: the token as Bearer, and who is asking. */
export function requestHeaders(token: ServiceToken, client: ClientKind): Record<string, string> {
  return {
    authorization: `Bearer ${token.secret}`,
    accept: 'application/json',
    'user-agent': `seekrit-action/${VERSION} (${client}; node ${process.version})`,
    'x-seekrit-client': client,
  };
}
