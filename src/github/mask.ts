import { printedForms, secretTargets } from '../core/policy/targets.js';
import { escapeCommandData } from './runner.js';

/**
 * Registers masks with the runner in one write. The runner masks a registered value, each of its
 * lines and their encoded forms in everything printed after the registration, so every mask must
 * be written before anything else the step prints about values.
 */

/**
 * `::add-mask::` lines for every value and each of its lines (see secretTargets), and the forms
 * tools print that the runner does not derive from a mask itself (printedForms), deduplicated.
 */
export function addMaskCommands(values: Iterable<string>, eol: string): string {
  // The values and their lines first, then the printed forms of each.
  const targets = secretTargets(values);
  const masks = new Set<string>(targets);
  for (const target of targets) for (const form of printedForms(target)) masks.add(form);
  return [...masks].map((mask) => `::add-mask::${escapeCommandData(mask)}${eol}`).join('');
}
