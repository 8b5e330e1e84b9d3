import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../src/core/keys/base64url.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The reference: canonical means re-encoding the decoded bytes gives the same text. */
const canonical = (text: string) => Buffer.from(Buffer.from(text, 'base64url')).toString('base64url') === text;

describe('decodeBase64url (strict, canonical)', () => {
  it('accepts exactly the canonical texts, for every length class and every last character', () => {
    for (const head of ['', 'QQ', 'QUJD', 'QUJDRA']) {
      for (const extra of ['', 'A', 'AB']) {
        for (const last of ALPHABET) {
          const text = `${head}${extra}${last}`;
          if (text.length % 4 === 1) {
            expect(() => decodeBase64url(text, 'x')).toThrow(/impossible base64url length/);
            continue;
          }
          if (canonical(text)) expect(Buffer.from(decodeBase64url(text, 'x')).toString('base64url')).toBe(text);
          else expect(() => decodeBase64url(text, 'x'), text).toThrow(/not canonical base64url/);
        }
      }
    }
  });

  it('round-trips any bytes, and refuses padding and foreign characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(Buffer.from(decodeBase64url(encodeBase64url(bytes), 'x'))).toStrictEqual(Buffer.from(bytes));
      }),
    );
    for (const bad of ['QQ==', 'QU+D', 'QU/D', 'QU D', 'QUJ\n']) expect(() => decodeBase64url(bad, 'x')).toThrow(/not base64url/);
  });
});
