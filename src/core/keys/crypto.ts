import { createDecipheriv, createSecretKey, type KeyObject } from 'node:crypto';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { SeekritError } from '../common/errors.js';
import { checkBase64url, DAMAGED_RESPONSE_HINT, decodeBase64url } from './base64url.js';
import { p256 } from './p256.js';

const WRAP_INFO = new TextEncoder().encode('seekrit/wrap-dek/v1');
const POINT_BYTES = 65; // uncompressed SEC1 P-256 point
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const DEK_BYTES = 32;

/** UTF-8 (the default encoding), refusing invalid bytes, keeping a leading BOM as part of the value. */
const utf8 = new TextDecoder(undefined, { fatal: true, ignoreBOM: true });

/**
 * Where each secret's iv, sealed bytes and AAD are decoded: one set of buffers reused for every
 * secret instead of three new ones each (OpenSSL copies what it is given before returning), which
 * measured ~5 ms of allocation and collection at 10,000 secrets on Node.js 24. Never holds
 * plaintext: that is the decipher's own output.
 */
const scratch = { iv: Buffer.alloc(IV_BYTES), sealed: Buffer.alloc(1024), aad: Buffer.alloc(256) };

/**
 * AES-256-GCM open. The platform's (OpenSSL) implementation, not @noble/ciphers: measured here,
 * 1,000 secrets open in ~7 ms with it against ~50 ms with the pure-JavaScript one, whose per-key
 * table set-up is paid again for every secret (bench/RESULTS.md). Throws on a bad tag.
 */
function aesGcmOpen(key: Uint8Array | KeyObject, iv: Uint8Array, sealed: Uint8Array, aad?: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  if (aad !== undefined) {
    // UTF-8 takes at most 3 bytes per UTF-16 unit, so the write is never cut short.
    if (aad.length * 3 > scratch.aad.length) scratch.aad = Buffer.alloc(aad.length * 3);
    decipher.setAAD(scratch.aad.subarray(0, scratch.aad.write(aad)));
  }
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  decipher.final(); // checks the tag; GCM is a stream mode, so nothing is left to return
  return plaintext;
}

/**
 * Splits `<version>.<seg>.<seg>…` into exactly `count` non-empty segments after the version.
 * A different version prefix is UNSUPPORTED_VERSION (a newer server), anything else MALFORMED_BLOB.
 */
function splitBlob(blob: string, version: string, count: number, what: string): string[] {
  const parts = blob.split('.');
  const head = parts[0] as string; // split always gives at least one part
  if (head !== version) {
    // Another version of the same shape (`sc2.…`) comes from a newer server.
    if (/^[a-z]+[0-9]+$/.test(head) && parts.length > 1) {
      throw new SeekritError(
        'UNSUPPORTED_VERSION',
        `${what} uses format "${head}", but this version of the action only understands "${version}".`,
        'Update to the latest release of seekrit/action.',
      );
    }
    throw new SeekritError('MALFORMED_BLOB', `${what} does not start with "${version}.".`, DAMAGED_RESPONSE_HINT);
  }
  const segments = parts.slice(1);
  if (segments.length !== count || segments.some((s) => s === '')) {
    throw new SeekritError('MALFORMED_BLOB', `${what} must have ${count} non-empty segments after "${version}.".`, DAMAGED_RESPONSE_HINT);
  }
  return segments;
}

function expectSize(size: number, expected: number, what: string): void {
  if (size !== expected) {
    throw new SeekritError('MALFORMED_BLOB', `${what} is ${size} bytes, expected ${expected}.`, DAMAGED_RESPONSE_HINT);
  }
}

function exactBytes(text: string, length: number, what: string): Uint8Array {
  const bytes = decodeBase64url(text, what);
  expectSize(bytes.length, length, what);
  return bytes;
}

/**
 * Unwraps a layer's data key: `wd1.<eph>.<salt>.<iv>.<ct>`.
 * ECDH(token key, eph) → HKDF-SHA256(salt, "seekrit/wrap-dek/v1") → AES-256-GCM open.
 * `layer` names the layer in messages.
 */
