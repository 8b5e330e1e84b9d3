/**
 * The GitLab component's job shell and its redactor share one thing: the list of values to hide.
 * `export --component` puts it in the shell (seekrit_hide), and the shell hands it to
 * `redact --from-job` as the first line of the stream it redirects into it. The line is ASCII
 * (base64url values joined by `.`), so no value can end it early.
 */
export function encodeHideList(values: readonly string[]): string {
  return values.map((value) => Buffer.from(value, 'utf8').toString('base64url')).join('.');
}

export function decodeHideList(line: string): string[] {
  const text = line.replace(/\r?\n$/, '');
  if (text === '') return [];
  if (!/^[A-Za-z0-9_.-]*$/.test(text)) throw new Error('the first line is not a seekrit hide list');
  return text.split('.').map((part) => Buffer.from(part, 'base64url').toString('utf8'));
}
