import { SeekritError } from '../common/errors.js';
import type { Spelling } from '../common/spelling.js';
import { isGlob } from '../selection/select.js';
import { SECRET_NAME } from '../wire/response.js';
import { reservedCategory } from './reserved.js';

/**
 * Names bash will not assign (read-only there), so `export NAME=…` aborts a job shell half-way.
 * No allow can make them work in a shell or in later steps that start bash.
 */
const NEVER_ASSIGNABLE = new Set(['UID', 'EUID', 'PPID', 'BASHOPTS', 'SHELLOPTS', 'BASH_VERSINFO']);

/** Where delivered names end up; each rule below applies to the destinations it protects. */
export interface NameRules {
  /** Names become process environment variables (GITHUB_ENV, run, shell export, the GitLab job). */
  env: boolean;
  /** Names go to GITHUB_ENV, which refuses NODE_OPTIONS whatever the job allows. */
  githubEnv?: boolean;
  /** Names become step outputs beside the action's own outputs (case-insensitive there). */
  outputs?: readonly string[];
  /** Reserved names the job allows explicitly (exact names, not globs). */
  allowed: readonly string[];
  spelling: Spelling;
}

/** Validates a list of names given in an input (allow-reserved-names, files, unmasked): names only, no globs. */
export function parseNameList(entries: readonly string[], input: string, spelling: Spelling): string[] {
  for (const entry of entries) {
    if (!SECRET_NAME.test(entry)) {
      throw new SeekritError(
        'INVALID_INPUT',
        `${spelling.input(input)} entry "${entry.slice(0, 80)}" is not a name${isGlob(entry) ? ' (globs are not accepted here: name each one)' : ''}.`,
        `List delivered names one by one, for example ${spelling.example(input, 'DATABASE_URL')}.`,
      );
    }
  }
  return [...entries];
}

/**
 * Names of delivered secrets (files, unmasked). As in `secrets`, a trailing `?` makes a name
 * optional: it may be absent from what is delivered (an environment without LOG_LEVEL), where a
 * plain name that is not delivered fails.
 */
export class NameList extends Set<string> {
  readonly optional = new Set<string>();
}

/** Parses files or unmasked: names only (no globs), each may end in `?`. */
export function parseNames(entries: readonly string[], input: string, spelling: Spelling): NameList {
  const list = new NameList();
  const plain = entries.map((entry) => entry.replace(/\s*\?$/, ''));
  parseNameList(plain, input, spelling).forEach((name, index) => {
    list.add(name);
    if (plain[index] !== entries[index]) list.optional.add(name);
  });
  return list;
}

function origin(name: string, from: string): string {
  return from === name ? `Secret ${name}` : `Secret ${from} (delivered as ${name})`;
}

/**
 * Checks every delivered name against the rules of the destinations it goes to: a valid name;
 * no two names that differ only by case (Windows and step outputs ignore case); not one of the
 * action's own outputs; and, for a process environment, not reserved (see reserved.ts) unless
 * the job allows that name explicitly. Throws naming the secret, the rule and the way out.
 */
export function checkDeliveredNames(names: ReadonlyArray<{ name: string; from: string }>, rules: NameRules): void {
  const allowed = new Set(rules.allowed.map((name) => name.toUpperCase()));
  const byUpper = new Map<string, string>();
  const ownOutputs = new Set(rules.outputs?.map((o) => o.toUpperCase()));
  const rename = `Rename it with ${rules.spelling.example('secrets', 'NEW_NAME=NAME')}, or set ${rules.spelling.input('prefix')}`;
  for (const { name, from } of names) {
    if (!SECRET_NAME.test(name)) {
      throw new SeekritError(
        'UNSAFE_NAME',
        `${origin(name, from)}: "${name}" is not a valid environment variable name.`,
        `Use letters, digits and _ only, not starting with a digit (check ${rules.spelling.input('prefix')} and aliases).`,
      );
    }
    const upper = name.toUpperCase();
    const twin = byUpper.get(upper);
    if (twin !== undefined) {
      throw new SeekritError(
        'UNSAFE_NAME',
        `${origin(name, from)} and ${twin} differ only by case, so one would overwrite the other (Windows and step outputs ignore case).`,
        `${rename}.`,
      );
    }
    byUpper.set(upper, name);
    if (ownOutputs.has(upper)) {
      throw new SeekritError(
        'UNSAFE_NAME',
        `${origin(name, from)} would overwrite the action's own output "${upper.toLowerCase()}".`,
        `${rename}, or deliver without outputs.`,
      );
    }
    if (!rules.env) continue;
    if (NEVER_ASSIGNABLE.has(upper)) {
      throw new SeekritError(
        'UNSAFE_NAME',
        `${origin(name, from)} cannot be set: ${upper} is read-only in bash, so the job's shell would stop half-way.`,
        `${rename}.`,
      );
    }
    if (rules.githubEnv && upper === 'NODE_OPTIONS') {
      throw new SeekritError('UNSAFE_NAME', `${origin(name, from)}: the runner refuses NODE_OPTIONS from GITHUB_ENV.`, `${rename}.`);
    }
    const category = reservedCategory(name);
    if (category && !allowed.has(upper)) {
      throw new SeekritError(
        'UNSAFE_NAME',
        `${origin(name, from)} is refused as a reserved name (${category.name}): ${category.why}.`,
        `${rename}, or allow it explicitly with ${rules.spelling.example('allow-reserved-names', name)}.`,
      );
    }
  }
}
