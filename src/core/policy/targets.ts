/**
 * What must never be shown, decided once for every shell. The action registers `secretTargets`
 * with the runner (which adds its own encoded forms); the CLI and the GitLab job hand
 * `redactionNeedles` (the same targets plus their encoded forms) to the redactor.
 */
import { contributorsOf } from '../environment/interpolate.js';
import type { Materialized, Secret } from '../environment/materialize.js';
import { jsonLeavesOf } from '../selection/json-value.js';
import type { Delivered } from '../selection/select.js';

/**
 * The values to hide for a delivery: every delivered value except those left unmasked by name,
 * plus every value that flows into a delivered one through `${REF}` (a password inside a
 * delivered URL), unless that secret is itself delivered unmasked. A JSON secret is hidden whole
 * and leaf by leaf (each string inside it) wherever it or a field of it is delivered masked: a
 * field pulled out later (`jq -r .password`) is then hidden too. A value delivered unmasked is
 * not hidden, even where it is also a leaf of a masked secret.
 */
export function valuesToHide(
  delivered: readonly Delivered[],
  environment: Pick<Materialized, 'secrets' | 'references'>,
  unmasked: ReadonlySet<string> = new Set(),
): string[] {
  const values: string[] = [];
  const hide = (value: string) => {
    values.push(value);
    const leaves = jsonLeavesOf(value);
    if (leaves.length) values.push(...leaves);
  };
  const plainFrom = new Set<string>();
  const plainValues = new Set<string>();
  const wholeFrom = new Set<string>();
  for (const d of delivered) {
    if (unmasked.has(d.name)) {
      plainValues.add(d.value);
      if (d.field === undefined) plainFrom.add(d.from);
      continue;
    }
    hide(d.value);
    // The other fields of a masked field's secret are as secret as it is.
    if (d.field !== undefined) wholeFrom.add(d.from);
  }
  for (const name of wholeFrom) if (!plainFrom.has(name)) hide((environment.secrets.get(name) as Secret).value);
  for (const name of contributorsOf(
    delivered.map((d) => d.from),
    environment.references,
  )) {
    // References only ever name secrets of this environment (interpolate resolves no others).
    const secret = environment.secrets.get(name) as Secret;
    if (!plainFrom.has(name)) hide(secret.value);
  }
  if (plainValues.size === 0) return values;
  // Only when something is unmasked: which values a masked name also delivers.
  const maskedValues = new Set(delivered.filter((d) => !unmasked.has(d.name)).map((d) => d.value));
  return values.filter((value) => !plainValues.has(value) || maskedValues.has(value));
}

/**
 * Each value and each trimmed, non-blank line of it, deduplicated in first-seen order.
 * Whitespace-only values give nothing (they cannot be masked or sensibly redacted).
 */
export function secretTargets(values: Iterable<string>): string[] {
  const targets = new Set<string>();
  for (const value of values) {
    if (value.trim() === '') continue;
    targets.add(value);
    // One line (nearly every value): the line is the value, trimmed, without a split (3 ms at
    // 10,000 values on Node.js 24).
    // Stryker disable next-line StringLiteral,BlockStatement: without this path the split gives the same targets.
    if (!value.includes('\n') && !value.includes('\r')) {
      targets.add(value.trim());
      continue;
    }
    for (const line of value.split(/\r\n|\r|\n/)) {
      const trimmed = line.trim();
      if (trimmed !== '') targets.add(trimmed);
    }
  }
  return [...targets];
}

/**
 * An encoded form shorter than this is not added: it would mask ordinary text (a one-character
 * line such as `{` in a JSON credential has the base64 prefix `e`). The target itself always is.
 */
const MIN_ENCODED_LENGTH = 8;

/** The base64url form of a base64 text: no padding, `-` and `_` for `+` and `/`. */
function base64url(base64: string): string {
  const bare = base64.endsWith('=') ? base64.slice(0, base64.indexOf('=')) : base64;
  // Speed only: without + or / the replacements find nothing.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral,BooleanLiteral: see above.
  const unchanged = !bare.includes('+') && !bare.includes('/');
  // Stryker disable next-line ConditionalExpression: see above.
  return unchanged ? bare : bare.replaceAll('+', '-').replaceAll('/', '_');
}

/**
 * Base64 of the value as it appears inside a larger base64 text: starting at each of the three
 * byte offsets (mod 3) the value can take there, only the characters that the value's own bytes
 * decide (whole groups, then the leading characters of a partial last group); plus the padded
 * form of the value encoded alone. Each is followed by its base64url form.
 */
