import { describe, expect, it } from 'vitest';
import { renderSummary, SUMMARY_MAX_ROWS } from '../src/github/summary.js';

const row = (name: string, source: string, from = name) => ({ name, from, value: `value of ${name}`, source });
const options = {
  scope: 'acme/web/production',
  tokenId: 'skt_abc',
  destinations: ['env'],
  unresolved: [],
  skipped: [],
  unmasked: new Set<string>(),
  files: new Set<string>(),
};

describe('renderSummary', () => {
  it('escapes server-supplied text in every cell that shows it, the same for each row of a layer', () => {
    const hostile = 'group <img src=x>|*_`[x]\\';
    const escaped = 'group &#60;img src=x&#62;&#124;&#42;&#95;&#96;&#91;x&#93;&#92;';
    const text = renderSummary({
      ...options,
      scope: 'acme|<b>',
      destinations: ['file a|b'],
      delivered: [row('A', hostile), row('B', 'app web/production'), row('C', hostile)],
    });
    expect(text).toContain('of **acme&#124;&#60;b&#62;** with token `skt_abc` to file a&#124;b.');
    expect(text).toContain(`| \`A\` | \`A\` | ${escaped} **(composed group)** | value, masked |`);
    expect(text).toContain('| `B` | `B` | app web/production | value, masked |');
    expect(text).toContain(`| \`C\` | \`C\` | ${escaped} **(composed group)** | value, masked |`);
    expect(text).not.toContain('<img');
  });

  it('marks the names that came from composed groups, and says who chose them', () => {
    const text = renderSummary({ ...options, delivered: [row('DB', 'group shared/prod'), row('KEY', 'app web/production')] });
    expect(text).toContain('| `DB` | `DB` | group shared/prod **(composed group)** | value, masked |');
    expect(text).toContain('| `KEY` | `KEY` | app web/production | value, masked |');
    expect(text).toContain(
      'From composed groups: 1 name. Whoever can write those groups chose them; pin the names this job needs in `secrets`.',
    );
    expect(renderSummary({ ...options, delivered: [row('KEY', 'app web/production')] })).not.toContain('composed group');
  });

  it('says how each secret is delivered, and lists at most SUMMARY_MAX_ROWS rows', () => {
    const text = renderSummary({
      ...options,
      unmasked: new Set(['PLAIN']),
      files: new Set(['KEY']),
      delivered: [row('KEY', 'l'), row('PLAIN', 'l'), row('BOTH', 'l')],
    });
    expect(text).toContain('| `KEY` | `KEY` | l | path of its own file, masked |');
    expect(text).toContain('| `PLAIN` | `PLAIN` | l | value, not masked |');
    const many = Array.from({ length: SUMMARY_MAX_ROWS + 2 }, (_, i) => row(`S${i}`, 'l'));
    const long = renderSummary({ ...options, delivered: many });
    expect(long.split('\n').filter((line) => line.startsWith('| `S'))).toHaveLength(SUMMARY_MAX_ROWS);
    expect(long).toContain('… and 2 more (the `names` output lists them all).');
  });
});
