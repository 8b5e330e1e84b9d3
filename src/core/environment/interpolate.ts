import { SeekritError } from '../common/errors.js';

/** Longest value one expansion may produce (protects against exponential reference trees). */
export const MAX_EXPANDED_LENGTH = 1_048_576;
/**
 * Most characters all expanded values may hold together: as much as the largest response body
 * accepted. Without it a small body of values that each reference a large one expands to
 * hundreds of megabytes before any single value is over its limit.
 */
export const MAX_TOTAL_EXPANDED_LENGTH = 32 * 1_048_576;

// A reference body: a name and the closing brace, matched right after `${`.
const REFERENCE_BODY = /[A-Za-z_][A-Za-z0-9_]*\}/y;

export interface Interpolated {
  values: Map<string, string>;
  /** Referenced names that do not exist, sorted; they stay literal in the values. */
  unresolved: string[];
  /** For each name, the names it references and which were expanded into it (direct references only). */
  references: Map<string, Set<string>>;
  /** For each unknown name, the names whose values reference it. */
  unresolvedIn: Map<string, Set<string>>;
}

/**
 * Expands `${NAME}` references against the merged values, recursively, as seekrit's clients do:
 * `$${` is a literal `${`; anything else inside `${…}`, and an unterminated `${`, stay as
 * written; unknown names stay literal and are reported; a cycle fails naming the chain.
 */
export function interpolate(input: ReadonlyMap<string, string>): Interpolated {
  const done = new Map<string, string>();
  const unresolvedIn = new Map<string, Set<string>>();
  const references = new Map<string, Set<string>>();
  let total = 0;

  // One frame per value being expanded. An explicit stack, not recursion: a long chain of
  // references must not overflow the call stack.
  interface Frame {
    name: string;
    raw: string;
    out: string;
    at: number;
  }

  /** Scans a frame until it ends (undefined) or needs a name not expanded yet (that name). */
  const advance = (frame: Frame): string | undefined => {
    const { raw } = frame;
    for (;;) {
      // Checked before each step, so a value that references a large one many times stops growing
      // here rather than building a string past what the runtime can hold.
      if (frame.out.length > MAX_EXPANDED_LENGTH) return undefined;
      const dollar = raw.indexOf('$', frame.at);
      if (dollar < 0) {
        frame.out += raw.slice(frame.at);
        frame.at = raw.length;
        break;
      }
      frame.out += raw.slice(frame.at, dollar);
      frame.at = dollar;
      if (raw.startsWith('$${', dollar)) {
        frame.out += '${';
        frame.at = dollar + 3;
        continue;
      }
      if (!raw.startsWith('${', dollar)) {
        frame.out += '$';
        frame.at = dollar + 1;
        continue;
      }
      REFERENCE_BODY.lastIndex = dollar + 2;
      const match = REFERENCE_BODY.exec(raw);
      if (!match) {
        frame.out += '${';
        frame.at = dollar + 2;
        continue;
      }
      const ref = match[0].slice(0, -1);
      if (input.has(ref)) {
        const value = done.get(ref);
        if (value === undefined) return ref; // resume here once ref is expanded
        frame.out += value;
        addTo(references, frame.name, ref);
      } else {
        addTo(unresolvedIn, ref, frame.name);
        frame.out += `\${${ref}}`;
      }
      frame.at = dollar + 2 + match[0].length;
    }
    return undefined;
  };

  const expand = (root: string): void => {
    const stack: Frame[] = [{ name: root, raw: input.get(root) as string, out: '', at: 0 }];
    const inStack = new Set([root]);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame;
      const needed = advance(frame);
      if (needed !== undefined) {
        if (inStack.has(needed)) {
          const names = stack.map((f) => f.name);
          const cycle = [...names.slice(names.indexOf(needed)), needed].join(' → ');
          throw new SeekritError(
            'INTERPOLATION_CYCLE',
            `Secret references form a cycle: ${cycle}.`,
            'Break the cycle in seekrit, or turn interpolation off (interpolate: false / --no-interpolate).',
          );
        }
        stack.push({ name: needed, raw: input.get(needed) as string, out: '', at: 0 });
        inStack.add(needed);
        continue;
      }
      if (frame.out.length > MAX_EXPANDED_LENGTH) {
        throw new SeekritError(
          'VALUE_TOO_LARGE',
          `Secret ${frame.name} expands to more than ${MAX_EXPANDED_LENGTH} characters.`,
          'Check its ${…} references in seekrit, or turn interpolation off.',
        );
      }
      total += frame.out.length;
      if (total > MAX_TOTAL_EXPANDED_LENGTH) {
        throw new SeekritError(
          'VALUE_TOO_LARGE',
          `Secret values expand to more than ${MAX_TOTAL_EXPANDED_LENGTH} characters in all (stopped at ${frame.name}).`,
          'Check the ${…} references in seekrit, or turn interpolation off.',
        );
      }
      done.set(frame.name, frame.out);
      inStack.delete(frame.name);
      stack.pop();
    }
  };

  for (const name of input.keys()) if (!done.has(name)) expand(name);
  const values = new Map<string, string>();
  for (const name of input.keys()) values.set(name, done.get(name) as string);
  return { values, unresolved: [...unresolvedIn.keys()].sort(), references, unresolvedIn };
}

function addTo(map: Map<string, Set<string>>, key: string, item: string): void {
  const set = map.get(key);
  if (set) set.add(item);
  else map.set(key, new Set([item]));
}

/** Every name whose value flows into one of `names` through references, transitively (`names` excluded unless referenced). */
export function contributorsOf(names: Iterable<string>, references: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const found = new Set<string>();
  if (references.size === 0) return found; // no value references another (the common case)
  const stack = [...names];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    for (const ref of references.get(name) ?? []) {
      // References are acyclic: the check only keeps shared references from multiplying the work.
      if (!found.has(ref)) {
        found.add(ref);
        stack.push(ref);
      }
    }
  }
  return found;
}
