import { SeekritError } from '../common/errors.js';
import type { Spelling } from '../common/spelling.js';
import { closest } from '../common/suggest.js';
import type { Secret } from '../environment/materialize.js';
import { SECRET_NAME } from '../wire/response.js';
import { describePath, type FieldPath, flattenFields, parseFieldPath, parseSecretJson, resolveField } from './fields.js';
import { fieldText, type JsonValue } from './json-value.js';
import { applyNameCase, type NameCase } from './name-case.js';

/** A secret as it will be delivered: under its delivered name (alias and prefix applied). */
export interface Delivered {
  name: string;
  /** The secret's name in seekrit. */
  from: string;
  value: string;
  source: string;
  /** For a field of a JSON secret: its path, as in NAME.path (the value is the field's). */
  field?: string;
}

export interface Selection {
  /**
   * Entries: `NAME`, `ALIAS=NAME` or a glob like `STRIPE_*`; a trailing `?` makes an entry
   * optional (skipped when absent). Empty means every secret.
   */
  secrets: string[];
  prefix: string;
  nameCase?: NameCase;
}

export interface Selected {
  /** Sorted by delivered name. */
  delivered: Delivered[];
  /** Optional entries that matched nothing, as written. */
  skipped: string[];
}

/**
 * Splits a multi-line or comma-separated input into trimmed, non-empty entries. A `#` starts a
 * comment to the end of its line, as in YAML block scalars (no entry of any list holds `#`).
 */
/** Whether a `secrets` entry is a glob (`*` any run, `?` one character) rather than a name. */
export function isGlob(text: string): boolean {
  return /[*?]/.test(text);
}

