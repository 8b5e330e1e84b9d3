import { SeekritError } from './errors.js';
import type { Secret } from './materialize.js';
import { globToRegExp, isGlob } from './names.js';
import { SECRET_NAME } from './response.js';

/** A secret as it will be delivered: under its delivered name (alias and prefix applied). */
export interface Delivered {
  name: string;
  /** The secret's name in seekrit. */
  from: string;
  value: string;
  source: string;
}

export interface Selection {
  /** Entries: `NAME`, `ALIAS=NAME` or a glob like `STRIPE_*`. Empty means every secret. */
  secrets: string[];
  prefix: string;
}

/** Splits a multi-line or comma-separated input into trimmed, non-empty entries. */
export function splitList(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !entry.startsWith('#'));
}

/**
 * Picks, renames and prefixes secrets. A named secret that does not exist, a glob that matches
 * nothing, or two entries delivering the same name fail, naming the entry.
 */
export function selectSecrets(all: ReadonlyMap<string, Secret>, selection: Selection): Delivered[] {
  if (selection.prefix && !/^[A-Za-z0-9_]+$/.test(selection.prefix)) {
    throw new SeekritError('INVALID_INPUT', 'prefix may contain only letters, digits and _.', 'For example prefix: APP_');
  }
  const picked: Array<{ as: string; secret: Secret }> = [];
  if (selection.secrets.length === 0) {
    for (const secret of all.values()) picked.push({ as: secret.name, secret });
  }
  for (const entry of selection.secrets) {
    const eq = entry.indexOf('=');
    if (eq >= 0) {
      const alias = entry.slice(0, eq).trim();
      const name = entry.slice(eq + 1).trim();
      if (!SECRET_NAME.test(alias) || !SECRET_NAME.test(name)) {
        throw new SeekritError(
          'INVALID_INPUT',
          `secrets entry "${entry}" is not ALIAS=NAME with two valid names.`,
          'Write ALIAS=NAME, for example DB=DATABASE_URL (no globs in aliases).',
        );
      }
      picked.push({ as: alias, secret: mustExist(all, name) });
    } else if (isGlob(entry)) {
      if (!/^[A-Za-z0-9_*?]+$/.test(entry)) {
        throw new SeekritError(
          'INVALID_INPUT',
          `secrets entry "${entry}" is not a valid pattern.`,
          'Patterns use letters, digits, _, * and ?.',
        );
      }
      const re = globToRegExp(entry);
      const matches = [...all.values()].filter((s) => re.test(s.name));
      if (matches.length === 0) {
        throw new SeekritError(
          'SECRET_NOT_FOUND',
          `secrets pattern ${entry} matches no secret in this environment.`,
          'Check the pattern, or remove it.',
        );
      }
      for (const secret of matches) picked.push({ as: secret.name, secret });
    } else {
      if (!SECRET_NAME.test(entry)) {
        throw new SeekritError(
          'INVALID_INPUT',
          `secrets entry "${entry}" is not a valid name.`,
          'Write NAME, ALIAS=NAME or a glob such as STRIPE_*.',
        );
      }
      picked.push({ as: entry, secret: mustExist(all, entry) });
    }
  }

  const delivered = new Map<string, Delivered>();
  for (const { as, secret } of picked) {
    const name = `${selection.prefix}${as}`;
    const existing = delivered.get(name);
    if (existing && existing.from !== secret.name) {
      throw new SeekritError(
        'INVALID_INPUT',
        `Two secrets would be delivered as ${name} (${existing.from} and ${secret.name}).`,
        'Give one of them another name with ALIAS=NAME.',
      );
    }
    delivered.set(name, { name, from: secret.name, value: secret.value, source: secret.source });
  }
  return [...delivered.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function mustExist(all: ReadonlyMap<string, Secret>, name: string): Secret {
  const secret = all.get(name);
  if (!secret) {
    throw new SeekritError(
      'SECRET_NOT_FOUND',
      `Secret ${name} is not in this environment.`,
      "Check the name (names are case-sensitive), the token's environment, and any with: overrides.",
    );
  }
  return secret;
}

/** Delivered names for a log line, at most `max` of them (a log line is not the place for 10,000). */
export function listNames(delivered: readonly Delivered[], max = 200): string {
  const names = delivered.slice(0, max).map((d) => d.name);
  if (delivered.length > max) names.push(`… ${delivered.length - max} more`);
  return names.join(', ');
}
