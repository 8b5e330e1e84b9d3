import { lstatSync, type Stats } from 'node:fs';
import { isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import { SeekritError } from '../core/common/errors.js';
import { CLI_SPELLING } from '../core/common/spelling.js';
import { closest } from '../core/common/suggest.js';
import { type Format, parseFormat } from '../core/delivery/formats.js';
import { parseExpectedScope } from '../core/environment/scope.js';
import { currentOs } from '../core/platform/os.js';
import { checkUserPath } from '../core/platform/paths.js';
import { parseNameList, parseNames } from '../core/policy/names.js';
import { type NameCase, parseNameCase } from '../core/selection/name-case.js';
import { parseSelection, splitList } from '../core/selection/select.js';
import { DEFAULT_API_URL, type GroupOverride, parseOverride, resolveEndpoint } from '../core/wire/request.js';

/** Options every command that resolves secrets shares (the action's inputs, spelled as flags). */
export interface ResolveFlags {
  apiUrl: string;
  overrides: GroupOverride[];
  secrets: string[];
  prefix: string;
  nameCase: NameCase;
  interpolate: boolean;
  expectScope: string | undefined;
  allowReservedNames: string[];
  files: Set<string>;
  unmasked: Set<string>;
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
  overwrite: boolean;
  /** Shell output for the GitLab component's job shell: adds its redaction list and files folder. */
  component: boolean;
  /** A process ID: once it has ended, the per-secret files folder and `remove` are removed. */
  removeAfter: number | undefined;
  /** Private folders (absolute, 0700, this user's) to remove with the files. */
  remove: string[];
}

export interface RenderFlags extends ResolveFlags {
  template: string;
  output: string | undefined;
  overwrite: boolean;
}

export interface RedactFlags extends ResolveFlags {
  /** The first line of stdin is the component's redaction list; nothing is resolved. */
  fromJob: boolean;
}

const RESOLVE_OPTIONS = {
  'api-url': { type: 'string' },
  with: { type: 'string', multiple: true },
  secrets: { type: 'string', multiple: true },
  prefix: { type: 'string' },
  'name-case': { type: 'string' },
  'no-interpolate': { type: 'boolean' },
  'expect-scope': { type: 'string' },
  'allow-reserved-names': { type: 'string', multiple: true },
  files: { type: 'string', multiple: true },
  unmasked: { type: 'string', multiple: true },
  'no-env-settings': { type: 'boolean' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A mistake in how seekrit-ci was called: exit status 2, reported before any request. */
export class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

/** Turns a validation error from the core into a usage error (same message, exit status 2). */
function asUsage<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof SeekritError && (error.code === 'INVALID_INPUT' || error.code === 'INSECURE_URL')) usage(error.describe());
    throw error;
  }
}

function integer(text: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) usage(`${flag} must be a whole number, not "${text.slice(0, 40)}"`);
  const value = Number(text.trim());
  if (value < min || value > max) usage(`${flag} must be between ${min} and ${max}`);
  return value;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/**
 * Our own words for what Node's parser would say in its own (a hint to quote with '--', which is
 * wrong here): an unknown flag names the closest real one; --token is refused with the reason.
 */
function checkFlags(argv: readonly string[], options: OptionSpec, takesCommand: boolean): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return;
    if (!arg.startsWith('-') || arg === '-') continue;
    const flag = arg.startsWith('--') ? (arg.split('=')[0] as string) : arg.slice(0, 2);
    const long = flag.slice(2);
    const spec = flag.startsWith('--')
      ? Object.hasOwn(options, long)
        ? options[long]
        : undefined
      : Object.values(options).find((o) => `-${o.short}` === flag);
    if (flag === '--token') {
      usage(
        'there is no --token: a token on a command line is visible to every process on the machine (ps, /proc). Set SEEKRIT_TOKEN instead',
      );
    }
    if (!spec) {
      const guess = flag.startsWith('--') ? closest(long, Object.keys(options)) : undefined;
      const asCommand =
        takesCommand && !flag.startsWith('--')
          ? ` (a command's own flags go after --, as in: seekrit-ci run -- sh ${arg.slice(0, 20)} …)`
          : '';
      usage(`unknown option ${flag.slice(0, 60)}${guess ? ` (did you mean --${guess}?)` : ''}${asCommand}`);
    }
    if (spec.type === 'string' && !arg.includes('=') && (i + 1 >= argv.length || argv[i + 1] === '--')) usage(`${flag} needs a value`);
    if (spec.type === 'string' && !arg.includes('=')) i++;
  }
}

