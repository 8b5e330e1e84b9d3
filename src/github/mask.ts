/**
 * Registers masks with the runner in one write. The runner masks a registered value, each of its
 * lines and their encoded forms in everything printed after the registration, so every mask must
 * be written before anything else the step prints about values.
 */

/** The runner decodes only %25, %0D and %0A in command data (as @actions/core escapes it). */
export function escapeCommandData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** The whole value and each non-blank line of it, trimmed: what must never show in the log. */
export function maskTargets(value: string): string[] {
  if (value.trim() === '') return [];
  const targets = new Set<string>([value]);
  for (const line of value.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed !== '') targets.add(trimmed);
  }
  return [...targets];
}

/** `::add-mask::` lines for every target of every value, deduplicated. */
export function addMaskCommands(values: Iterable<string>, eol: string): string {
  const seen = new Set<string>();
  let out = '';
  for (const value of values) {
    for (const target of maskTargets(value)) {
      if (seen.has(target)) continue;
      seen.add(target);
      out += `::add-mask::${escapeCommandData(target)}${eol}`;
    }
  }
  return out;
}
