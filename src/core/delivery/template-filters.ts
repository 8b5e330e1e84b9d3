/**
 * The filters of a template placeholder (`{{ NAME | json }}`): each turns a value into text that
 * the named format reads back as exactly that value, whatever the value holds.
 */
export type Filter = 'json' | 'base64' | 'yaml' | 'shell';
export const FILTERS: readonly Filter[] = ['json', 'base64', 'yaml', 'shell'];

const YAML_ESCAPES: Record<string, string> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '"': '\\"',
  '\\': '\\\\',
  '\u0085': '\\N',
  '\u00a0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/**
 * A YAML double-quoted scalar (YAML 1.1 and 1.2 alike): every character outside YAML's printable
 * set, and each that a reader would fold or trim (line breaks, tabs, NBSP), escaped; a lone
 * surrogate as \u. Valid as a value anywhere a scalar goes, block or flow.
 */
function yamlScalar(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    const named = YAML_ESCAPES[char];
    if (named) out += named;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfeff || code === 0xfffe || code === 0xffff)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/** Applies one filter. A value a format cannot carry (NUL in a shell word) throws, with the reason. */
export function applyFilter(filter: Filter, value: string): string {
  switch (filter) {
    case 'json':
      return JSON.stringify(value);
    case 'base64':
      return Buffer.from(value, 'utf8').toString('base64');
    case 'yaml':
      return yamlScalar(value);
    case 'shell':
      if (value.includes('\0')) throw new Error('a shell word cannot hold a NUL byte');
      return `'${value.replaceAll("'", "'\\''")}'`;
  }
}