export function unwrapDek(wrappedDek: string, privateKey: Uint8Array, layer: string): Uint8Array {
  const what = `The wrapped data key of ${layer}`;
  const [eph, salt, iv, ct] = splitBlob(wrappedDek, 'wd1', 4, what) as [string, string, string, string];
  const ephemeral = exactBytes(eph, POINT_BYTES, `${what} (ephemeral key)`);
  const saltBytes = exactBytes(salt, SALT_BYTES, `${what} (salt)`);
  const ivBytes = exactBytes(iv, IV_BYTES, `${what} (iv)`);
  const ctBytes = exactBytes(ct, DEK_BYTES + TAG_BYTES, `${what} (ciphertext)`);
  if (ephemeral[0] !== 0x04) {
    throw new SeekritError(
      'MALFORMED_BLOB',
      `${what} has an ephemeral key that is not an uncompressed P-256 point.`,
      DAMAGED_RESPONSE_HINT,
    );
  }
  let shared: Uint8Array;
  try {
    // getSharedSecret validates the point is on the curve; drop the SEC1 prefix byte to keep x.
    shared = p256().getSharedSecret(privateKey, ephemeral, true).subarray(1);
  } catch {
    throw new SeekritError('MALFORMED_BLOB', `${what} has an ephemeral key that is not a point on P-256.`, DAMAGED_RESPONSE_HINT);
  }
  const kek = hkdf(sha256, shared, saltBytes, WRAP_INFO, 32);
  try {
    return new Uint8Array(aesGcmOpen(kek, ivBytes, ctBytes));
  } catch {
    throw new SeekritError(
      'DECRYPT_FAILED',
      `Could not unwrap the data key of ${layer}: it was not wrapped to this token's key, or it was altered.`,
      'Check that the token belongs to this environment; if it does, the server response was tampered with.',
    );
  }
}

/**
 * A layer's data key, made once for all its secrets: on Node.js 24 `createDecipheriv` with raw
 * key bytes repeats its key-type checks for every secret (about half the cost of opening one).
 */
export type DataKey = KeyObject;

/** The DEK as a key object for openSecret; the caller wipes the raw bytes. */
export function dataKey(dek: Uint8Array): DataKey {
  return createSecretKey(dek);
}

/**
 * Decodes `sc1.<iv>.<ct>` into the scratch buffers ahead of decryption (shape errors are reported
 * before any crypto). The views returned are valid until the next call.
 */
function parseSecretBlob(ciphertext: string, what: string): { iv: Uint8Array; sealed: Uint8Array } {
  const [iv, ct] = splitBlob(ciphertext, 'sc1', 2, what) as [string, string];
  expectSize(checkBase64url(iv, `${what} (iv)`), IV_BYTES, `${what} (iv)`);
  const sealedLength = checkBase64url(ct, `${what} (ciphertext)`);
  if (sealedLength < TAG_BYTES) {
    throw new SeekritError('MALFORMED_BLOB', `${what} is shorter than an AES-GCM tag (${sealedLength} bytes).`, DAMAGED_RESPONSE_HINT);
  }
  if (sealedLength > scratch.sealed.length) scratch.sealed = Buffer.alloc(sealedLength);
  scratch.iv.write(iv, 'base64url');
  scratch.sealed.write(ct, 'base64url');
  return { iv: scratch.iv, sealed: scratch.sealed.subarray(0, sealedLength) };
}

/**
 * Opens one secret `sc1.<iv>.<ct>` with the layer's DEK; AAD = `<environmentId>/<name>` binds the
 * value to its environment and name, so swapped ciphertexts fail here. Plaintext must be UTF-8.
 */
export function openSecret(ciphertext: string, dek: DataKey, environmentId: string, name: string, layer: string): string {
  const what = `Secret ${name} in ${layer}`;
  const { iv, sealed } = parseSecretBlob(ciphertext, what);
  let plaintext: Uint8Array;
  try {
    plaintext = aesGcmOpen(dek, iv, sealed, `${environmentId}/${name}`);
  } catch {
    throw new SeekritError(
      'DECRYPT_FAILED',
      `Could not decrypt secret ${name} in ${layer}: its ciphertext was altered, swapped with another secret's, or sealed for another environment.`,
      'Retry once; if it persists, report it to your seekrit administrator, since the response did not come from an untampered server.',
    );
  }
  try {
    return utf8.decode(plaintext);
  } catch {
    throw new SeekritError(
      'DECRYPT_FAILED',
      `Secret ${name} in ${layer} is not valid UTF-8 text.`,
      'Set the secret again with a text value.',
    );
  }
}
