import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * Values shorter than this are not searched for: a value like "1" or "on" appears in any log by
 * chance. Tests that check for leaks use distinctive values of at least this length.
 */
export const MIN_CHECKED_LENGTH = 4;

/** Every string that must never appear: each value, each of its lines, the token and its key segment. */
export function forbiddenStrings(values: Iterable<string>, token?: string): string[] {
  const out = new Set<string>();
  for (const value of values) {
    if (value.length >= MIN_CHECKED_LENGTH) out.add(value);
    for (const line of value.split(/\r\n|\r|\n/)) if (line.trim().length >= MIN_CHECKED_LENGTH) out.add(line.trim());
  }
  if (token) {
    out.add(token);
    const key = /^skt_[0-9A-Za-z]+_(.+)$/.exec(token)?.[1];
    if (key) {
      out.add(key);
      // A fragment of the key segment is a leak too.
      out.add(key.slice(0, 24));
      out.add(key.slice(-24));
    }
  }
  return [...out];
}

/** Asserts that no forbidden string appears in any of the texts; names only the label, never the value. */
export function expectNoLeak(texts: Record<string, string>, values: Iterable<string>, token?: string): void {
  const forbidden = forbiddenStrings(values, token);
  for (const [label, text] of Object.entries(texts)) {
    const leaked = forbidden.filter((f) => text.includes(f));
    expect(leaked.length, `${label} contains ${leaked.length} secret string(s)`).toBe(0);
  }
}

/** Every regular file's content below a folder, for checking files left behind. */
export function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[full] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}
