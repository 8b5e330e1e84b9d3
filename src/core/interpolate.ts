import { SeekritError } from './errors.js';

/** Longest value one expansion may produce (protects against exponential reference trees). */
export const MAX_EXPANDED_LENGTH = 1_048_576;

// A reference body: a name and the closing brace, matched right after `${`.
const REFERENCE_BODY = /[A-Za-z_][A-Za-z0-9_]*\}/y;

export interface Interpolated {
  values: Map<string, string>;
  /** Referenced names that do not exist, sorted; they stay literal in the values. */
  unresolved: string[];
}

/**
 * Expands `${NAME}` references against the merged values, recursively, as seekrit's clients do:
 * `$${` is a literal `${`; anything else inside `${…}`, and an unterminated `${`, stay as
 * written; unknown names stay literal and are reported; a cycle fails naming the chain.
 */
export function interpolate(input: ReadonlyMap<string, string>): Interpolated {
  const done = new Map<string, string>();
  const unresolved = new Set<string>();
  const chain: string[] = [];
  const inChain = new Set<string>();

  const expand = (name: string): string => {
    const cached = done.get(name);
    if (cached !== undefined) return cached;
    if (inChain.has(name)) {
      const cycle = [...chain.slice(chain.indexOf(name)), name].join(' → ');
      throw new SeekritError(
        'INTERPOLATION_CYCLE',
        `Secret references form a cycle: ${cycle}.`,
        'Break the cycle in seekrit, or turn interpolation off (interpolate: false / --no-interpolate).',
      );
    }
    chain.push(name);
    inChain.add(name);
    const raw = input.get(name) as string;
    let out = '';
    let i = 0;
    while (i < raw.length) {
      const dollar = raw.indexOf('$', i);
      if (dollar < 0) {
        out += raw.slice(i);
        break;
      }
      out += raw.slice(i, dollar);
      if (raw.startsWith('$${', dollar)) {
        out += '${';
        i = dollar + 3;
      } else if (raw.startsWith('${', dollar)) {
        REFERENCE_BODY.lastIndex = dollar + 2;
        const match = REFERENCE_BODY.exec(raw);
        if (match) {
          const ref = match[0].slice(0, -1);
          if (input.has(ref)) {
            out += expand(ref);
          } else {
            unresolved.add(ref);
            out += `\${${ref}}`;
          }
          i = dollar + 2 + match[0].length;
        } else {
          out += '${';
          i = dollar + 2;
        }
      } else {
        out += '$';
        i = dollar + 1;
      }
      if (out.length > MAX_EXPANDED_LENGTH) break;
    }
    if (out.length > MAX_EXPANDED_LENGTH) {
      throw new SeekritError(
        'VALUE_TOO_LARGE',
        `Secret ${name} expands to more than ${MAX_EXPANDED_LENGTH} characters.`,
        'Check its ${…} references in seekrit, or turn interpolation off.',
      );
    }
    chain.pop();
    inChain.delete(name);
    done.set(name, out);
    return out;
  };

  const values = new Map<string, string>();
  for (const name of input.keys()) values.set(name, expand(name));
  return { values, unresolved: [...unresolved].sort() };
}