function base64Forms(bytes: Buffer): string[] {
  const padded = bytes.toString('base64');
  const forms = [padded, base64url(padded)];
  // A value shorter than three bytes gives empty forms, which encodedForms drops with the short ones.
  for (let shift = 0; shift < 3; shift++) {
    const rest = Math.max(0, bytes.length - shift);
    const decided = Math.floor(rest / 3) * 4 + (rest % 3);
    // From offset 0 the decided characters begin the padded form (speed only: one encoding less).
    // Stryker disable next-line ConditionalExpression,EqualityOperator: see above.
    const form = (shift === 0 ? padded : bytes.toString('base64', shift)).slice(0, decided);
    forms.push(form, base64url(form));
  }
  return forms;
}

/**
 * Characters that JSON string escaping, URI component and form encoding and XML escaping all
 * leave as they are: a value of only these is its own form in each (speed only).
 */
// Stryker disable next-line all: speed only (the forms it skips equal the value, which the list already holds).
const UNESCAPED = /^[A-Za-z0-9_.!~*()-]*$/;

/**
 * A target and the forms in which programs commonly print it, as the GitHub runner masks them
 * (actions/runner ValueEncoders): base64 (three offsets, and base64url), JSON string escape, URI
 * component and form encoding, XML escape.
 */
export function encodedForms(target: string): string[] {
  // A list, not a Set: a few dozen forms at most, and thousands of values build one each.
  const forms = [target];
  const add = (form: string) => {
    if (form.length >= MIN_ENCODED_LENGTH && !forms.includes(form)) forms.push(form);
  };
  for (const form of base64Forms(Buffer.from(target, 'utf8'))) add(form);
  // Stryker disable next-line ConditionalExpression,BlockStatement: speed only (see UNESCAPED).
  if (!UNESCAPED.test(target)) {
    add(JSON.stringify(target).slice(1, -1));
    const uri = encodeURIComponent(target);
    add(uri);
    add(uri.replaceAll('%20', '+'));
    add(target.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`));
  }
  for (const form of printedForms(target)) add(form);
  return forms;
}

/** Base64 lines of GNU `base64` (and `openssl base64 -A`-less tools) wrap at 76 columns. */
const BASE64_LINE = 76;
/** Characters bash's `printf %q` escapes with a backslash anywhere (and `~`, `#` at the start). */
const PRINTF_Q = /[ '"$`\\!&;()<>|*?[\]{}^,]/g;
/** Nothing below changes a value of only these characters that fits in one base64 line. */
// Stryker disable next-line all: speed only (see printedForms).
const PLAIN = /^[A-Za-z0-9_.:@%+=/-]*$/;

/**
 * Forms real tools print that the GitHub runner does not derive from a mask itself, so the action
 * registers them too and the redactor hides them: JSON escaped as Python's json.dumps does
 * (non-ASCII as \uXXXX) and as Go's encoding/json does (<, >, & as \u003c…), HTML with numeric
 * quotes (Python, PHP, Go), shell quoting (bash `set -x`, `printf %q`, `declare -p`), and GNU
 * `base64` output wrapped at 76 columns (each line of the value's base64).
 */
export function printedForms(target: string): string[] {
  // Speed only: for such a value every form below is the value itself, which the filter drops.
  // Stryker disable next-line all: see above.
  if (target.length <= 57 && PLAIN.test(target)) return [];
  const forms: string[] = [];
  const json = JSON.stringify(target).slice(1, -1);
  forms.push(json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  forms.push(json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  for (const [quot, apos] of [
    ['&quot;', '&#x27;'],
    ['&quot;', '&#39;'],
    ['&quot;', '&#039;'],
    ['&#34;', '&#39;'],
  ] as const) {
    forms.push(target.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': quot, "'": apos })[c] as string));
  }
  forms.push(target.replaceAll("'", "'\\''"));
  forms.push(target.replace(/["\\$`]/g, '\\$&'));
  forms.push(target.replace(PRINTF_Q, '\\$&').replace(/^[~#]/, '\\$&'));
  // Every full line is the same whether the value was encoded alone or with a newline after it.
  const encoded = Buffer.from(target, 'utf8').toString('base64');
  // Stryker disable next-line EqualityOperator: a one-line encoding is the padded form, a needle already.
  if (encoded.length > BASE64_LINE)
    for (let at = 0; at < encoded.length; at += BASE64_LINE) forms.push(encoded.slice(at, at + BASE64_LINE));
  return forms.filter((form) => form !== target);
}

/** Everything the redactor must replace for these values: the targets and their encoded forms. */
export function redactionNeedles(values: Iterable<string>): string[] {
  const needles = new Set<string>();
  for (const target of secretTargets(values)) for (const form of encodedForms(target)) needles.add(form);
  return [...needles];
}
