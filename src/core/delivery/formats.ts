import { SeekritError } from '../common/errors.js';

export type Format = 'dotenv' | 'shell' | 'json';
export const FORMATS: readonly Format[] = ['dotenv', 'shell', 'json'];

export interface NamedValue {
  name: string;
  value: string;
}

/** Environment variables, shell words and dotenv lines cannot hold NUL; say which secret has one. */
function assertNoNul(entries: Iterable<NamedValue>, where: string): void {
  for (const { name, value } of entries) {
    if (value.includes('\0')) {
      throw new SeekritError(
        'UNSUPPORTED_VALUE',
        `Secret ${name} contains a NUL byte, which ${where} cannot carry.`,
        'Remove the NUL from the value in seekrit, or use format json.',
      );
    }
  }
}

/**
 * POSIX shell: `export NAME='…'`, each `'` written as `'\''`. Single quotes keep every other byte
 * literally (newlines, CR, `$`, backslashes), so `.`/`source` in sh, dash and bash read it back exactly.
 */
export function formatShell(entries: NamedValue[], options: { exported?: boolean } = {}): string {
  assertNoNul(entries, 'a shell file');
  const keyword = options.exported === false ? '' : 'export ';
  return entries.map(({ name, value }) => `${keyword}${name}='${value.replaceAll("'", "'\\''")}'\n`).join('');
}

/**
 * dotenv, in the dialect python-dotenv (interpolation off), the npm `dotenv` package and Docker
 * Compose read alike wherever they can:
 * - a value without `'`, `\` or CR is single-quoted and literal (newlines kept as they are);
 * - any other value is double-quoted with `\\`, `\"`, `\n` and `\r` escapes (CR must be escaped:
 *   parsers that read files with universal newlines turn a raw CR into LF);
 * - except a value ending in `\`, which python-dotenv cannot read inside quotes: it is written
 *   bare when it is one line without `#` or surrounding spaces, and refused by name otherwise.
 */
export function formatDotenv(entries: NamedValue[]): string {
  assertNoNul(entries, 'a dotenv file');
  return entries.map(({ name, value }) => `${name}=${quoteDotenv(value, name)}\n`).join('');
}

export function quoteDotenv(value: string, name: string): string {
  if (!/['\\\r]/.test(value)) return `'${value}'`;
  if (value.endsWith('\\')) {
    if (/^[^\s'"`#](?:[^\r\n#]*[^\s])?$/.test(value)) return value;
    throw new SeekritError(
      'UNSUPPORTED_VALUE',
      `Secret ${name} ends with a backslash and spans lines or holds # or outer spaces, which dotenv cannot carry exactly.`,
      'Use format shell or json for this secret.',
    );
  }
  const escaped = value.replace(/[\\"\n\r]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`));
  return `"${escaped}"`;
}

/** A flat `{"NAME":"value"}` object, as seekrit's own CLI prints. */
export function formatJson(entries: NamedValue[]): string {
  // No prototype: a secret named __proto__ is an ordinary key here, not a prototype change.
  const object: Record<string, string> = Object.create(null);
  for (const { name, value } of entries) object[name] = value;
  return `${JSON.stringify(object, null, 2)}\n`;
}

export function formatSecrets(format: Format, entries: NamedValue[]): string {
  switch (format) {
    case 'dotenv':
      return formatDotenv(entries);
    case 'shell':
      return formatShell(entries);
    case 'json':
      return formatJson(entries);
  }
}

export function parseFormat(text: string, inputName: string): Format {
  const format = text.trim().toLowerCase();
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  throw new SeekritError(
    'INVALID_INPUT',
    `${inputName} must be one of ${FORMATS.join(', ')}, not "${text}".`,
    'dotenv for docker compose and most tools, shell to source, json for programs.',
  );
}
