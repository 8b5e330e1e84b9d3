import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gcm } from '@noble/ciphers/aes.js';
import { describe, expect, it } from 'vitest';
import { SeekritError } from '../src/core/common/errors.js';
import { dataKey, openSecret, unwrapDek } from '../src/core/keys/crypto.js';
import { parseToken } from '../src/core/keys/token.js';
import { b64u, mintTokenMaterial, sealSecret, wrapDek } from './support/emulator.js';

const vectors = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8'));
const key = parseToken(vectors.token).privateKey;
const appLayer = vectors.resolve.layers[1];
const LAYER = 'app web/production';

function failure(fn: () => unknown): SeekritError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SeekritError);
    return error as SeekritError;
  }
  throw new Error('expected a failure');
}

describe('unwrapDek', () => {
  it('unwraps the golden app layer key', () => {
    expect(unwrapDek(appLayer.wrappedDek, key, LAYER)).toHaveLength(32);
  });

  it.each([
    ['three segments', (w: string) => w.split('.').slice(0, 4).join('.'), 'MALFORMED_BLOB', /4 non-empty segments/],
    ['an empty segment', (w: string) => w.replace(/\.[^.]+$/, '.'), 'MALFORMED_BLOB', /non-empty/],
    ['padding', (w: string) => `${w}==`, 'MALFORMED_BLOB', /not base64url/],
    ['a bad character', (w: string) => w.replace(/.$/, '+'), 'MALFORMED_BLOB', /not base64url/],
    ['a truncated ciphertext', (w: string) => w.slice(0, -4), 'MALFORMED_BLOB', /bytes, expected 48/],
    ['a newer version', (w: string) => w.replace(/^wd1/, 'wd2'), 'UNSUPPORTED_VERSION', /"wd2".*"wd1"/],
    ['no version', (w: string) => w.replace(/^wd1\./, ''), 'MALFORMED_BLOB', /does not start with "wd1."/],
    [
      'a compressed ephemeral key',
      (w: string) => {
        const [v, eph, ...rest] = w.split('.');
        const bytes = Buffer.from(eph as string, 'base64url');
        bytes[0] = 0x05;
        return [v, bytes.toString('base64url'), ...rest].join('.');
      },
      'MALFORMED_BLOB',
      /not an uncompressed P-256 point/,
    ],
    [
      'an ephemeral key off the curve',
      (w: string) => {
        const [v, eph, ...rest] = w.split('.');
        const bytes = Buffer.from(eph as string, 'base64url');
        bytes[64] = (bytes[64] as number) ^ 1;
        return [v, bytes.toString('base64url'), ...rest].join('.');
      },
      'MALFORMED_BLOB',
      /not a point on P-256/,
    ],
    [
      'an altered tag',
      (w: string) => {
        const parts = w.split('.');
        const ct = Buffer.from(parts[4] as string, 'base64url');
        ct[47] = (ct[47] as number) ^ 0x80;
        parts[4] = ct.toString('base64url');
        return parts.join('.');
      },
      'DECRYPT_FAILED',
      /Could not unwrap the data key of app web\/production/,
    ],
  ])('rejects %s', (_label, mutate, code, message) => {
    const error = failure(() => unwrapDek(mutate(appLayer.wrappedDek), key, LAYER));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('fails with DECRYPT_FAILED for a key wrapped to another token', async () => {
    const other = await mintTokenMaterial();
    const wrapped = wrapDek(new Uint8Array(randomBytes(32)), other.publicKey);
    expect(failure(() => unwrapDek(wrapped, key, LAYER)).code).toBe('DECRYPT_FAILED');
  });
});

describe('openSecret', () => {
  const dek = unwrapDek(appLayer.wrappedDek, key, LAYER);
  const envId = appLayer.environmentId;
  const apiKey = appLayer.secrets.find((s: { name: string }) => s.name === 'API_KEY').ciphertext;

  it('opens the golden API_KEY', () => {
    expect(openSecret(apiKey, dataKey(dek), envId, 'API_KEY', LAYER)).toBe('sk-app-12345');
  });

  it('binds the value to its name and environment (AAD)', () => {
    const renamed = failure(() => openSecret(apiKey, dataKey(dek), envId, 'SHARED', LAYER));
    expect(renamed.code).toBe('DECRYPT_FAILED');
    expect(renamed.message).toContain('Could not decrypt secret SHARED in app web/production');
    expect(failure(() => openSecret(apiKey, dataKey(dek), 'env_other', 'API_KEY', LAYER)).code).toBe('DECRYPT_FAILED');
  });

  it.each([
    ['a missing segment', (c: string) => c.split('.').slice(0, 2).join('.'), 'MALFORMED_BLOB'],
    ['an extra segment', (c: string) => `${c}.AAAA`, 'MALFORMED_BLOB'],
    ['a short iv', (c: string) => c.replace(/^sc1\.[^.]+/, 'sc1.AAAA'), 'MALFORMED_BLOB'],
    ['a ciphertext shorter than the tag', (c: string) => c.replace(/[^.]+$/, 'AAAA'), 'MALFORMED_BLOB'],
    ['a newer version', (c: string) => c.replace(/^sc1/, 'sc2'), 'UNSUPPORTED_VERSION'],
    ['padding', (c: string) => `${c}=`, 'MALFORMED_BLOB'],
  ])('rejects %s naming the secret', (_label, mutate, code) => {
    const error = failure(() => openSecret(mutate(apiKey), dataKey(dek), envId, 'API_KEY', LAYER));
    expect(error.code).toBe(code);
    expect(error.message).toContain('API_KEY');
    expect(error.message).toContain('app web/production');
  });

  it('rejects plaintext that is not UTF-8', () => {
    const iv = randomBytes(12);
    const ct = gcm(dek, iv, new TextEncoder().encode(`${envId}/BINARY`)).encrypt(Uint8Array.of(0x66, 0xff, 0xfe));
    const error = failure(() => openSecret(`sc1.${b64u(iv)}.${b64u(ct)}`, dataKey(dek), envId, 'BINARY', LAYER));
    expect(error.code).toBe('DECRYPT_FAILED');
    expect(error.message).toMatch(/BINARY .* not valid UTF-8/);
  });

  it('keeps a leading byte-order mark and every code point exactly', () => {
    const value = '\uFEFFa\u0000b\r\n🌍';
    expect(openSecret(sealSecret(dek, envId, 'X', value), dataKey(dek), envId, 'X', LAYER)).toBe(value);
  });
});

describe('the P-256 curve (src/core/keys/p256.ts)', () => {
  it('is the same curve as @noble/curves/nist.js p256: public keys, shared secrets, and the scalar range', async () => {
    const { p256: reference } = await import('@noble/curves/nist.js');
    const { p256 } = await import('../src/core/keys/p256.js');
    expect(p256()).toBe(p256()); // built once
    for (let i = 0; i < 8; i++) {
      const a = reference.utils.randomSecretKey();
      const b = reference.utils.randomSecretKey();
      expect(p256().getPublicKey(a, false)).toStrictEqual(reference.getPublicKey(a, false));
      expect(p256().getSharedSecret(a, reference.getPublicKey(b))).toStrictEqual(reference.getSharedSecret(a, reference.getPublicKey(b)));
    }
    const n = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
    const bytes = (x: bigint) => Uint8Array.from(Buffer.from(x.toString(16).padStart(64, '0'), 'hex'));
    for (const x of [0n, 1n, n - 1n, n, n + 1n])
      expect(p256().utils.isValidSecretKey(bytes(x))).toBe(reference.utils.isValidSecretKey(bytes(x)));
  });

  it('blinds every multiplication with bytes from node:crypto, never reading WebCrypto', async () => {
    const { blindingBytes, p256 } = await import('../src/core/keys/p256.js');
    expect(blindingBytes(16)).toHaveLength(16);
    expect(blindingBytes()).toHaveLength(32);
    expect(blindingBytes(16)).not.toStrictEqual(blindingBytes(16));
    const { p256: reference } = await import('@noble/curves/nist.js');
    const a = Uint8Array.from(Buffer.alloc(32, 7));
    const peer = reference.getPublicKey(Uint8Array.from(Buffer.alloc(32, 9)));
    const expected = reference.getSharedSecret(a, peer);
    const webCrypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto') as PropertyDescriptor;
    let reads = 0;
    Object.defineProperty(globalThis, 'crypto', {
      configurable: true,
      get() {
        reads++;
        return webCrypto.get ? webCrypto.get.call(globalThis) : webCrypto.value;
      },
    });
    try {
      expect(p256().getSharedSecret(a, peer)).toStrictEqual(expected);
      expect(reads).toBe(0);
    } finally {
      Object.defineProperty(globalThis, 'crypto', webCrypto);
    }
  });
});
