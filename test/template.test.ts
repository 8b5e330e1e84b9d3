/**
 * Templates (src/core/delivery/template.ts): placeholders, filters read back by real parsers
 * (python's json and yaml, base64 -d, sh and dash), exact copying, and errors by line.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../src/core/delivery/template.js';
import { applyFilter } from '../src/core/delivery/template-filters.js';
import { failureText } from './support/failure.js';
import { PYTHON } from './support/python.js';

const d = (name: string, value: string) => ({ name, from: name, value, source: 'app web/production' });
const DELIVERED = [
  d('DB_PASSWORD', 'p\'a"s$s`w\\o{{rd}}\n2nd line'),
  d('DB_CONFIG', '{"user":"cfg-user","hosts":["h0","h1"],"my-key":{"x":1},"n":12345678901234567890}'),
  d('API_KEY', 'api-key-value'),
];
const render = (text: string) => renderTemplate(Buffer.from(text, 'utf8'), DELIVERED, 'deploy/app.tmpl');
const message = (fn: () => unknown): string => failureText(fn, { code: true });

/** Values no format takes lightly: quotes, backslashes, line breaks, control and non-ASCII characters. */
const HARD = [
  '',
  'plain',
  "it's",
  'say "hi"',
  'back\\slash\\',
  'two\nlines\n',
  'cr\rlf\r\n',
  'tab\there',
  ' leading and trailing ',
  '$HOME `id` $(id) ${X}',
  '#not a comment',
  '- not a list',
  'key: value',
  '{"json": true}',
  'yes',
  'null',
  '0x1F',
  '~',
  'ünïcödé ✓ 😀',
  '\u0085\u00a0\u2028\u2029\ufeff',
  '\x01\x07\x1b[31m\x7f\x9f',
  '%s %d',
];

describe('placeholders', () => {
  it('copies text outside placeholders exactly and fills names, fields and filters', () => {
    const text =
      'url: postgres://u:{{DB_PASSWORD|shell}}@db\r\nuser = {{ DB_CONFIG.user }}\nhost={{DB_CONFIG.hosts[1]}} {{ DB_CONFIG["my-key"] }} {{ DB_CONFIG.n }}\n}} { {{ "{{" }} }}\n\ufeffend';
    expect(render(text)).toBe(
      `url: postgres://u:'p'\\''a"s$s\`w\\o{{rd}}\n2nd line'@db\r\nuser = cfg-user\nhost=h1 {"x":1} 12345678901234567890\n}} { {{ }}\n\ufeffend`,
    );
    expect(render('no placeholders at all\n')).toBe('no placeholders at all\n');
  });

  it('chains filters left to right', () => {
    expect(render('{{ API_KEY | base64 | json }}')).toBe(JSON.stringify(Buffer.from('api-key-value').toString('base64')));
  });

  it('fails naming the template and the line, and says what to do', () => {
    const cases: Array<[string, string]> = [
      [
        'a\nb\n{{ NOPE }}',
        'INVALID_INPUT: Template deploy/app.tmpl, line 3: NOPE is not among the delivered names. | Placeholders use names as delivered (after ALIAS=NAME, name-case and prefix): check that secrets selects it.',
      ],
      ['{{ API_KY }}', 'INVALID_INPUT: Template deploy/app.tmpl, line 1: API_KY is not among the delivered names (did you mean API_KEY?).'],
      [
        '\n\n{{ API_KEY | upper }}',
        'INVALID_INPUT: Template deploy/app.tmpl, line 3: there is no filter upper. | The filters are json, base64, yaml, shell.',
      ],
      [
        'x {{ API_KEY',
        'INVALID_INPUT: Template deploy/app.tmpl, line 1: a placeholder opens with {{ and does not close with }} on the same line.',
      ],
      ['{{ API_KEY\n}}', 'a placeholder opens with {{ and does not close'],
      ['{{ 1BAD }}', 'INVALID_INPUT: Template deploy/app.tmpl, line 1: {{ 1BAD }} is not a placeholder.'],
      ['{{ API_KEY | }}', 'is not a placeholder'],
      ['{{}}', 'is not a placeholder'],
      ['l1\n{{ DB_CONFIG.missing }}', 'INVALID_INPUT: Template deploy/app.tmpl, line 2: DB_CONFIG has no field .missing.'],
      [
        '{{ API_KEY.field }}',
        'INVALID_INPUT: Template deploy/app.tmpl, line 1: Secret API_KEY is not JSON (character 1): its fields cannot be read.',
      ],
      ['{{ DB_CONFIG.user.x }}', 'line 1: DB_CONFIG.user is a string, not an object'],
    ];
    for (const [text, expected] of cases)
      expect(
        message(() => render(text)),
        text,
      ).toContain(expected);
    // Never a value in a message.
    expect(message(() => render('{{ API_KEY.field }}'))).not.toContain('api-key-value');
  });

  it('a template that is not UTF-8 fails naming the line of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('ok\nok\n'), Buffer.from([0x66, 0xff, 0x0a])]);
    expect(message(() => renderTemplate(bytes, DELIVERED, 't'))).toBe(
      'INVALID_INPUT: Template t, line 3: it is not UTF-8 text. | Save the template as UTF-8.',
    );
  });

  it('a NUL cannot go through the shell filter: named, never shown', () => {
    const text = message(() => renderTemplate(Buffer.from('{{ BIN | shell }}'), [d('BIN', 'a\0b')], 't'));
    expect(text).toBe(
      'INVALID_INPUT: Template t, line 1: BIN cannot go through shell: a shell word cannot hold a NUL byte. | Use another filter, such as base64.',
    );
  });
});

