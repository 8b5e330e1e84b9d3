import { secretTargets } from '../core/policy/targets.js';
import { escapeCommandData } from './runner.js';

/**
 * Registers masks with the runner in one write. The runner masks a registered value, each of its
 * lines and their encoded forms in everything printed after the registration, so every mask must
 * be written before anything else the step prints about values.
 */

/** `::add-mask::` lines for every value and each of its lines (see secretTargets), deduplicated. */
export function addMaskCommands(values: Iterable<string>, eol: string): string {
  return secretTargets(values)
    .map((target) => `::add-mask::${escapeCommandData(target)}${eol}`)
    .join('');
}
