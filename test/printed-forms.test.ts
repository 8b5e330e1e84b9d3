/**
 * The forms real tools print (printedForms), produced by the tools themselves: python3's
 * json.dumps and html.escape, GNU base64 wrapped at 76 columns, bash's set -x, printf %q and
 * declare -p. Each output is hidden by the redactor, and each is covered by a mask the action
 * registers (the runner masks a registered string wherever it appears).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { printedForms } from '../src/core/policy/targets.js';
import { REDACTED, redactText } from '../src/core/redact/redactor.js';
import { addMaskCommands } from '../src/github/mask.js';

const VALUES = [
  'p\u00e4ss-w\u00f6rd-\u00e9t\u00e9-42', // non-ASCII
  'a<b>c&d"e\'f-markup-secret', // markup and quotes
  "it's a $ecret `with` \\ and spaces!", // shell specials
  'k'.repeat(20) + '-long-base64-'.repeat(10), // wraps at 76 in base64
  '#hash start, then words', // printf %q escapes a leading # (and ~)
  '~tilde start and a, comma',
];

const run = (command: string, args: string[], input?: string) => execFileSync(command, args, { input, encoding: 'utf8' });
const python = (code: string, value: string) => run('/usr/bin/python3', ['-c', code, value]);

/** What each tool prints for a value (the value's own text may appear too; the redactor hides that). */
const TOOLS: Record<string, (value: string) => string> = {
  'python json.dumps': (v) => python('import json,sys; print(json.dumps({"v": sys.argv[1]}))', v),
  'python html.escape': (v) => python('import html,sys; print(html.escape(sys.argv[1]))', v),
  'GNU base64 (wrapped)': (v) => run('base64', [], v),
  'GNU base64 of echo': (v) => run('base64', [], `${v}\n`),
  // The trace goes to stderr, which the exec sends here: a trailing 2>&1 would leave it on the test's own stderr (the CI log).
  'bash set -x': (v) => run('bash', ['-c', 'exec 2>&1; set -x; : "$1"', 'bash', v]),
  'bash printf %q': (v) => run('bash', ['-c', 'printf "%q\\n" "$1"', 'bash', v]),
  'bash declare -p': (v) => run('bash', ['-c', 'export X="$1"; declare -p X', 'bash', v]),
};

describe('printed forms, from the tools themselves', () => {
  for (const [tool, print] of Object.entries(TOOLS)) {
    it(`${tool}: the redactor hides every value`, () => {
      for (const value of VALUES) {
        const printed = print(value);
        const redacted = redactText(printed, [value]);
        expect(redacted, `${tool} of ${JSON.stringify(value)}: ${printed}`).toContain(REDACTED);
        // What is left is the tool's own framing, never a piece of the value.
        for (const piece of [value.slice(0, 12), value.slice(-12)]) expect(redacted).not.toContain(piece);
        for (const line of redacted.split('\n')) expect(line.length < 40 || line.includes(REDACTED), `${tool}: ${line}`).toBe(true);
      }
    });
  }

  it('bash printf %q of a value is hidden whole, its leading # or ~ escape included', () => {
    for (const value of VALUES) expect(redactText(TOOLS['bash printf %q']?.(value) as string, [value]).trim()).toBe(REDACTED);
  });

  it('the action registers a mask for each form the runner does not derive', () => {
    for (const value of VALUES) {
      const masks = addMaskCommands([value], '\n');
      for (const form of printedForms(value)) expect(masks).toContain(`::add-mask::${form.replaceAll('%', '%25')}\n`);
    }
  });

  it('adds nothing for plain values that fit one base64 line (nearly all of them)', () => {
    expect(printedForms('sk_live_0123456789abcdef')).toStrictEqual([]);
    expect(printedForms('postgres://u:p@db.internal:5432/app')).toStrictEqual([]);
    expect(addMaskCommands(['sk_live_0123456789abcdef'], '\n')).toBe('::add-mask::sk_live_0123456789abcdef\n');
  });
});