export function splitList(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.replace(/#.*/, '').split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

interface Entry {
  /** As written, for messages. */
  text: string;
  alias?: string;
  /** A name, or a glob when `glob` is set. */
  name: string;
  glob?: RegExp;
  /** A field of the secret's JSON value, or all of an object's fields. */
  path?: FieldPath;
  optional: boolean;
}

/** `*` and `?` over names, anchored; the pattern holds only letters, digits, _, * and ? (checked first). */
function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replaceAll('*', '.*').replaceAll('?', '.')}$`);
}

/**
 * Parses the secrets entries and the prefix before anything is fetched, so a typo fails without
 * a request. Messages use the shell's own spelling of its settings.
 */
export function parseSelection(selection: Selection, spelling: Spelling): Entry[] {
  if (selection.prefix && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(selection.prefix)) {
    throw new SeekritError(
      'INVALID_INPUT',
      `${spelling.input('prefix')} must be letters, digits and _, not starting with a digit.`,
      `For example ${spelling.example('prefix', 'APP_')}.`,
    );
  }
  return selection.secrets.map((text): Entry => {
    const optional = text.endsWith('?');
    const body = optional ? text.slice(0, -1) : text; // alias and name are trimmed below
    const eq = body.indexOf('=');
    const alias = eq >= 0 ? body.slice(0, eq).trim() : undefined;
    const name = body.slice(eq + 1).trim(); // the whole entry when there is no =
    const field = /^([A-Za-z_][A-Za-z0-9_]*)([.[].*)$/s.exec(name);
    if (field) return parseFieldEntry(text, alias, field[1] as string, field[2] as string, optional, spelling);
    if (alias !== undefined) {
      if (!SECRET_NAME.test(alias) || !SECRET_NAME.test(name)) {
        throw new SeekritError(
          'INVALID_INPUT',
          `${spelling.input('secrets')} entry "${text.slice(0, 100)}" is not ALIAS=NAME with two valid names.`,
          `Write ALIAS=NAME, for example ${spelling.example('secrets', 'DB=DATABASE_URL')} (no globs in aliases).`,
        );
      }
      return { text, alias, name, optional };
    }
    if (isGlob(name)) {
      if (!/^[A-Za-z0-9_*?]+$/.test(name)) {
        throw new SeekritError(
          'INVALID_INPUT',
          `${spelling.input('secrets')} entry "${text.slice(0, 100)}" is not a valid pattern.`,
          'Patterns use letters, digits, _, * and ?; a trailing ? makes an entry optional.',
        );
      }
      return { text, name, glob: globToRegExp(name), optional };
    }
    if (!SECRET_NAME.test(name)) {
      throw new SeekritError(
        'INVALID_INPUT',
        `${spelling.input('secrets')} entry "${text.slice(0, 100)}" is not a valid name.`,
        'Write NAME, ALIAS=NAME or a glob such as STRIPE_*; add a trailing ? to make it optional.',
      );
    }
    return { text, name, optional };
  });
}

/** `NAME.path`, `ALIAS=NAME.path`, `NAME.*` or `ALIAS=NAME.path.*`: checked before anything is fetched. */
function parseFieldEntry(
  text: string,
  alias: string | undefined,
  name: string,
  pathText: string,
  optional: boolean,
  spelling: Spelling,
): Entry {
  const path = parseFieldPath(pathText);
  const example = `For example ${spelling.example('secrets', 'DB_PASSWORD=DB_CONFIG.password')}, DB_CONFIG["my-key"], DB_CONFIG.hosts[0] or DB_CONFIG.*.`;
  if (!path) {
    throw new SeekritError(
      'INVALID_INPUT',
      `${spelling.input('secrets')} entry "${text.slice(0, 100)}" is not NAME followed by a field path.`,
      `A path is .key, ["any key"] or [index], one after another, or .* at the end. ${example}`,
    );
  }
  if (alias !== undefined && !SECRET_NAME.test(alias)) {
    throw new SeekritError(
      'INVALID_INPUT',
      `${spelling.input('secrets')} entry "${text.slice(0, 100)}" has an alias that is not a valid name.`,
      example,
    );
  }
  if (alias === undefined && !path.flatten) {
    throw new SeekritError(
      'INVALID_INPUT',
      `${spelling.input('secrets')} entry "${text.slice(0, 100)}" delivers one field, which needs a name of its own.`,
      `Write ALIAS=${name}${describePath(path)}. ${example}`,
    );
  }
  return { text, ...(alias === undefined ? {} : { alias }), name, path, optional };
}

/** " (did you mean X?)" for a name one typo or a case change away from a secret that exists. */
function didYouMean(name: string, all: ReadonlyMap<string, Secret>): string {
  const guess = closest(name, [...all.keys()]);
  return guess === undefined ? '' : ` (did you mean ${guess}?)`;
}

/**
 * Picks, renames and prefixes secrets. A named secret that does not exist, a glob that matches
 * nothing, or two entries delivering the same name fail, naming the entry; an optional entry
 * (trailing `?`) that matches nothing is skipped and reported.
 */
export function selectSecrets(all: ReadonlyMap<string, Secret>, selection: Selection, spelling: Spelling): Selected {
  const entries = parseSelection(selection, spelling);
  const picked: Array<{ as: string; secret: Secret; value?: string; field?: string }> = [];
  const parsed = new Map<string, JsonValue>();
  const skipped: string[] = [];
  if (entries.length === 0) {
    for (const secret of all.values()) picked.push({ as: secret.name, secret });
  }
  for (const entry of entries) {
    const { glob } = entry;
    const matches = glob ? [...all.values()].filter((s) => glob.test(s.name)) : all.has(entry.name) ? [all.get(entry.name) as Secret] : [];
    if (matches.length === 0) {
      if (entry.optional) {
        skipped.push(entry.text);
        continue;
      }
      throw glob
        ? new SeekritError(
            'SECRET_NOT_FOUND',
            `${spelling.input('secrets')} pattern ${entry.name} matches no secret in this environment.`,
            'Check the pattern, remove it, or add a trailing ? to make it optional.',
          )
        : new SeekritError(
            'SECRET_NOT_FOUND',
            `Secret ${entry.name} is not in this environment${didYouMean(entry.name, all)}.`,
            "Check the name (names are case-sensitive), the token's environment and any with: overrides, or add a trailing ? to make it optional.",
          );
    }
    if (entry.path) {
      const secret = matches[0] as Secret;
      const root = parsed.get(secret.name) ?? parseSecretJson(secret.name, secret.value);
      parsed.set(secret.name, root);
      const found = resolveField(secret.name, root, entry.path);
      const field = `${secret.name}${describePath({ ...entry.path, flatten: false })}`;
      if (found === 'absent') {
        if (entry.optional) {
          skipped.push(entry.text);
          continue;
        }
        throw new SeekritError(
          'SECRET_NOT_FOUND',
          `Secret ${secret.name} has no field ${describePath({ ...entry.path, flatten: false })}.`,
          'Check the path against the secret in seekrit (keys are case-sensitive, indexes start at 0), or add a trailing ? to make it optional.',
        );
      }
      if (entry.path.flatten) {
        for (const one of flattenFields(entry.alias ?? secret.name, found, field)) picked.push({ ...one, secret });
      } else picked.push({ as: entry.alias as string, secret, value: fieldText(found), field });
      continue;
    }
    for (const secret of matches) picked.push({ as: entry.alias ?? secret.name, secret });
  }

  const delivered = new Map<string, Delivered>();
  for (const { as, secret, value, field } of picked) {
    const name =
      selection.nameCase === undefined || selection.nameCase === 'keep'
        ? `${selection.prefix}${as}`
        : `${selection.prefix}${applyNameCase(as, selection.nameCase)}`;
    const existing = delivered.get(name);
    const what = field ?? secret.name;
    if (existing && (existing.field ?? existing.from) !== what) {
      throw new SeekritError(
        'INVALID_INPUT',
        `Two secrets would be delivered as ${name} (${existing.field ?? existing.from} and ${what}).`,
        `Give one of them another name with ${spelling.example('secrets', 'ALIAS=NAME')}.`,
      );
    }
    const one: Delivered = { name, from: secret.name, value: value ?? secret.value, source: secret.source };
    if (field !== undefined) one.field = field;
    delivered.set(name, one);
  }
  const sorted = [...delivered.keys()].sort().map((name) => delivered.get(name) as Delivered);
  return { delivered: sorted, skipped };
}

/** Delivered names for a log line, at most `max` of them (a log line is not the place for 10,000). */
export function listNames(delivered: readonly Delivered[], max = 200): string {
  const names = delivered.slice(0, max).map((d) => d.name);
  if (delivered.length > max) names.push(`… ${delivered.length - max} more`);
  return names.join(', ');
}
