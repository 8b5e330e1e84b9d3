import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { p256 } from '@noble/curves/nist.js';
import { describe, expect, it } from 'vitest';
import { SeekritError } from '../src/core/common/errors.js';
import { parseToken } from '../src/core/keys/token.js';
import { mintTokenMaterial } from './support/emulator.js';

const vectors = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8'));
const [, vectorId, vectorKey] = /^(skt_[0-9A-Za-z]+)_(.+)$/.exec(vectors.token) as unknown as [string, string, string];
const vectorDer = Buffer.from(vectorKey, 'base64url');

function tokenWithDer(der: Uint8Array): string {
  return `${vectorId}_${Buffer.from(der).toString('base64url')}`;
}

function expectMalformed(raw: string, message: RegExp): void {
  let caught: unknown;
  try {
    parseToken(raw);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SeekritError);
  const error = caught as SeekritError;
  expect(error.code).toBe('MALFORMED_TOKEN');
  expect(error.message).toMatch(message);
  // The key segment, or any long piece of it, never appears in what is reported.
  const key = /^skt_[0-9A-Za-z]+_(.*)$/.exec(raw.trim())?.[1] ?? '';
  const reported = `${error.describe()} ${error.stack ?? ''}`;
  if (key.length >= 8) expect(reported).not.toContain(key.slice(0, 8));
  expect(reported).not.toContain(vectorKey.slice(0, 24));
}

