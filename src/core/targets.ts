/**
 * What must never be shown of a set of secret values: each value and each trimmed, non-blank line
 * of it, deduplicated in first-seen order. Whitespace-only values give nothing (they cannot be
 * masked or sensibly redacted). The action's masks and the CLI's redactor both use this list.
 */
export function secretTargets(values: Iterable<string>): string[] {
  const targets = new Set<string>();
  for (const value of values) {
    if (value.trim() === '') continue;
    targets.add(value);
    for (const line of value.split(/\r\n|\r|\n/)) {
      const trimmed = line.trim();
      if (trimmed !== '') targets.add(trimmed);
    }
  }
  return [...targets];
}