describe('placeholders at their edges', () => {
  it('multi-digit indexes, a }} before the {{, a BOM at the start, a bad byte on a last line without a newline', () => {
    const list = [d('LIST', JSON.stringify(Array.from({ length: 12 }, (_, i) => `item-${i}`)))];
    expect(renderTemplate(Buffer.from('{{ LIST[10] }}'), list, 't')).toBe('item-10');
    expect(render('x}}{{ API_KEY }}')).toBe('x}}api-key-value');
    expect(render('\ufeff{{ API_KEY }}')).toBe('\ufeffapi-key-value');
    expect(message(() => renderTemplate(Buffer.from([0x6f, 0x6b, 0x0a, 0x66, 0xff]), DELIVERED, 't'))).toMatch(
      /^INVALID_INPUT: Template t, line 2: it is not UTF-8 text/,
    );
  });

  it('a {{ inside a placeholder is refused unless the placeholder is the literal', () => {
    expect(message(() => render('{{ {{ API_KEY }}'))).toBe(
      'INVALID_INPUT: Template deploy/app.tmpl, line 1: a placeholder opens with {{ and does not close with }} on the same line. | Close it, or write a literal {{ as {{ "{{" }}.',
    );
    expect(message(() => render('{{ x"{{" }}'))).toMatch(/does not close/);
    expect(message(() => render('{{ "{{" x }}'))).toMatch(/does not close/);
    expect(render('{{"{{"}}')).toBe('{{');
  });

  it('a template over the size limit is refused before it is read as text', () => {
    const big = Buffer.alloc(4 * 1024 * 1024 + 1, 0x61);
    expect(message(() => renderTemplate(big, DELIVERED, 't'))).toBe(
      'INVALID_INPUT: Template t, line 1: it is larger than 4194304 bytes. | Split it into smaller templates.',
    );
    expect(renderTemplate(Buffer.alloc(4 * 1024 * 1024, 0x61), DELIVERED, 't')).toHaveLength(4 * 1024 * 1024);
  });
});

describe('each filter, exactly', () => {
  it('yaml escapes by name where YAML has one, else as \\x or \\u', () => {
    expect(applyFilter('yaml', '\0\x07\b\t\n\v\f\r\x1b"\\\u0085\u00a0\u2028\u2029\x01\x7f\x9f\ufeff\ud800ok é')).toBe(
      '"\\0\\a\\b\\t\\n\\v\\f\\r\\e\\"\\\\\\N\\_\\L\\P\\x01\\x7f\\x9f\\ufeff\\ud800ok é"',
    );
  });

  it('shell, json and base64 as their formats write them', () => {
    expect(applyFilter('shell', "a'b")).toBe("'a'\\''b'");
    expect(applyFilter('shell', '')).toBe("''");
    expect(applyFilter('json', 'a"\n')).toBe('"a\\"\\n"');
    expect(applyFilter('base64', 'é')).toBe('w6k=');
  });
});

describe('filters read back exactly by real parsers', () => {
  it('json: python json.loads', () => {
    const out = execFileSync(PYTHON, ['-c', 'import json,sys; [sys.stdout.write(json.dumps(json.loads(l)) + "\\n") for l in sys.stdin]'], {
      input: HARD.map((v) => applyFilter('json', v)).join('\n'),
    }).toString();
    expect(
      out
        .split('\n')
        .slice(0, -1)
        .map((l) => JSON.parse(l)),
    ).toStrictEqual(HARD);
  });

  it('yaml: python yaml.safe_load, as a block value and inside a flow mapping', () => {
    const doc = HARD.map((v, i) => `k${i}: ${applyFilter('yaml', v)}\nf${i}: {v: ${applyFilter('yaml', v)}}`).join('\n');
    const out = execFileSync(PYTHON, ['-c', 'import json,sys,yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))'], {
      input: doc,
    }).toString();
    const parsed = JSON.parse(out) as Record<string, unknown>;
    HARD.forEach((v, i) => {
      expect(parsed[`k${i}`], JSON.stringify(v)).toBe(v);
      expect(parsed[`f${i}`], JSON.stringify(v)).toStrictEqual({ v });
    });
  });

  it('base64: base64 -d', () => {
    for (const v of HARD) expect(execFileSync('base64', ['-d'], { input: applyFilter('base64', v) }).toString()).toBe(v);
  });

  it('shell: sh and dash read each word back exactly', () => {
    for (const shell of ['sh', 'dash']) {
      const script = HARD.map((v) => `printf '%s\\0' ${applyFilter('shell', v)}`).join('\n');
      const out = execFileSync(shell, ['-c', script]).toString();
      expect(out.split('\0').slice(0, -1), shell).toStrictEqual(HARD);
    }
  });
});
