import { parseArgs } from 'node:util';
import { DEFAULT_API_URL, type GroupOverride, parseOverride } from '../core/api.js';
import type { SeekritError } from '../core/errors.js';
import { type Format, parseFormat } from '../core/formats.js';
import { splitList } from '../core/select.js';

/** Options every command that resolves secrets shares (the action's inputs, spelled as flags). */
export interface ResolveFlags {
  apiUrl: string;
  overrides: GroupOverride[];
  secrets: string[];
  prefix: string;
  interpolate: boolean;
  expectScope: string | undefined;
  allowReservedNames: string[];
  timeoutMs: number;
  retries: number;
  quiet: boolean;
}

export interface RunFlags extends ResolveFlags {
  /** The command and its arguments, everything after `--`. */
  command: string[];
  redact: boolean;
}

export interface ExportFlags extends ResolveFlags {
  format: Format;
  output: string | undefined;
}

const RESOLVE_OPTIONS = {
  'api-url': { type: 'string' },
  with: { type: 'string', multiple: true },
  secrets: { type: 'string', multiple: true },
  prefix: { type: 'string' },
  'no-interpolate': { type: 'boolean' },
  'expect-scope': { type: 'string' },
  'allow-reserved-names': { type: 'string', multiple: true },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

function integer(text: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) usage(`${flag} must be a whole number, not "${text}"`);
  const value = Number(text.trim());
  if (value < min || value > max) usage(`${flag} must be between ${min} and ${max}`);
  return value;
}

function parse(
  argv: string[],
  extra: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>,
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: { ...RESOLVE_OPTIONS, ...extra }, allowPositionals: true, strict: true });
  } catch (error) {
    usage((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
}

/**
 * Flags win; each has an environment fallback (SEEKRIT_SECRETS, SEEKRIT_WITH, SEEKRIT_PREFIX,
 * SEEKRIT_INTERPOLATE, SEEKRIT_EXPECT_SCOPE, SEEKRIT_ALLOW_RESERVED_NAMES, SEEKRIT_API_URL) so CI
 * templates can pass their inputs as job variables without building argument lists in shell.
 */
function resolveFlags(values: Record<string, unknown>, env: NodeJS.ProcessEnv): ResolveFlags {
  const list = (key: string, envName: string) => {
    const given = values[key] as string[] | undefined;
    return (given ?? [env[envName] ?? '']).flatMap((entry) => splitList(entry));
  };
  const overrides = list('with', 'SEEKRIT_WITH').map((entry): GroupOverride => {
    try {
      return parseOverride(entry, '--with');
    } catch (error) {
      return usage((error as SeekritError).message);
    }
  });
  const interpolateEnv = (env.SEEKRIT_INTERPOLATE ?? '').trim().toLowerCase();
  if (!['', 'true', 'false'].includes(interpolateEnv)) usage('SEEKRIT_INTERPOLATE must be true or false');
  return {
    apiUrl: (values['api-url'] as string | undefined) ?? (env.SEEKRIT_API_URL || DEFAULT_API_URL),
    overrides,
    secrets: list('secrets', 'SEEKRIT_SECRETS'),
    prefix: (values.prefix as string | undefined) ?? env.SEEKRIT_PREFIX ?? '',
    interpolate: !values['no-interpolate'] && interpolateEnv !== 'false',
    expectScope: (values['expect-scope'] as string | undefined) ?? (env.SEEKRIT_EXPECT_SCOPE || undefined),
    allowReservedNames: list('allow-reserved-names', 'SEEKRIT_ALLOW_RESERVED_NAMES'),
    timeoutMs: integer(values.timeout as string | undefined, '--timeout', 30, 1, 600) * 1000,
    retries: integer(values.retries as string | undefined, '--retries', 3, 0, 10),
    quiet: Boolean(values.quiet),
  };
}

export function parseExportArgs(argv: string[], env: NodeJS.ProcessEnv): ExportFlags | 'help' {
  const { values, positionals } = parse(argv, { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } });
  if (values.help) return 'help';
  if (positionals.length) usage(`export takes no arguments, got "${positionals[0]}"`);
  let format: Format = 'dotenv';
  if (values.format !== undefined) {
    try {
      format = parseFormat(values.format as string, '--format');
    } catch (error) {
      usage((error as SeekritError).message);
    }
  }
  const output = values.output as string | undefined;
  if (output !== undefined && output.trim() === '') usage('--output needs a file path');
  return { ...resolveFlags(values, env), format, output };
}

export function parseRunArgs(argv: string[], env: NodeJS.ProcessEnv): RunFlags | 'help' {
  const separator = argv.indexOf('--');
  const own = separator >= 0 ? argv.slice(0, separator) : argv;
  const command = separator >= 0 ? argv.slice(separator + 1) : [];
  const { values, positionals } = parse(own, { 'no-redact': { type: 'boolean' } });
  if (values.help) return 'help';
  if (positionals.length) usage(`put the command after --, as in: seekrit-ci run -- ${positionals.join(' ')}`);
  if (command.length === 0 || command[0] === '') usage('run needs a command after --, as in: seekrit-ci run -- npm test');
  return { ...resolveFlags(values, env), command, redact: !values['no-redact'] };
}
