import { secretTargets } from '../core/targets.js';

/**
 * Registers masks with the runner in one write. The runner masks a registered value, each of its
 * lines and their encoded forms in everything printed after the registration, so every mask must
 * be written before anything else the step prints about values.
 */

/** The runner decodes only %25, %0D and %0A in command data (as @actions/core escapes it). */
export function escapeCommandData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** `::add-mask::` lines for every value and each of its lines (see secretTargets), deduplicated. */
export function addMaskCommands(values: Iterable<string>, eol: string): string {
  return secretTargets(values)
    .map((target) => `::add-mask::${escapeCommandData(target)}${eol}`)
    .join('');
}
