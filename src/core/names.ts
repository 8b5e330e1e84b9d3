import { SeekritError } from './errors.js';
import { SECRET_NAME } from './response.js';

/**
 * Names a secret must not take without an explicit allow: each would let a secret's value change
 * how later steps, the shell or the runner behave, rather than just be read.
 */
const RESERVED_RULES: ReadonlyArray<{ pattern: RegExp; rule: string; except?: RegExp }> = [
  { pattern: /^PATH$/, rule: 'PATH decides which programs later steps run' },
  { pattern: /^(LD|DYLD)_/, rule: 'LD_* and DYLD_* load code into every process' },
  {
    pattern: /^(BASH_ENV|ENV|BASH_FUNC_.*|SHELLOPTS|BASHOPTS|PS4|PROMPT_COMMAND|IFS)$/,
    rule: 'shell start-up and parsing variables run or change code in every shell',
  },
  { pattern: /^(GITHUB|RUNNER|ACTIONS)_/, rule: 'GITHUB_*, RUNNER_* and ACTIONS_* belong to the runner' },
  // NODE_AUTH_TOKEN is the credential setup-node's .npmrc reads: a value, not behaviour.
  { pattern: /^NODE_/, rule: 'NODE_* variables change how every Node.js process (actions included) runs', except: /^NODE_AUTH_TOKEN$/ },
  {
    pattern: /^(JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|PERL5OPT|PERL5LIB|RUBYOPT|PYTHONSTARTUP|PYTHONPATH)$/,
    rule: 'interpreter option variables load code into every process of that language',
  },
];

/** Which reserved rule a name breaks, or undefined. Case-insensitive: Windows runners ignore case. */
export function reservedRule(name: string): string | undefined {
  const upper = name.toUpperCase();
  for (const { pattern, rule, except } of RESERVED_RULES) {
    if (pattern.test(upper) && !except?.test(upper)) return rule;
  }
  return undefined;
}

/** `*` and `?` globs over names, anchored. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export function isGlob(text: string): boolean {
  return /[*?]/.test(text);
}

/**
 * Checks every delivered name: a valid environment variable name, and not reserved unless one
 * of the `allowed` globs names it. `NODE_OPTIONS` can never go to GITHUB_ENV (the runner refuses it).
 */
export function checkDeliveredNames(
  names: ReadonlyArray<{ name: string; from: string }>,
  options: { allowed: string[]; toGithubEnv: boolean },
): void {
  const allowed = options.allowed.map((glob) => globToRegExp(glob.toUpperCase()));
  for (const { name, from } of names) {
    const origin = from === name ? `Secret ${name}` : `Secret ${from} (delivered as ${name})`;
    if (!SECRET_NAME.test(name)) {
      throw new SeekritError(
        'UNSAFE_NAME',
        `${origin}: "${name}" is not a valid environment variable name.`,
        'Use letters, digits and _ only, not starting with a digit (check prefix and aliases).',
      );
    }
    const upper = name.toUpperCase();
    if (options.toGithubEnv && upper === 'NODE_OPTIONS') {
      throw new SeekritError(
        'UNSAFE_NAME',
        `${origin}: the runner refuses NODE_OPTIONS from GITHUB_ENV.`,
        'Rename it with ALIAS=NAME in secrets, or set a prefix.',
      );
    }
    const rule = reservedRule(name);
    if (rule && !allowed.some((re) => re.test(upper))) {
      throw new SeekritError(
        'UNSAFE_NAME',
        `${origin} is refused: ${rule}.`,
        `Rename it (ALIAS=NAME in secrets, or a prefix), or allow it explicitly with allow-reserved-names: ${name}.`,
      );
    }
  }
}
