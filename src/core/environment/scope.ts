import { SeekritError } from '../common/errors.js';
import { type Scope, SLUG } from '../wire/response.js';

export function describeScope(scope: Scope): string {
  return `${scope.orgSlug}/${scope.appSlug}/${scope.envSlug}`;
}

/** Validates `org/app/env` (three slugs) before any request; empty means no check. */
export function parseExpectedScope(text: string | undefined, inputName: string): string | undefined {
  const want = (text ?? '').trim();
  if (want === '') return undefined;
  const parts = want.split('/');
  if (parts.length !== 3 || !parts.every((part) => SLUG.test(part))) {
    throw new SeekritError(
      'INVALID_INPUT',
      `${inputName} must be org/app/env slugs, for example acme/web/production.`,
      `Set ${inputName} to the three slugs separated by /.`,
    );
  }
  return want;
}

/**
 * `expect-scope: org/app/env` must equal the response's scope, so a token pasted into the wrong
 * repository secret fails loudly instead of delivering another environment's values.
 */
export function checkExpectedScope(scope: Scope, expected: string | undefined, inputName: string): void {
  const want = parseExpectedScope(expected, inputName);
  if (want === undefined) return;
  const actual = describeScope(scope);
  if (actual !== want) {
    throw new SeekritError(
      'SCOPE_MISMATCH',
      `The token resolves ${actual}, but ${inputName} expects ${want}.`,
      'Store the token of the expected environment in this CI secret, or correct the expected scope.',
    );
  }
}
