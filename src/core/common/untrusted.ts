/**
 * Text a server, proxy or gateway chose (error messages, content types, redirect targets) is
 * untrusted: before it reaches a log line it is cut to size, stripped of control characters,
 * kept from forming a CI workflow command, and scrubbed of anything that could be the token.
 */

/** The shortest run of the token's own characters that is scrubbed wherever it appears. */
const TOKEN_FRAGMENT = 4;
/** An unbroken run of base64url characters this long is opaque data, never worth printing. */
const OPAQUE_RUN = /[A-Za-z0-9_-]{20,}/g;
export const SCRUBBED = '[MASKED]';

/**
 * Hides every run of `text` made of pieces of `secret` at least TOKEN_FRAGMENT long, from any
 * offset: a gateway that echoes part of the Authorization header cannot get any of it printed.
 */
function scrubFragments(text: string, secret: string): string {
  const windows = new Set<string>();
  for (let end = TOKEN_FRAGMENT; end <= secret.length; end++) windows.add(secret.slice(end - TOKEN_FRAGMENT, end));
  const hidden = new Uint8Array(text.length);
  for (let end = TOKEN_FRAGMENT; end <= text.length; end++) {
    if (windows.has(text.slice(end - TOKEN_FRAGMENT, end))) hidden.fill(1, end - TOKEN_FRAGMENT, end);
  }
  let out = '';
  // A run of hidden characters becomes one marker (hidden[-1] is undefined: not hidden).
  for (let i = 0; i < text.length; i++) {
    if (!hidden[i]) {
      out += text[i];
      continue;
    }
    // Stryker disable next-line ArithmeticOperator: one marker per run, at its start or its end, reads the same.
    if (!hidden[i - 1]) out += SCRUBBED;
  }
  return out;
}

/**
 * Makes server-chosen text safe for one log line: at most `max` printable ASCII characters,
 * no piece of `secret` (the token), no long opaque run, and no `::` or `##[` that a runner could
 * read as a workflow command (the legacy `##[…]` form is honoured anywhere in a line).
 */
export function untrustedText(text: string, max: number, secret = ''): string {
  const head = text.slice(0, max * 4);
  const clean = scrubFragments(head, secret)
    .replace(OPAQUE_RUN, SCRUBBED)
    .replace(/[^\x20-\x7e]/g, '?')
    .replaceAll('::', ': :')
    .replaceAll('##', '# #');
  return clean.length > max || head.length < text.length ? `${clean.slice(0, max)}…` : clean;
}
