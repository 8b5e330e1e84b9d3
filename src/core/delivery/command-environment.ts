import type { NamedValue } from './formats.js';

/**
 * The environment of a command that gets the secrets: the caller's environment without the
 * names `leaveOut` matches, then the delivered names. Built with Object.fromEntries, which
 * defines own properties, so even a secret named __proto__ is an ordinary variable.
 */
export function commandEnvironment(base: NodeJS.ProcessEnv, delivered: readonly NamedValue[], leaveOut: RegExp): Record<string, string> {
  const entries: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(base)) if (value !== undefined && !leaveOut.test(name)) entries.push([name, value]);
  for (const { name, value } of delivered) entries.push([name, value]);
  return Object.fromEntries(entries);
}
