/** The token's PKCS#8 key, built field by field: each structural check fails on its own variant. */
import { createECDH } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesEqual, readChildren, readTlv } from '../src/core/keys/der.js';
import { parseToken } from '../src/core/keys/token.js';
import { failureText } from './support/failure.js';

const tlv = (tag: number, ...parts: Uint8Array[]): Uint8Array => {
  const value = Buffer.concat(parts);
  const length =
    value.length < 0x80 ? [value.length] : value.length < 0x100 ? [0x81, value.length] : [0x82, value.length >> 8, value.length & 0xff];
  return Buffer.concat([Uint8Array.of(tag, ...length), value]);
};
const bytes = (...b: number[]) => Uint8Array.from(b);
const OID_EC = bytes(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01);
const OID_P256 = bytes(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07);
const OID_P384 = bytes(0x2b, 0x81, 0x04, 0x00, 0x22);
const d = Uint8Array.from(Buffer.from('c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721', 'hex'));
const ecdh = createECDH('prime256v1');
ecdh.setPrivateKey(d);
const pub = new Uint8Array(ecdh.getPublicKey());

interface Parts {
  version?: Uint8Array;
  algorithm?: Uint8Array;
  ecVersion?: Uint8Array;
  scalar?: Uint8Array;
  ecExtra?: Uint8Array[];
  outerExtra?: Uint8Array[];
  octetTrailer?: Uint8Array;
  wrappedTag?: number;
  ecKeyTag?: number;
}
function pkcs8(p: Parts = {}): Uint8Array {
  const ecKey = tlv(
    p.ecKeyTag ?? 0x30,
    p.ecVersion ?? tlv(0x02, bytes(1)),
    p.scalar ?? tlv(0x04, d),
    ...(p.ecExtra ?? [tlv(0xa1, tlv(0x03, bytes(0), pub))]),
  );
  return tlv(
    0x30,
    p.version ?? tlv(0x02, bytes(0)),
    p.algorithm ?? tlv(0x30, tlv(0x06, OID_EC), tlv(0x06, OID_P256)),
    tlv(p.wrappedTag ?? 0x04, ecKey, p.octetTrailer ?? new Uint8Array()),
    ...(p.outerExtra ?? []),
  );
}
const token = (der: Uint8Array) => `skt_derTest1_${Buffer.from(der).toString('base64url')}`;
const refused = (der: Uint8Array) => {
  try {
    parseToken(token(der));
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('PKCS#8 structure of the token key', () => {
  it('accepts the key with the embedded public key, with curve parameters, and with neither', () => {
    expect(parseToken(token(pkcs8())).privateKey).toStrictEqual(d);
    expect(refused(pkcs8({ ecExtra: [tlv(0xa0, tlv(0x06, OID_P256)), tlv(0xa1, tlv(0x03, bytes(0), pub))] }))).toBe('accepted');
    expect(refused(pkcs8({ ecExtra: [] }))).toBe('accepted');
    expect(refused(pkcs8({ outerExtra: [tlv(0xa0, tlv(0x30))] }))).toBe('accepted');
    expect(refused(pkcs8({ outerExtra: [tlv(0xa1, tlv(0x03, bytes(0), pub))] }))).toBe('accepted');
  });

  it.each([
    ['a PKCS#8 version other than 0', { version: tlv(0x02, bytes(1)) }, /unknown PKCS#8 version/],
    ['a two-byte PKCS#8 version', { version: tlv(0x02, bytes(0, 0)) }, /unknown PKCS#8 version/],
    ['another algorithm', { algorithm: tlv(0x30, tlv(0x06, OID_P256), tlv(0x06, OID_P256)) }, /not an elliptic-curve key/],
    [
      'an extra algorithm parameter',
      { algorithm: tlv(0x30, tlv(0x06, OID_EC), tlv(0x06, OID_P256), tlv(0x05)) },
      /not an elliptic-curve key/,
    ],
    ['another curve', { algorithm: tlv(0x30, tlv(0x06, OID_EC), tlv(0x06, OID_P384)) }, /not on the P-256 curve/],
    ['an unexpected PKCS#8 field', { outerExtra: [tlv(0x81, bytes(1))] }, /unexpected PKCS#8 fields/],
    ['an ECPrivateKey version other than 1', { ecVersion: tlv(0x02, bytes(2)) }, /unknown ECPrivateKey version/],
    ['a two-byte ECPrivateKey version', { ecVersion: tlv(0x02, bytes(0, 1)) }, /unknown ECPrivateKey version/],
    ['a two-byte ECPrivateKey version starting with 1', { ecVersion: tlv(0x02, bytes(1, 0)) }, /unknown ECPrivateKey version/],
    ['a 31-byte scalar', { scalar: tlv(0x04, d.subarray(1)) }, /private scalar of skt_derTest1 is 31 bytes, not 32/],
    ['a scalar that is not an OCTET STRING', { scalar: tlv(0x02, d) }, /not a PKCS#8 P-256 key \(private scalar\)/],
    ['bytes after the ECPrivateKey', { octetTrailer: bytes(0) }, /has trailing bytes/],
    ['curve parameters of another curve', { ecExtra: [tlv(0xa0, tlv(0x06, OID_P384))] }, /names a curve other than P-256/],
    ['curve parameters that are not an OID', { ecExtra: [tlv(0xa0, tlv(0x04, OID_P256))] }, /names a curve other than P-256/],
    ['an unexpected ECPrivateKey field', { ecExtra: [tlv(0xa2, bytes(1))] }, /unexpected ECPrivateKey fields/],
    ['a public key with unused bits', { ecExtra: [tlv(0xa1, tlv(0x03, bytes(1), pub))] }, /does not belong to its private key/],
    ['a public key that is not a BIT STRING', { ecExtra: [tlv(0xa1, tlv(0x04, bytes(0), pub))] }, /public key BIT STRING/],
  ] as Array<[string, Parts, RegExp]>)('refuses %s', (_label, parts, message) => {
    expect(refused(pkcs8(parts))).toMatch(message);
  });
});

describe('the private scalar', () => {
  const n = Buffer.from('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551', 'hex');
  const scalar = (bytes: Uint8Array) => pkcs8({ scalar: tlv(0x04, bytes), ecExtra: [] });
  it('lies in [1, n): 1 and n − 1 are keys, 0 and n are not', () => {
    const below = Buffer.from(n);
    below[31] = (below[31] as number) - 1;
    expect(refused(scalar(below))).toBe('accepted');
    expect(refused(scalar(Buffer.alloc(32).fill(1, 31)))).toBe('accepted');
    for (const bad of [n, Buffer.alloc(32)])
      expect(refused(scalar(bad))).toBe('The service token is malformed: the private scalar of skt_derTest1 is out of range.');
  });
});

describe('token key messages, exactly', () => {
  const notPkcs8 = (what: string) =>
    `The service token is malformed: the key of skt_derTest1 is not a PKCS#8 P-256 key (${what}). | Copy the whole service token (skt_…) into the CI secret again, or mint a new one.`;
  const outerSet = pkcs8();
  outerSet[0] = 0x31;
  it.each([
    ['outer SEQUENCE', outerSet],
    ['version', pkcs8({ version: tlv(0x04, bytes(0)) })],
    ['algorithm', pkcs8({ algorithm: tlv(0x31, tlv(0x06, OID_EC), tlv(0x06, OID_P256)) })],
    ['algorithm OID', pkcs8({ algorithm: tlv(0x30, tlv(0x04, OID_EC), tlv(0x06, OID_P256)) })],
    ['curve OID', pkcs8({ algorithm: tlv(0x30, tlv(0x06, OID_EC), tlv(0x04, OID_P256)) })],
    ['privateKey OCTET STRING', pkcs8({ wrappedTag: 0x03 })],
    ['ECPrivateKey', pkcs8({ ecKeyTag: 0x31 })],
    ['ECPrivateKey version', pkcs8({ ecVersion: tlv(0x04, bytes(1)) })],
  ])('a wrong %s', (what, der) => {
    expect(failureText(() => parseToken(token(der)))).toBe(notPkcs8(what));
  });

  it('a key segment whose unused bits are set is not canonical (the bytes it decodes to are fine)', () => {
    const der = pkcs8({ ecExtra: [] });
    const segment = Buffer.from(der).toString('base64url');
    expect(segment.length % 4).not.toBe(0);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(segment.at(-1) as string);
    const loose = `${segment.slice(0, -1)}${alphabet[last | 1]}`;
    expect(Buffer.from(loose, 'base64url')).toStrictEqual(Buffer.from(der));
    expect(failureText(() => parseToken(`skt_derTest1_${loose}`))).toBe(
      'The service token is malformed: the key segment of skt_derTest1 is not canonical base64url (was it truncated?). | Copy the whole service token (skt_…) into the CI secret again, or mint a new one.',
    );
  });
});

describe('the DER reader', () => {
  it('reads short and long definite lengths at their boundaries', () => {
    expect(readTlv(bytes(0x04), 0)).toBeUndefined();
    expect(readTlv(bytes(0x04, 0x00), 0)).toStrictEqual({ tag: 4, value: new Uint8Array(), end: 2 });
    expect(readTlv(bytes(0x04, 0x01), 0)).toBeUndefined();
    expect(readTlv(Buffer.concat([bytes(0x04, 0x7f), new Uint8Array(0x7f)]), 0)?.end).toBe(0x81);
    expect(readTlv(Buffer.concat([bytes(0x04, 0x81, 0x80), new Uint8Array(0x80)]), 0)?.value.length).toBe(0x80);
    expect(readTlv(Buffer.concat([bytes(0x04, 0x82, 0x01, 0x00), new Uint8Array(0x100)]), 0)?.end).toBe(0x104);
  });

  it('refuses what DER forbids: indefinite and over-long length forms, short forms written long, truncated lengths', () => {
    expect(readTlv(bytes(0x04, 0x80, 0x00, 0x00), 0)).toBeUndefined();
    expect(readTlv(Buffer.concat([bytes(0x04, 0x83, 0x00, 0x00, 0x01), new Uint8Array(1)]), 0)).toBeUndefined();
    expect(readTlv(Buffer.concat([bytes(0x04, 0x81, 0x7f), new Uint8Array(0x7f)]), 0)).toBeUndefined();
    expect(readTlv(bytes(0x04, 0x82, 0x01), 0)).toBeUndefined();
    expect(readTlv(bytes(0x04, 0x81), 0)).toBeUndefined();
    // A long length with a leading zero byte is not the shortest form; three length bytes are refused.
    expect(readTlv(Buffer.concat([bytes(0x04, 0x82, 0x00, 0x81), new Uint8Array(0x81)]), 0)).toBeUndefined();
    expect(readTlv(Buffer.concat([bytes(0x04, 0x83, 0x01, 0x00, 0x00), new Uint8Array(0x10000)]), 0)).toBeUndefined();
    expect(readTlv(Buffer.concat([bytes(0x04, 0x83, 0x00, 0x00, 0x80), new Uint8Array(0x80)]), 0)).toBeUndefined();
  });

  it('reads children only when every one parses, and compares bytes exactly', () => {
    expect(readChildren(bytes(0x02, 0x01, 0x00, 0x04, 0x00))?.map((c) => c.tag)).toStrictEqual([2, 4]);
    expect(readChildren(bytes(0x02, 0x01, 0x00, 0x04))).toBeUndefined();
    expect(bytesEqual(bytes(1, 2), bytes(1, 2))).toBe(true);
    expect(bytesEqual(bytes(1, 2), bytes(1, 3))).toBe(false);
    expect(bytesEqual(bytes(1, 2), bytes(1, 2, 3))).toBe(false);
    expect(bytesEqual(bytes(2, 2), bytes(1, 2))).toBe(false);
  });
});
