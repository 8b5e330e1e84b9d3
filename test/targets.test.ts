import { describe, expect, it } from 'vitest';
import { encodedForms, printedForms, secretTargets, valuesToHide } from '../src/core/policy/targets.js';
import { REDACTED, redactText } from '../src/core/redact/redactor.js';

describe('what is hidden', () => {
  it('each line of a value split by CR alone, by LF or by CRLF, trimmed; blank and whitespace-only values give nothing', () => {
    expect(secretTargets(['one\rtwo'])).toStrictEqual(['one\rtwo', 'one', 'two']);
    expect(secretTargets(['a1\r\n  b2  \n\nc3'])).toStrictEqual(['a1\r\n  b2  \n\nc3', 'a1', 'b2', 'c3']);
    expect(secretTargets(['  padded  '])).toStrictEqual(['  padded  ', 'padded']);
    expect(secretTargets(['', '  ', '\n'])).toStrictEqual([]);
    expect(redactText('second line: two', ['one\rtwo'])).toBe(`second line: ${REDACTED}`);
  });

  it('an encoded form of exactly 8 characters is hidden', () => {
    // base64("abcdef") is "YWJjZGVm": 8 characters.
    expect(redactText('b64 YWJjZGVm end', ['abcdef'])).toBe(`b64 ${REDACTED} end`);
  });

  it('the base64url form (- and _ for + and /, no padding) is hidden', () => {
    const value = '\u00fb\u00ff\u00bf\u00fe-secret';
    const url = Buffer.from(value).toString('base64url');
    expect(url).toMatch(/[-_]/);
    expect(redactText(`token=${url};`, [value])).toBe(`token=${REDACTED};`);
  });

  it('every encoded form of a value, exactly: base64 padded and at each byte offset, base64url, JSON, URI, form, XML', () => {
    expect(encodedForms(`\u00fb\u00ff~?> "k&y'`)).toStrictEqual([
      `\u00fb\u00ff~?> "k&y'`,
      'w7vDv34/PiAiayZ5Jw==', // the whole value, padded
      'w7vDv34_PiAiayZ5Jw', // its base64url
      'w7vDv34/PiAiayZ5J', // offset 0: 13 bytes decide 17 characters
      'w7vDv34_PiAiayZ5J',
      'u8O/fj8+ICJrJnkn', // offset 1: 12 bytes, 16 characters
      'u8O_fj8-ICJrJnkn',
      'w79+Pz4gImsmeS', // offset 2: 11 bytes, 14 characters
      'w79-Pz4gImsmeS',
      `\u00fb\u00ff~?> \\"k&y'`, // JSON
      "%C3%BB%C3%BF~%3F%3E%20%22k%26y'", // URI component
      "%C3%BB%C3%BF~%3F%3E+%22k%26y'", // form
      '\u00fb\u00ff~?&gt; &quot;k&amp;y&apos;', // XML
      // What tools print that the runner does not derive (printedForms):
      `\\u00fb\\u00ff~?> \\"k&y'`, // Python json.dumps
      `\u00fb\u00ff~?\\u003e \\"k\\u0026y'`, // Go encoding/json
      '\u00fb\u00ff~?&gt; &quot;k&amp;y&#x27;', // HTML: Python html.escape
      '\u00fb\u00ff~?&gt; &quot;k&amp;y&#39;',
      '\u00fb\u00ff~?&gt; &quot;k&amp;y&#039;', // PHP
      '\u00fb\u00ff~?&gt; &#34;k&amp;y&#39;', // Go html.EscapeString
      `\u00fb\u00ff~?> "k&y'\\''`, // bash set -x, inside '…'
      `\u00fb\u00ff~\\?\\>\\ \\"k\\&y\\'`, // bash printf %q (declare -p's form is the JSON one here)
    ]);
    // Forms shorter than 8 characters are left out; the value itself never is.
    expect(encodedForms('ab')).toStrictEqual(['ab']);
    expect(encodedForms('abcdefghij')).toStrictEqual([
      'abcdefghij',
      'YWJjZGVmZ2hpag==',
      'YWJjZGVmZ2hpag',
      'YWJjZGVmZ2hpa',
      'YmNkZWZnaGlq',
      'Y2RlZmdoaW',
    ]);
  });

  it('every form of a value with any one character from U+0000 to U+017F, as a plain reading of the rules gives them', () => {
    // The reference: every rule applied, no shortcut (encodedForms skips the escapes that leave a value as it is).
    const reference = (value: string) => {
      const forms = new Set([value]);
      const add = (form: string) => {
        if (form.length >= 8) forms.add(form);
      };
      const bytes = Buffer.from(value, 'utf8');
      const url = (b64: string) => b64.replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
      const base64 = [bytes.toString('base64')];
      for (const shift of [0, 1, 2]) {
        const rest = bytes.subarray(shift);
        base64.push(rest.toString('base64').slice(0, Math.floor(rest.length / 3) * 4 + (rest.length % 3)));
      }
      for (const b64 of base64) {
        add(b64);
        add(url(b64));
      }
      add(JSON.stringify(value).slice(1, -1));
      add(encodeURIComponent(value));
      add(encodeURIComponent(value).replaceAll('%20', '+'));
      add(value.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`));
      for (const form of printedForms(value)) add(form);
      return [...forms];
    };
    for (let code = 0; code <= 0x17f; code++) {
      const value = `secret${String.fromCharCode(code)}value`;
      expect(encodedForms(value), `U+${code.toString(16)}`).toStrictEqual(reference(value));
    }
    // Long enough to wrap in base64 lines, with and without characters any escape changes.
    for (const value of ['a'.repeat(80), `${'b'.repeat(70)}~*()!`, `${'c'.repeat(70)}+/=`])
      expect(encodedForms(value)).toStrictEqual(reference(value));
  });

  it('every XML entity form is hidden', () => {
    const value = `a&b<c>d"e'f-xml-secret`;
    expect(redactText('x a&amp;b&lt;c&gt;d&quot;e&apos;f-xml-secret y', [value])).toBe(`x ${REDACTED} y`);
  });

  it('JSON escapes inside a longer JSON string are hidden', () => {
    const value = 'line "one"\nline two\\end';
    const json = JSON.stringify({ v: `prefix ${value} suffix` });
    expect(redactText(json, [value])).toBe(`{"v":"prefix ${REDACTED} suffix"}`);
  });

  it('valuesToHide: delivered values, minus unmasked ones, plus what flows into them unless delivered unmasked', () => {
    const secrets = new Map(
      Object.entries({ URL: 'u-${PW}', PW: 'pw-1', LEVEL: 'warn', HOST: 'h-1' }).map(([name, value]) => [
        name,
        { name, value, source: 's' },
      ]),
    );
    const references = new Map([['URL', new Set(['PW', 'LEVEL'])]]);
    const d = (name: string, from = name) => ({ name, from, value: (secrets.get(from) as { value: string }).value, source: 's' });
    expect(valuesToHide([d('URL'), d('LEVEL')], { secrets, references }, new Set(['LEVEL']))).toStrictEqual(['u-${PW}', 'pw-1']);
    expect(valuesToHide([d('URL')], { secrets, references })).toStrictEqual(['u-${PW}', 'pw-1', 'warn']);
    expect(valuesToHide([d('APP_URL', 'URL')], { secrets, references }, new Set(['APP_URL']))).toStrictEqual(['pw-1', 'warn']);
    expect(valuesToHide([], { secrets, references })).toStrictEqual([]);
  });
});