function parse(argv: string[], extra: OptionSpec, takesCommand = false): { values: Record<string, unknown>; positionals: string[] } {
  const options = { ...RESOLVE_OPTIONS, ...extra };
  checkFlags(argv, options, takesCommand);
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    usage((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
}

/**
 * Flags win; each has an environment fallback (SEEKRIT_SECRETS, SEEKRIT_WITH, SEEKRIT_PREFIX,
 * SEEKRIT_INTERPOLATE, SEEKRIT_EXPECT_SCOPE, SEEKRIT_ALLOW_RESERVED_NAMES, SEEKRIT_FILES,
 * SEEKRIT_UNMASKED, SEEKRIT_API_URL) for CI systems that pass settings as variables, unless
 * --no-env-settings says every setting comes from the flags (the GitLab component does, so
 * CI/CD variables cannot change what it was included with). Everything is validated here,
 * before any request.
 */
function resolveFlags(values: Record<string, unknown>, env: NodeJS.ProcessEnv): ResolveFlags {
  const settings: NodeJS.ProcessEnv = values['no-env-settings'] ? {} : env;
  const list = (key: string, envName: string) => {
    const given = values[key] as string[] | undefined;
    return (given ?? [settings[envName] ?? '']).flatMap((entry) => splitList(entry));
  };
  const names = (key: string, envName: string) => new Set(asUsage(() => parseNameList(list(key, envName), key, CLI_SPELLING)));
  const delivered = (key: string, envName: string) => asUsage(() => parseNames(list(key, envName), key, CLI_SPELLING));
  const overrides = list('with', 'SEEKRIT_WITH').map((entry) => asUsage(() => parseOverride(entry, '--with')));
  const interpolateEnv = (settings.SEEKRIT_INTERPOLATE ?? '').trim().toLowerCase();
  if (!['', 'true', 'false'].includes(interpolateEnv)) usage('SEEKRIT_INTERPOLATE must be true or false');
  const flags: ResolveFlags = {
    apiUrl: (values['api-url'] as string | undefined) ?? (settings.SEEKRIT_API_URL || DEFAULT_API_URL),
    overrides,
    secrets: list('secrets', 'SEEKRIT_SECRETS'),
    prefix: (values.prefix as string | undefined) ?? settings.SEEKRIT_PREFIX ?? '',
    nameCase: asUsage(() => parseNameCase((values['name-case'] as string | undefined) ?? settings.SEEKRIT_NAME_CASE ?? '', CLI_SPELLING)),
    interpolate: !values['no-interpolate'] && interpolateEnv !== 'false',
    expectScope: asUsage(() =>
      parseExpectedScope((values['expect-scope'] as string | undefined) ?? settings.SEEKRIT_EXPECT_SCOPE, '--expect-scope'),
    ),
    allowReservedNames: [...names('allow-reserved-names', 'SEEKRIT_ALLOW_RESERVED_NAMES')],
    files: delivered('files', 'SEEKRIT_FILES'),
    unmasked: delivered('unmasked', 'SEEKRIT_UNMASKED'),
    timeoutMs: integer(values.timeout as string | undefined, '--timeout', 30, 1, 600) * 1000,
    retries: integer(values.retries as string | undefined, '--retries', 3, 0, 10),
    quiet: Boolean(values.quiet),
  };
  asUsage(() => resolveEndpoint(flags.apiUrl));
  asUsage(() => parseSelection({ secrets: flags.secrets, prefix: flags.prefix, nameCase: flags.nameCase }, CLI_SPELLING));
  return flags;
}

/** A folder --remove may take: only a private one of this user's, so a slip cannot empty a shared one. */
function privateFolder(path: string): string {
  if (!isAbsolute(path)) usage(`--remove needs an absolute path, not "${path.slice(0, 120)}"`);
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch {
    usage(`--remove: ${path.slice(0, 120)} does not exist`);
  }
  const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  if (!stat.isDirectory() || (stat.mode & 0o077) !== 0 || !mine)
    usage(`--remove takes a private folder of this user's (mode 0700, as mktemp -d makes), not ${path.slice(0, 120)}`);
  return path;
}

/** --output as given, checked: not blank, and a path this OS reads as meant. */
function outputFlag(values: Record<string, unknown>): string | undefined {
  const output = values.output as string | undefined;
  if (output === undefined) return undefined;
  if (output.trim() === '') usage('--output needs a file path');
  asUsage(() => checkUserPath(output, '--output', currentOs()));
  return output;
}

export function parseExportArgs(argv: string[], env: NodeJS.ProcessEnv): ExportFlags | 'help' {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    overwrite: { type: 'boolean' },
    component: { type: 'boolean' },
    'remove-after': { type: 'string' },
    remove: { type: 'string', multiple: true },
  });
  if (values.help) return 'help';
  if (positionals.length) usage(`export takes no arguments, got "${String(positionals[0]).slice(0, 80)}"`);
  const format = values.format === undefined ? 'dotenv' : asUsage(() => parseFormat(values.format as string, '--format'));
  const output = outputFlag(values);
  if (values.component && format !== 'shell') usage('--component goes with --format shell');
  const owner = values['remove-after'] as string | undefined;
  const removeAfter = owner === undefined ? undefined : integer(owner, '--remove-after', 0, 1, 2 ** 31 - 1);
  if (values.remove && removeAfter === undefined) usage('--remove goes with --remove-after PID');
  const remove = ((values.remove as string[] | undefined) ?? []).map(privateFolder);
  return {
    ...resolveFlags(values, env),
    format,
    output,
    overwrite: Boolean(values.overwrite),
    component: Boolean(values.component),
    removeAfter,
    remove,
  };
}

