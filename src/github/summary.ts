import type { NameCase } from '../core/selection/name-case.js';
import type { Delivered } from '../core/selection/select.js';

/** Escapes server-supplied text (slugs) for a Markdown table cell that GitHub renders as HTML. */
function cell(text: string): string {
  return text.replace(/[&<>|`*_\\[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Delivered names are validated [A-Za-z0-9_] names: a code span shows them as they are. */
function code(name: string): string {
  return `\`${name}\``;
}

function deliveredAs(name: string, options: { unmasked: ReadonlySet<string>; files: ReadonlySet<string> }): string {
  return `${options.files.has(name) ? 'path of its own file' : 'value'}, ${options.unmasked.has(name) ? 'not masked' : 'masked'}`;
}

/** A name whose value came from a composed group: someone outside the app environment named it. */
function fromGroup(delivered: Delivered): boolean {
  return delivered.source.startsWith('group ');
}

/** GitHub refuses a step summary over 1 MiB: list this many names at most. */
export const SUMMARY_MAX_ROWS = 1000;

/** The job summary: delivered names (never values), each one's source layer, the scope and destinations. */
export function renderSummary(options: {
  scope: string;
  tokenId: string;
  destinations: string[];
  delivered: Delivered[];
  unresolved: string[];
  skipped: string[];
  unmasked: ReadonlySet<string>;
  files: ReadonlySet<string>;
  nameCase?: NameCase;
  prefix?: string;
}): string {
  const lines = [
    '### seekrit secrets',
    '',
    `Delivered **${options.delivered.length}** secret${options.delivered.length === 1 ? '' : 's'} of **${cell(options.scope)}** with token ${code(options.tokenId)} to ${options.destinations.map(cell).join(', ')}.`,
    '',
    '| Name | Secret | Source layer | Delivered as |',
    '| --- | --- | --- | --- |',
    ...options.delivered
      .slice(0, SUMMARY_MAX_ROWS)
      .map(
        (d) =>
          `| ${code(d.name)} | ${d.field === undefined ? code(d.from) : `field ${cell(d.field)}`} | ${cell(d.source)}${fromGroup(d) ? ' **(composed group)**' : ''} | ${deliveredAs(d.name, options)} |`,
      ),
    '',
  ];
  const grouped = options.delivered.filter(fromGroup);
  if (grouped.length) {
    lines.push(
      `From composed groups: ${grouped.length} name${grouped.length === 1 ? '' : 's'}. Whoever can write those groups chose them; pin the names this job needs in \`secrets\`.`,
      '',
    );
  }
  if (options.delivered.length > SUMMARY_MAX_ROWS) {
    lines.push(`… and ${options.delivered.length - SUMMARY_MAX_ROWS} more (the \`names\` output lists them all).`, '');
  }
  if (options.nameCase && options.nameCase !== 'keep')
    lines.push(`Names in ${options.nameCase} case${options.prefix ? `, then prefixed with ${code(options.prefix)}` : ''}.`, '');
  if (options.unmasked.size) lines.push(`Not masked (unmasked): ${[...options.unmasked].sort().map(code).join(', ')}.`, '');
  if (options.skipped.length) lines.push(`Optional, not in this environment: ${options.skipped.map(code).join(', ')}.`, '');
  for (const line of options.unresolved) lines.push(`${cell(line)}.`, '');
  return `${lines.join('\n')}\n`;
}
