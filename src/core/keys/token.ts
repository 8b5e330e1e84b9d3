import { createECDH } from 'node:crypto';
import { SeekritError } from '../common/errors.js';
import { bytesEqual, DER_TAG, readChildren, readTlv, type Tlv } from './der.js';

/**
 * The order n of P-256's base point: a private scalar lies in [1, n). Kept here, not with the
 * curve, so that reading a token does not load the curve library (see loadEnvironment).
 */
export const P256_ORDER = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');

/** `skt_<id>_<key>`: only the first two underscores separate; the key is base64url and may hold `_`. */
const TOKEN_FORMAT = /^(skt_[0-9A-Za-z]+)_([A-Za-z0-9_-]+)$/;

// OIDs as DER value bytes: id-ecPublicKey (1.2.840.10045.2.1) and prime256v1 (1.2.840.10045.3.1.7).
const OID_EC_PUBLIC_KEY = Uint8Array.of(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01);
const OID_P256 = Uint8Array.of(0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07);

export interface ServiceToken {
  /** `skt_<id>`: safe to log. */
  readonly id: string;
  /** The whole token string, sent as the Bearer credential. */
  readonly secret: string;
  /** The base64url key segment (masked along with the token). */
  readonly keySegment: string;
  /** The 32-byte P-256 private scalar. */
  readonly privateKey: Uint8Array;
}

const HOW_TO_FIX = 'Copy the whole service token (skt_…) into the CI secret again, or mint a new one.';

function malformed(reason: string): SeekritError {
  return new SeekritError('MALFORMED_TOKEN', `The service token is malformed: ${reason}.`, HOW_TO_FIX);
}

/** A variable reference left as text: the only token text an error may quote (it holds no secret). */
const UNEXPANDED_VARIABLE = /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/;

/**
 * The common ways a token gets mangled on its way into a CI secret, each with its own advice. The
 * message never quotes the text (it may hold most of a real token), only the name of an
 * unexpanded variable.
 */
