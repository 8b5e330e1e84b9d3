/**
 * Fields of JSON secrets, named in `secrets` entries: `ALIAS=NAME.path` delivers one field,
 * `NAME.*` (or `ALIAS=NAME.path.*`) one variable per field of an object. A path is `.key` for an
 * identifier, `["any key"]` (a JSON string) for any other, and `[index]` into an array. Secret
 * names cannot hold `.` or `[`, so where the name ends is never in doubt.
 */
import { SeekritError } from '../common/errors.js';
import { fieldStep, fieldText, type JsonValue, type JsonValueError, MAX_JSON_DEPTH, parseJson } from './json-value.js';

export type PathStep = { key: string } | { index: number };

export interface FieldPath {
  steps: PathStep[];
  /** `.*` at the end: one variable per field of the object the steps reach. */
  flatten: boolean;
}

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const INDEX = /(?:0|[1-9][0-9]{0,8})\]/y;
const QUOTED = /"(?:[^"\\\u0000-\u001f]|\\.)*"\]/y;

/** Parses the path after a secret's name (`.db.password`, `["my-key"][0]`, `.*`); undefined when it is not one. */
export function parseFieldPath(text: string): FieldPath | undefined {
  const steps: PathStep[] = [];
  let at = 0;
  const take = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const found = pattern.exec(text)?.[0];
    if (found !== undefined) at += found.length;
    return found;
  };
  while (at < text.length) {
    if (steps.length >= MAX_JSON_DEPTH) return undefined;
    if (text.startsWith('.*', at) && at + 2 === text.length) return { steps, flatten: true };
    if (text[at] === '.') {
      at++;
      const key = take(IDENTIFIER);
      if (key === undefined) return undefined;
      steps.push({ key });
    } else if (text[at] === '[') {
      at++;
      const index = take(INDEX);
      if (index !== undefined) {
        steps.push({ index: Number(index.slice(0, -1)) });
        continue;
      }
      const quoted = take(QUOTED);
      if (quoted === undefined) return undefined;
      try {
        steps.push({ key: JSON.parse(quoted.slice(0, -1)) as string });
      } catch {
        return undefined;
      }
    } else return undefined;
  }
  return steps.length ? { steps, flatten: false } : undefined;
}

/** The path as it is best written (for messages and the summary). */
export function describePath(path: FieldPath): string {
  return `${path.steps.map((step) => ('index' in step ? `[${step.index}]` : fieldStep(step.key))).join('')}${path.flatten ? '.*' : ''}`;
}

/** The JSON of a secret's value, or an error naming the secret (never quoting the value). */
export function parseSecretJson(name: string, value: string): JsonValue {
  try {
    return parseJson(value);
  } catch (error) {
    const { problem, where } = error as JsonValueError;
    const why =
      problem === 'duplicate'
        ? `has a key twice in one object (at ${name}${where === 'the top level' ? '' : where}), so which one is meant is unclear`
        : problem === 'depth'
          ? `nests deeper than ${MAX_JSON_DEPTH} levels`
          : `is not JSON (${where})`;
    throw new SeekritError(
      'UNSUPPORTED_VALUE',
      `Secret ${name} ${why}: its fields cannot be read.`,
      'Fix the value in seekrit, or deliver it whole.',
    );
  }
}

/**
 * The value a path reaches, `absent` when a key or index is not there, or an error naming the
 * secret and the part of the path that goes into something that is not an object or array.
 */
export function resolveField(name: string, root: JsonValue, path: FieldPath): JsonValue | 'absent' {
  let at = root;
  let walked = '';
  for (const step of path.steps) {
    const container = 'index' in step ? 'array' : 'object';
    if (at.kind !== container) {
      throw new SeekritError(
        'UNSUPPORTED_VALUE',
        `${name}${walked} is ${describeKind(at)}, not an ${container}, so ${name}${describePath(path)} cannot be read.`,
        'Check the path against the secret in seekrit.',
      );
    }
    const next =
      'index' in step
        ? (at as { items: JsonValue[] }).items[step.index]
        : (at as { entries: Map<string, JsonValue> }).entries.get(step.key);
    if (next === undefined) return 'absent';
    walked += 'index' in step ? `[${step.index}]` : fieldStep(step.key);
    at = next;
  }
  if (path.flatten && at.kind !== 'object') {
    throw new SeekritError(
      'UNSUPPORTED_VALUE',
      `${name}${walked} is ${describeKind(at)}, not an object, so ${name}${describePath(path)} has no fields to deliver.`,
      'Name the fields one by one, or check the path.',
    );
  }
  return at;
}

function describeKind(value: JsonValue): string {
  if (value.kind === 'literal') return /^[-0-9]/.test(value.text) ? 'a number' : value.text === 'null' ? 'null' : 'true or false';
  return value.kind === 'string' ? 'a string' : `an ${value.kind}`;
}

/**
 * The variables `BASE.*` delivers: BASE_KEY per field (the key upper-cased, each character that
 * cannot be in a name made _), the field's text as the value. Two keys that give one name are
 * refused by name.
 */
export function flattenFields(base: string, object: JsonValue, describe: string): Array<{ as: string; value: string; field: string }> {
  const out: Array<{ as: string; value: string; field: string }> = [];
  const taken = new Map<string, string>();
  for (const [key, value] of (object as { entries: Map<string, JsonValue> }).entries) {
    const as = `${base}_${key.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;
    const field = `${describe}${fieldStep(key)}`;
    const twin = taken.get(as);
    if (twin !== undefined) {
      throw new SeekritError(
        'INVALID_INPUT',
        `${twin} and ${field} would both be delivered as ${as}.`,
        'Deliver one of them by name instead, with ALIAS=NAME.path.',
      );
    }
    taken.set(as, field);
    out.push({ as, value: fieldText(value), field });
  }
  return out;
}
