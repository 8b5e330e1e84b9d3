import { dataKey, openSecret, unwrapDek } from '../keys/crypto.js';
import { layerLabel, type ResolveResponse, type Scope } from '../wire/response.js';
import { interpolate } from './interpolate.js';

export interface Secret {
  name: string;
  value: string;
  /** The layer the winning value came from, e.g. `group shared/production`. */
  source: string;
}

export interface Materialized {
  scope: Scope;
  /** Sorted by name. */
  secrets: Map<string, Secret>;
  /** `${NAME}` references to names that do not exist (left literal). */
  unresolved: string[];
  /** name → names its value references (expanded into it). */
  references: Map<string, Set<string>>;
  /** unknown name → names whose values reference it. */
  unresolvedIn: Map<string, Set<string>>;
}

export interface MaterializeOptions {
  /** Expand `${NAME}` references (default true). */
  interpolate?: boolean;
}

/**
 * Decrypts every layer, merges them by precedence (later layers win on the same exact name) and
 * expands references. Any failure throws, so a caller never holds a partial result.
 */
export function materialize(response: ResolveResponse, privateKey: Uint8Array, options: MaterializeOptions = {}): Materialized {
  const merged = new Map<string, Secret>();
  for (const layer of response.layers) {
    const label = layerLabel(layer, response.scope);
    const dek = unwrapDek(layer.wrappedDek, privateKey, label);
    const key = dataKey(dek);
    dek.fill(0);
    for (const sealed of layer.secrets) {
      const value = openSecret(sealed.ciphertext, key, layer.environmentId, sealed.name, label);
      merged.set(sealed.name, { name: sealed.name, value, source: label });
    }
  }

  let unresolved: string[] = [];
  let references = new Map<string, Set<string>>();
  let unresolvedIn = new Map<string, Set<string>>();
  // Without a `${` anywhere there is nothing to expand (the common case, and a cheap test).
  // Stryker disable next-line StringLiteral: interpolating values without references changes nothing.
  const hasReference = [...merged.values()].some((secret) => secret.value.includes('${'));
  if (options.interpolate !== false && hasReference) {
    const plain = new Map<string, string>();
    for (const [name, secret] of merged) plain.set(name, secret.value);
    const expanded = interpolate(plain);
    for (const [name, value] of expanded.values) (merged.get(name) as Secret).value = value;
    ({ unresolved, references, unresolvedIn } = expanded);
  }

  const secrets = new Map<string, Secret>();
  for (const name of [...merged.keys()].sort()) secrets.set(name, merged.get(name) as Secret);
  return { scope: response.scope, secrets, unresolved, references, unresolvedIn };
}