function misPasted(text: string): SeekritError | undefined {
  const ways: Array<[boolean, string, string]> = [
    [
      text.includes('${{'),
      'it is an unexpanded workflow expression (${{ … }})',
      'Put the token itself in the secret, and pass it with token: ${{ secrets.SEEKRIT_TOKEN }} in the workflow.',
    ],
    [
      UNEXPANDED_VARIABLE.test(text),
      `it is the unexpanded variable reference ${text}`,
      'Give the variable the token itself as its value (a CI/CD variable that names another is not expanded everywhere).',
    ],
    [/^["'`]|["'`]$/.test(text), 'it is wrapped in quotes', 'Store the token without quotes around it.'],
    [/\s/.test(text), 'it has a space or line break inside', 'Paste the token as one line, with nothing around it.'],
    [
      /^skt_[0-9A-Za-z]+$/.test(text),
      'it is only a token id (skt_<id>), without its key',
      'Copy the whole token (skt_<id>_<key>), shown once when it was minted, or mint a new one.',
    ],
  ];
  const found = ways.find(([applies]) => applies);
  return found && new SeekritError('MALFORMED_TOKEN', `The service token is malformed: ${found[1]}.`, found[2]);
}

/** Parses a service token and recovers its P-256 private key. Errors never contain the key. */
export function parseToken(raw: string): ServiceToken {
  const text = raw.trim();
  if (text === '') throw malformed('it is empty');
  const match = TOKEN_FORMAT.exec(text);
  if (!match)
    throw (
      misPasted(text) ??
      malformed(
        text.startsWith('skt_') ? 'it does not match skt_<id>_<key>' : 'it does not start with skt_ (is this a seekrit service token?)',
      )
    );
  const id = match[1] as string;
  const keySegment = match[2] as string;
  if (keySegment.length % 4 === 1) throw malformed(`the key segment of ${id} has an impossible base64url length`);
  const der = new Uint8Array(Buffer.from(keySegment, 'base64url'));
  if (Buffer.from(der).toString('base64url') !== keySegment) {
    throw malformed(`the key segment of ${id} is not canonical base64url (was it truncated?)`);
  }
  const privateKey = privateKeyFromPkcs8(der, id);
  return { id, secret: text, keySegment, privateKey };
}

function expect(element: Tlv | undefined, tag: number, what: string, id: string): Tlv {
  if (!element || element.tag !== tag) throw malformed(`the key of ${id} is not a PKCS#8 P-256 key (${what})`);
  return element;
}

/**
 * PKCS#8 PrivateKeyInfo { version 0, AlgorithmIdentifier { ecPublicKey, prime256v1 },
 * OCTET STRING { ECPrivateKey { version 1, OCTET STRING d, [0] params?, [1] publicKey? } } }.
 */
function privateKeyFromPkcs8(der: Uint8Array, id: string): Uint8Array {
  const outer = expect(readTlv(der, 0), DER_TAG.SEQUENCE, 'outer SEQUENCE', id);
  if (outer.end !== der.length) throw malformed(`the key of ${id} has trailing bytes`);
  const [version, algorithm, wrapped, ...rest] = readChildren(outer.value) ?? [];
  const v = expect(version, DER_TAG.INTEGER, 'version', id);
  if (v.value.length !== 1 || v.value[0] !== 0) throw malformed(`the key of ${id} has an unknown PKCS#8 version`);
  const [algOid, curveOid, ...algRest] = readChildren(expect(algorithm, DER_TAG.SEQUENCE, 'algorithm', id).value) ?? [];
  if (!bytesEqual(expect(algOid, DER_TAG.OID, 'algorithm OID', id).value, OID_EC_PUBLIC_KEY) || algRest.length) {
    throw malformed(`the key of ${id} is not an elliptic-curve key`);
  }
  if (!bytesEqual(expect(curveOid, DER_TAG.OID, 'curve OID', id).value, OID_P256)) {
    throw malformed(`the key of ${id} is not on the P-256 curve`);
  }
  const octets = expect(wrapped, DER_TAG.OCTET_STRING, 'privateKey OCTET STRING', id).value;
  if (rest.some((e) => e.tag !== DER_TAG.CONTEXT_0 && e.tag !== DER_TAG.CONTEXT_1)) {
    throw malformed(`the key of ${id} has unexpected PKCS#8 fields`);
  }
  const ecKey = expect(readTlv(octets, 0), DER_TAG.SEQUENCE, 'ECPrivateKey', id);
  if (ecKey.end !== octets.length) throw malformed(`the key of ${id} has trailing bytes`);
  const [ecVersion, scalar, ...optional] = readChildren(ecKey.value) ?? [];
  const ev = expect(ecVersion, DER_TAG.INTEGER, 'ECPrivateKey version', id);
  if (ev.value.length !== 1 || ev.value[0] !== 1) throw malformed(`the key of ${id} has an unknown ECPrivateKey version`);
  const d = expect(scalar, DER_TAG.OCTET_STRING, 'private scalar', id).value;
  if (d.length !== 32) throw malformed(`the private scalar of ${id} is ${d.length} bytes, not 32`);
  const value = BigInt(`0x${Buffer.from(d).toString('hex')}`);
  if (value === 0n || value >= P256_ORDER) throw malformed(`the private scalar of ${id} is out of range`);
  const privateKey = Uint8Array.from(d);
  for (const field of optional) {
    if (field.tag === DER_TAG.CONTEXT_0) {
      const curve = readTlv(field.value, 0);
      if (!curve || curve.tag !== DER_TAG.OID || !bytesEqual(curve.value, OID_P256)) {
        throw malformed(`the key of ${id} names a curve other than P-256`);
      }
    } else if (field.tag === DER_TAG.CONTEXT_1) {
      const bits = expect(readTlv(field.value, 0), DER_TAG.BIT_STRING, 'public key BIT STRING', id).value;
      // BIT STRING: one byte of unused-bit count (0), then the uncompressed SEC1 point.
      const embedded = bits.subarray(1);
      if (bits[0] !== 0 || !bytesEqual(embedded, publicKeyOf(privateKey))) {
        throw malformed(`the public key inside ${id} does not belong to its private key`);
      }
    } else {
      throw malformed(`the key of ${id} has unexpected ECPrivateKey fields`);
    }
  }
  return privateKey;
}

/**
 * The uncompressed public key of a scalar, to check the one embedded in the token. The platform's
 * ECDH does it in well under a millisecond; a first base-point multiplication in pure JavaScript
 * builds precomputed tables first (~30 ms measured), paid by every job.
 */
function publicKeyOf(privateKey: Uint8Array): Uint8Array {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(privateKey);
  return ecdh.getPublicKey();
}
