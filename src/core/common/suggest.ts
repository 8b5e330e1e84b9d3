/**
 * "Did you mean": the closest of the known words to a mistyped one, for inputs, flags and names.
 * Case and the `-`/`_` spelling are ignored (`export_env` is `export-env`, at distance 0), then edit
 * distance decides, within a third of the word's length (at least 2), so a word far from every
 * known one gets no guess.
 */

/** Levenshtein distance between two short words. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

const folded = (word: string) => word.toLowerCase().replaceAll('_', '-');

/** The known word closest to `word`, or undefined when none is close. */
export function closest(word: string, known: readonly string[]): string | undefined {
  const target = folded(word);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(target.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(target, folded(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