export function parseRunArgs(argv: string[], env: NodeJS.ProcessEnv): RunFlags | 'help' {
  const separator = argv.indexOf('--');
  const own = separator >= 0 ? argv.slice(0, separator) : argv;
  const command = separator >= 0 ? argv.slice(separator + 1) : [];
  const { values, positionals } = parse(own, { 'no-redact': { type: 'boolean' } }, true);
  if (values.help) return 'help';
  if (positionals.length) usage(`put the command after --, as in: seekrit-ci run -- ${positionals.join(' ').slice(0, 80)}`);
  if (command.length === 0 || command[0] === '') usage('run needs a command after --, as in: seekrit-ci run -- npm test');
  return { ...resolveFlags(values, env), command, redact: !values['no-redact'] };
}

export function parseRenderArgs(argv: string[], env: NodeJS.ProcessEnv): RenderFlags | 'help' {
  const { values, positionals } = parse(argv, { output: { type: 'string', short: 'o' }, overwrite: { type: 'boolean' } });
  if (values.help) return 'help';
  if (positionals.length !== 1) usage('render takes one template, as in: seekrit-ci render config.tmpl -o config.yml');
  const output = outputFlag(values);
  const template = positionals[0] as string;
  asUsage(() => checkUserPath(template, 'The template', currentOs()));
  const flags = { ...resolveFlags(values, env), template, output, overwrite: Boolean(values.overwrite) };
  // Per-secret files would need someone to remove them; a rendered file is the delivery here.
  if (flags.files.size) usage('render takes no --files: put what a file needs into the template');
  return flags;
}

export function parseRedactArgs(argv: string[], env: NodeJS.ProcessEnv): RedactFlags | 'help' {
  const { values, positionals } = parse(argv, { 'from-job': { type: 'boolean' } });
  if (values.help) return 'help';
  if (positionals.length) usage(`redact reads stdin and takes no arguments, got "${String(positionals[0]).slice(0, 80)}"`);
  return { ...resolveFlags(values, env), fromJob: Boolean(values['from-job']) };
}
