import { describe, expect, it } from 'vitest';
import { REDACTED, redactText } from '../src/core/redact.js';
import { secretTargets, valuesToHide } from '../src/core/targets.js';

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
