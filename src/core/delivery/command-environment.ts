import { variableKey } from '../platform/environment.js';
import { currentOs, type Os } from '../platform/os.js';
import type { NamedValue } from './formats.js';

/**
 * The environment of a command that gets the secrets: the caller's environment without the
 * names `leaveOut` matches, then the delivered names. Under the OS's case rule: on Windows
 * `leaveOut` matches in any case (seekrit_token is SEEKRIT_TOKEN there), and a delivered name
 * replaces a variable spelled otherwise (Api_Key over API_KEY), which Node.js would otherwise
 * drop silently, keeping whichever sorts first; `onReplace` hears of each. Built with
 * Object.fromEntries, which defines own properties, so even a secret named __proto__ is an
 * ordinary variable.
 */
export function commandEnvironment(
  base: NodeJS.ProcessEnv,
  delivered: readonly NamedValue[],
  leaveOut: RegExp,
  os: Os = currentOs(),
  onReplace?: (name: string, existing: string) => void,
): Record<string, string> {
  const leave = os === 'win32' && !leaveOut.flags.includes('i') ? new RegExp(leaveOut.source, `${leaveOut.flags}i`) : leaveOut;
  const deliveredAs = new Map(delivered.map((d) => [variableKey(d.name, os), d.name]));
  const entries: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || leave.test(name)) continue;
    const replacing = deliveredAs.get(variableKey(name, os));
    if (replacing !== undefined && replacing !== name) {
      onReplace?.(replacing, name);
      continue;
    }
    entries.push([name, value]);
  }
  for (const { name, value } of delivered) entries.push([name, value]);
  return Object.fromEntries(entries);
}
