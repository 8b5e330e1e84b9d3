/**
 * Templates: a file with `{{ NAME }}`, `{{ NAME.path }}` and `{{ NAME | filter | … }}` placeholders,
 * rendered with the delivered values, so a config file or manifest gets its secrets without them
 * passing through a shell. Text outside placeholders is copied exactly, byte for byte. `{{ "{{" }}`
 * writes a literal `{{`. Anything wrong (a name not delivered, a field that is not there, an
 * unknown filter, a malformed or unclosed placeholder, a template that is not UTF-8) fails naming
 * the template's line, and nothing is written: rendering happens before any file is touched.
 */
import { readFileSync, statSync } from 'node:fs';
import { SeekritError } from '../common/errors.js';
import { closest } from '../common/suggest.js';
import { describePath, type FieldPath, parseFieldPath, parseSecretJson, resolveField } from '../selection/fields.js';
import { fieldText, type JsonValue } from '../selection/json-value.js';
import type { Delivered } from '../selection/select.js';
import { applyFilter, FILTERS, type Filter } from './template-filters.js';

/** Larger than any configuration file; a template is read whole. */
export const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

/** NAME, an optional field path, and filters; or the literal "{{". */
const PLACEHOLDER =
  /^\s*(?:(?<literal>"\{\{")|(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<path>(?:\.[A-Za-z_][A-Za-z0-9_]*|\[(?:0|[1-9][0-9]*)\]|\["(?:[^"\\]|\\.)*"\])*)(?<filters>(?:\s*\|\s*[A-Za-z0-9_-]+)*))\s*$/s;

function fail(where: string, line: number, problem: string, hint: string): never {
  throw new SeekritError('INVALID_INPUT', `Template ${where}, line ${line}: ${problem}.`, hint);
}

/**
 * The template as text (a BOM is text too: kept, like every byte outside placeholders), or a
 * failure naming the line of its first byte that is not UTF-8 (looked for only then).
 */
function decodeUtf8(bytes: Buffer, where: string): string {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return decoder.decode(bytes);
  } catch {
    // A line break is never inside a UTF-8 sequence: the first line that fails alone is the one.
    let line = 1;
    for (let start = 0; start <= bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      const stop = end < 0 ? bytes.length : end;
      try {
        decoder.decode(bytes.subarray(start, stop));
      } catch {
        break;
      }
      start = stop + 1;
    }
    return fail(where, line, 'it is not UTF-8 text', 'Save the template as UTF-8.');
  }
}

/** Reads a template file whole, bounded; a missing or unreadable one is named with its code. */
export function readTemplateFile(path: string): Buffer {
  try {
    const { size } = statSync(path);
    if (size > MAX_TEMPLATE_BYTES) fail(path, 1, `it is larger than ${MAX_TEMPLATE_BYTES} bytes`, 'Split it into smaller templates.');
    return readFileSync(path);
  } catch (error) {
    if (error instanceof SeekritError) throw error;
    throw new SeekritError(
      'INVALID_INPUT',
      `Template ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      'Check the path (relative to the workspace, or absolute) and that it is a file.',
    );
  }
}

/** Renders `bytes` (the template read from `where`) with the delivered values. */
export function renderTemplate(bytes: Buffer, delivered: readonly Delivered[], where: string): string {
  if (bytes.length > MAX_TEMPLATE_BYTES)
    fail(where, 1, `it is larger than ${MAX_TEMPLATE_BYTES} bytes`, 'Split it into smaller templates.');
  const text = decodeUtf8(bytes, where);
  const byName = new Map(delivered.map((d) => [d.name, d]));
  // Each JSON secret is parsed once, however many of its fields the template names.
  const parsed = new Map<string, JsonValue>();
  const parts: string[] = [];
  let at = 0;
  let line = 1;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open < 0) break;
    const before = text.slice(at, open);
    parts.push(before);
    line += countLines(before);
    const close = text.indexOf('}}', open + 2);
    const inside = close < 0 ? '' : text.slice(open + 2, close);
    if (close < 0 || inside.includes('\n') || (inside.includes('{{') && !/^\s*"\{\{"\s*$/.test(inside)))
      fail(
        where,
        line,
        'a placeholder opens with {{ and does not close with }} on the same line',
        'Close it, or write a literal {{ as {{ "{{" }}.',
      );
    parts.push(renderPlaceholder(inside, byName, parsed, where, line));
    at = close + 2;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function renderPlaceholder(
  inside: string,
  byName: ReadonlyMap<string, Delivered>,
  parsed: Map<string, JsonValue>,
  where: string,
  line: number,
): string {
  const match = PLACEHOLDER.exec(inside)?.groups;
  if (!match) {
    fail(
      where,
      line,
      `{{${inside.slice(0, 60)}}} is not a placeholder`,
      'Write {{ NAME }}, {{ NAME.path }} or {{ NAME | json }} (filters: json, base64, yaml, shell), or a literal {{ as {{ "{{" }}.',
    );
  }
  if (match.literal) return '{{';
  const name = match.name as string;
  const secret = byName.get(name);
  if (!secret) {
    const guess = closest(name, [...byName.keys()]);
    fail(
      where,
      line,
      `${name} is not among the delivered names${guess ? ` (did you mean ${guess}?)` : ''}`,
      'Placeholders use names as delivered (after ALIAS=NAME, name-case and prefix): check that secrets selects it.',
    );
  }
  let value = secret.value;
  if (match.path) {
    // The pattern above admits only paths parseFieldPath reads.
    const path = parseFieldPath(match.path as string) as FieldPath;
    const found = resolveInTemplate(name, value, path, parsed, where, line);
    value = fieldText(found);
  }
  const filters = (match.filters ?? '')
    .split('|')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  for (const filter of filters) {
    if (!(FILTERS as readonly string[]).includes(filter))
      fail(where, line, `there is no filter ${filter.slice(0, 40)}`, `The filters are ${FILTERS.join(', ')}.`);
    try {
      value = applyFilter(filter as Filter, value);
    } catch (error) {
      fail(where, line, `${name} cannot go through ${filter}: ${(error as Error).message}`, 'Use another filter, such as base64.');
    }
  }
  return value;
}

function resolveInTemplate(
  name: string,
  value: string,
  path: FieldPath,
  parsed: Map<string, JsonValue>,
  where: string,
  line: number,
): JsonValue {
  let found: JsonValue | 'absent';
  try {
    const root = parsed.get(name) ?? parseSecretJson(name, value);
    parsed.set(name, root);
    found = resolveField(name, root, path);
  } catch (error) {
    const { message, hint } = error as SeekritError;
    return fail(where, line, message.replace(/\.$/, ''), hint ?? 'Check the path against the secret in seekrit.');
  }
  if (found === 'absent')
    fail(
      where,
      line,
      `${name} has no field ${describePath(path)}`,
      'Check the path against the secret in seekrit (keys are case-sensitive, indexes start at 0).',
    );
  return found;
}