describe('parseToken', () => {
  it('recovers the private key of the golden token and its id', () => {
    const token = parseToken(vectors.token);
    expect(token.id).toBe('skt_6EYgmoh8LuiPPAbM0SaVtc');
    expect(token.keySegment).toBe(vectorKey);
    const jwk = JSON.parse(vectors.publicKeyJwk);
    const pub = p256.getPublicKey(token.privateKey, false);
    expect(Buffer.from(pub.subarray(1, 33)).toString('base64url')).toBe(jwk.x);
    expect(Buffer.from(pub.subarray(33)).toString('base64url')).toBe(jwk.y);
  });

  it('accepts tokens minted by WebCrypto, with surrounding whitespace, and keys containing _', async () => {
    for (let i = 0; i < 20; i++) {
      const { token, id } = await mintTokenMaterial();
      expect(parseToken(`  ${token}\n`).id).toBe(id);
    }
  });

  it('accepts a PKCS#8 key without the embedded public key', () => {
    // Rebuild the ECPrivateKey with only version and scalar, as some exporters write it.
    const d = parseToken(vectors.token).privateKey;
    const ec = Buffer.concat([Buffer.from([0x30, 0x25, 0x02, 0x01, 0x01, 0x04, 0x20]), Buffer.from(d)]);
    const alg = Buffer.from('301306072a8648ce3d020106082a8648ce3d030107', 'hex');
    const inner = Buffer.concat([Buffer.from([0x02, 0x01, 0x00]), alg, Buffer.from([0x04, ec.length]), ec]);
    const der = Buffer.concat([Buffer.from([0x30, inner.length]), inner]);
    expect(parseToken(tokenWithDer(der)).privateKey).toStrictEqual(d);
  });

  it.each([
    ['empty', '', /empty/],
    ['whitespace only', '   ', /empty/],
    ['not a seekrit token', 'ghp_abcdefghijklmnop', /does not start with skt_/],
    ['missing key segment', 'skt_6EYgmoh8LuiPPAbM0SaVtc', /only a token id \(skt_<id>\), without its key/],
    ['bad characters', `${vectorId}_${vectorKey.slice(0, 40)}+/=`, /does not match/],
    ['truncated key', `${vectorId}_${vectorKey.slice(0, 100)}`, /malformed|not a PKCS#8|length|canonical/],
    ['impossible base64 length', `${vectorId}_${vectorKey}A`, /impossible base64url length/],
  ])('rejects %s', (_label, raw, message) => {
    expectMalformed(raw, message);
  });

  it('rejects a key on another curve', async () => {
    const pair = (await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, [
      'deriveBits',
    ])) as webcrypto.CryptoKeyPair;
    const der = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
    expectMalformed(tokenWithDer(der), /P-256/);
  });

  it('rejects an RSA-shaped algorithm', () => {
    const der = Buffer.from(vectorDer);
    der[13] = 0x2b; // corrupt the algorithm OID
    expectMalformed(tokenWithDer(der), /not an elliptic-curve key/);
  });

  it('rejects a scalar of zero and one at or above the curve order', () => {
    const at = vectorDer.indexOf(Buffer.from([0x04, 0x20]), 30) + 2;
    const zero = Buffer.from(vectorDer);
    zero.fill(0, at, at + 32);
    expectMalformed(tokenWithDer(zero), /out of range|does not belong/);
    const high = Buffer.from(vectorDer);
    high.fill(0xff, at, at + 32);
    expectMalformed(tokenWithDer(high), /out of range|does not belong/);
  });

  it('rejects an embedded public key that does not match the scalar', () => {
    const der = Buffer.from(vectorDer);
    der[der.length - 1] = (der[der.length - 1] as number) ^ 1;
    expectMalformed(tokenWithDer(der), /does not belong to its private key/);
  });

  it('rejects trailing bytes and a wrong PKCS#8 version', () => {
    expectMalformed(tokenWithDer(Buffer.concat([vectorDer, Buffer.from([0])])), /trailing bytes/);
    const version = Buffer.from(vectorDer);
    version[5] = 1;
    expectMalformed(tokenWithDer(version), /version/);
  });

  it('rejects a length field that runs past the end', () => {
    const der = Buffer.from(vectorDer);
    der[2] = 0xff;
    expectMalformed(tokenWithDer(der), /PKCS#8|trailing/);
  });
});

describe('parseToken: how a token gets mangled, each with its own advice and never the text', () => {
  const message = (raw: string) => {
    try {
      parseToken(raw);
    } catch (error) {
      return (error as SeekritError).describe();
    }
    throw new Error('parsed');
  };
  it.each([
    ['quoted', `"${vectors.token}"`, 'it is wrapped in quotes', 'without quotes'],
    ['single-quoted', `'${vectors.token}'`, 'it is wrapped in quotes', 'without quotes'],
    ['a space inside', `${vectors.token.slice(0, 30)} ${vectors.token.slice(30)}`, 'a space or line break inside', 'as one line'],
    ['a line break inside', `${vectors.token.slice(0, 30)}\n${vectors.token.slice(30)}`, 'a space or line break inside', 'as one line'],
    ['an unexpanded expression', '${{ secrets.SEEKRIT_TOKEN }}', 'unexpanded workflow expression', 'token: ${{ secrets.SEEKRIT_TOKEN }}'],
    ['an unexpanded variable', '$SEEKRIT_TOKEN', 'the unexpanded variable reference $SEEKRIT_TOKEN', 'the token itself'],
    ['an unexpanded braced variable', '${MY_TOKEN}', 'the unexpanded variable reference ${MY_TOKEN}', 'the token itself'],
    ['the id alone', vectorId, 'only a token id (skt_<id>), without its key', 'skt_<id>_<key>'],
  ])('%s', (_, raw, says, asks) => {
    const text = message(raw);
    expect(text).toContain('MALFORMED_TOKEN: The service token is malformed: it ');
    expect(text).toContain(says);
    expect(text).toContain(asks);
    expect(text).not.toContain(vectorKey.slice(0, 12));
    expect(text).not.toContain(vectorKey.slice(-12));
  });

  it('keeps the plain reasons for text that is none of these', () => {
    expect(message('ghp_abcdef')).toContain('it does not start with skt_');
    expect(message('skt_abc_!!!')).toContain('it does not match skt_<id>_<key>');
    expect(message('$not a variable')).toContain('a space or line break inside');
  });
});
