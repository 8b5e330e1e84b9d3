/**
 * JSON values as fields need them (RFC 8259): strings decoded, numbers and literals kept as
 * written (JSON.parse would round 12345678901234567890), object keys in order, and a key written
 * twice in one object refused (JSON.parse keeps the last, other tools the first: which one a job
 * gets must not depend on the tool). Nesting is bounded. Errors say where, never what the text is.
 */
export type JsonValue =
  | { kind: 'string'; value: string }
  | { kind: 'literal'; text: string }
  | { kind: 'array'; items: JsonValue[] }
  | { kind: 'object'; entries: Map<string, JsonValue> };

/** Deeper nesting than any configuration needs, and far from the stack's limit. */
export const MAX_JSON_DEPTH = 100;

export class JsonValueError extends Error {
  constructor(
    readonly problem: 'syntax' | 'duplicate' | 'depth',
    /** Offset in the text (syntax) or the path of the object (duplicate, depth): never the text. */
    readonly where: string,
  ) {
    super(problem);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;
/** A string literal: no raw control characters, escapes as JSON allows (JSON.parse decodes and checks them). */
const STRING = /"(?:[^"\\\u0000-\u001f]|\\.)*"/y;

export function parseJson(text: string): JsonValue {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  };
  const syntax = (): never => {
    throw new JsonValueError('syntax', `character ${at + 1}`);
  };
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = at;
    const found = pattern.exec(text)?.[0];
    if (found !== undefined) at += found.length;
    return found;
  };
  const string = (): string => {
    const literal = match(STRING);
    if (literal === undefined) return syntax();
    try {
      return JSON.parse(literal) as string;
    } catch {
      at -= literal.length;
      return syntax();
    }
  };
  const value = (path: string, depth: number): JsonValue => {
    if (depth >= MAX_JSON_DEPTH) throw new JsonValueError('depth', path || 'the top level');
    skipSpace();
    const c = text[at];
    if (c === '"') return { kind: 'string', value: string() };
    if (c === '[') {
      at++;
      const items: JsonValue[] = [];
      skipSpace();
      if (text[at] === ']') {
        at++;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(value(`${path}[${items.length}]`, depth + 1));
        skipSpace();
        if (text[at] === ',') at++;
        else if (text[at] === ']') {
          at++;
          return { kind: 'array', items };
        } else return syntax();
      }
    }
    if (c === '{') {
      at++;
      const entries = new Map<string, JsonValue>();
      skipSpace();
      if (text[at] === '}') {
        at++;
        return { kind: 'object', entries };
      }
      for (;;) {
        skipSpace();
        if (text[at] !== '"') return syntax();
        const key = string();
        if (entries.has(key)) throw new JsonValueError('duplicate', path || 'the top level');
        skipSpace();
        if (text[at] !== ':') return syntax();
        at++;
        entries.set(key, value(`${path}${fieldStep(key)}`, depth + 1));
        skipSpace();
        if (text[at] === ',') at++;
        else if (text[at] === '}') {
          at++;
          return { kind: 'object', entries };
        } else return syntax();
      }
    }
    const literal = match(NUMBER) ?? match(LITERAL);
    return literal === undefined ? syntax() : { kind: 'literal', text: literal };
  };
  const parsed = value('', 0);
  skipSpace();
  if (at !== text.length) syntax();
  return parsed;
}

/** How a key is written in a field path: `.key` for an identifier, else `["key"]`. */
export function fieldStep(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** Compact JSON text of a value, numbers and literals as they were written. */
export function jsonText(value: JsonValue): string {
  switch (value.kind) {
    case 'string':
      return JSON.stringify(value.value);
    case 'literal':
      return value.text;
    case 'array':
      return `[${value.items.map(jsonText).join(',')}]`;
    case 'object':
      return `{${[...value.entries].map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`).join(',')}}`;
  }
}

/** The text a field delivers: a string as it is, anything else as its JSON text. */
export function fieldText(value: JsonValue): string {
  return value.kind === 'string' ? value.value : jsonText(value);
}

/** Every string inside a value (object keys are structure, not leaves), depth first. */
export function leafStrings(value: JsonValue, out: string[] = []): string[] {
  if (value.kind === 'string') out.push(value.value);
  else if (value.kind === 'array') for (const item of value.items) leafStrings(item, out);
  else if (value.kind === 'object') for (const item of value.entries.values()) leafStrings(item, out);
  return out;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The leaf strings of a secret's value when it is a JSON object or array, else none: a JSON
 * credential delivered whole has its fields masked too (a later `jq -r .password` prints one).
 */
export function jsonLeavesOf(text: string): readonly string[] {
  // Most values are not JSON: one look at the first character that is not JSON whitespace.
  let at = 0;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  if (text[at] !== '{' && text[at] !== '[') return NONE;
  try {
    return leafStrings(parseJson(text));
  } catch {
    return NONE;
  }
}
