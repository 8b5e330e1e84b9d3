/** The name-case setting: how delivered names are cased, after aliases and before the prefix. */
import { SeekritError } from '../common/errors.js';
import type { Spelling } from '../common/spelling.js';

/** `prefix: TF_VAR_` with lower is Terraform's form. */
export type NameCase = 'keep' | 'upper' | 'lower';
export const NAME_CASES: readonly NameCase[] = ['keep', 'upper', 'lower'];

export function applyNameCase(name: string, nameCase: NameCase | undefined): string {
  return nameCase === 'upper' ? name.toUpperCase() : nameCase === 'lower' ? name.toLowerCase() : name;
}

/** Reads a name-case setting (keep, upper or lower), naming the setting when it is something else. */
export function parseNameCase(text: string, spelling: Spelling): NameCase {
  const value = text.trim().toLowerCase();
  if (value === '') return 'keep';
  if ((NAME_CASES as readonly string[]).includes(value)) return value as NameCase;
  throw new SeekritError(
    'INVALID_INPUT',
    `${spelling.input('name-case')} must be keep, upper or lower, not "${text.slice(0, 40)}".`,
    `For Terraform, ${spelling.example('name-case', 'lower')} with ${spelling.example('prefix', 'TF_VAR_')}.`,
  );
}
