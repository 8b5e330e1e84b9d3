import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A component template with its inputs interpolated the way GitLab does at include time:
 * `$[[ inputs.x ]]` becomes the given value or the spec's default, `$[[ component.sha ]]` and
 * `$[[ component.version ]]` the given ones (GitLab leaves the version empty for a component
 * included by commit or branch). Returns the jobs, for running their scripts outside GitLab.
 */
export function renderComponent(
  name: 'secrets' | 'run' | 'prefetch',
  inputs: Record<string, string | boolean>,
  component: { sha: string; version: string } = { sha: 'test-commit', version: '' },
): Record<string, { before_script?: string[]; script?: string[] }> {
  const [header, body] = readFileSync(join(root, `templates/${name}.yml`), 'utf8').split(/^---$/m) as [string, string];
  const spec = parse(header).spec.inputs as Record<string, { default?: unknown }>;
  for (const input of Object.keys(inputs)) if (!(input in spec)) throw new Error(`templates/${name}.yml has no input ${input}`);
  const text = body.replace(/\$\[\[ (inputs|component)\.([a-z-]+) \]\]/g, (_m, kind: string, key: string) => {
    if (kind === 'component') return key === 'sha' ? component.sha : key === 'version' ? component.version : '';
    const value = inputs[key] ?? spec[key]?.default;
    if (value === undefined) throw new Error(`input ${key} is required`);
    return String(value);
  });
  return parse(text);
}
