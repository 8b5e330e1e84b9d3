/**
 * From a decrypted environment to what a job receives, the same for every shell: select, check
 * every destination's rules, decide what to hide, then (when delivering) write per-secret files.
 * Nothing here prints or writes anything but the per-secret files.
 */

import { contributorsOf } from '../environment/interpolate.js';
import type { Materialized } from '../environment/materialize.js';
import { valuesToHide } from '../policy/targets.js';
import { type Delivered, type Selection, selectSecrets } from '../selection/select.js';
import { checkDelivery, type Destinations } from './destinations.js';
import { writeFilePerSecret } from './files.js';

export interface Plan {
  /** Sorted by delivered name, with the secrets' own values. */
  delivered: Delivered[];
  /** Optional entries that matched nothing, as written. */
  skipped: string[];
  /** Every value to mask or redact (unmasked ones left out, contributing ones added). */
  hide: string[];
  /** One line per unknown reference inside a delivered value: `A references ${B}, …`. */
  unresolved: string[];
}

export function planDelivery(environment: Materialized, selection: Selection, to: Destinations): Plan {
  const { delivered, skipped } = selectSecrets(environment.secrets, selection, to.spelling);
  checkDelivery(delivered, to);
  return {
    delivered,
    skipped,
    hide: valuesToHide(delivered, environment, to.unmasked),
    unresolved: unresolvedLines(delivered, environment),
  };
}

/** One line per unknown reference that reaches a delivered value, directly or through others. */
function unresolvedLines(delivered: readonly Delivered[], environment: Materialized): string[] {
  if (environment.unresolvedIn.size === 0) return [];
  const sources = new Set(delivered.map((d) => d.from));
  for (const name of contributorsOf(sources, environment.references)) sources.add(name);
  const unresolved: string[] = [];
  for (const [missing, holders] of environment.unresolvedIn) {
    const delivering = [...holders].filter((holder) => sources.has(holder)).sort();
    if (delivering.length)
      unresolved.push(
        `${delivering.join(', ')} reference${delivering.length === 1 ? 's' : ''} \${${missing}}, which is not in this environment (left as written)`,
      );
  }
  return unresolved.sort();
}

/**
 * Writes the values of `names` to one private file each under `parent` and returns the delivery
 * with those values replaced by the files' absolute paths, plus the folder to remove later.
 */
export function deliverFiles(
  delivered: readonly Delivered[],
  names: ReadonlySet<string>,
  parent?: string,
): { delivered: Delivered[]; dir: string | undefined } {
  const toFiles = delivered.filter((d) => names.has(d.name));
  // No folder when nothing goes to a file (every name was NAME? and absent).
  if (toFiles.length === 0) return { delivered: [...delivered], dir: undefined };
  const { dir, paths } = writeFilePerSecret(toFiles, parent);
  return { delivered: delivered.map((d) => (paths.has(d.name) ? { ...d, value: paths.get(d.name) as string } : d)), dir };
}

/** A short description of the delivery for logs: counts only, names listed by the caller. */
export function describeSkipped(skipped: readonly string[]): string | undefined {
  return skipped.length ? `Optional secrets not in this environment, skipped: ${skipped.join(', ')}.` : undefined;
}
